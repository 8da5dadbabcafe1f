/**
 * R13–R15: the course offerings (studietilbud). Each is described (R13), gives at most
 * `rules.maxStudiepoengPerOffering.max` studiepoeng and preferably some (R14), and can be
 * combined with full or nearly full-time work (R15).
 */
import type { Localized } from '../call/call-schema.js';
import type { Offering } from '../application/section-content.js';
import { formatNumber, isBlank, localize, quoteName } from './format.js';
import { offeringName, offeringSubject } from './labels.js';
import { defineRule, type FormalRule } from './rule.js';
import { sectionRequirementSource, type RuleContext } from './rule-context.js';
import { clusterCompaniesOf } from './cluster.js';

/** R13 has no entry in `call.rules`; the call asks for it through the offerings section. */
const OFFERING_REQUIREMENT = 'R13';

type DescribedField =
  'title' | 'level' | 'deliveryMode' | 'startDate' | 'endDate' | 'competenceNeed' | 'workRelevance';

const FIELD_NAMES: Record<DescribedField, Localized> = {
  title: { nb: 'tittel', nn: 'tittel', en: 'a title' },
  level: { nb: 'nivå', nn: 'nivå', en: 'a level' },
  deliveryMode: {
    nb: 'undervisningsform (nett, hybrid eller campus)',
    nn: 'undervisningsform (nett, hybrid eller campus)',
    en: 'a delivery mode (online, hybrid or campus)',
  },
  startDate: { nb: 'startdato', nn: 'startdato', en: 'a start date' },
  endDate: { nb: 'sluttdato', nn: 'sluttdato', en: 'an end date' },
  competenceNeed: {
    nb: 'beskrivelse av kompetansebehovet det dekker',
    nn: 'skildring av kompetansebehovet det dekkjer',
    en: 'a description of the competence need it meets',
  },
  workRelevance: {
    nb: 'beskrivelse av arbeidsrelevansen',
    nn: 'skildring av arbeidsrelevansen',
    en: 'a description of its relevance to work',
  },
};

export function offeringsOf(context: RuleContext): Offering[] {
  return context.sections.offerings?.offerings ?? [];
}

export const offeringDescribed = defineRule('offeringDescribed', (context, emit) => {
  const source = sectionRequirementSource(context, 'offerings', OFFERING_REQUIREMENT);
  if (!source) return;
  const offerings = offeringsOf(context);
  if (offerings.length === 0) {
    emit(source, 'error', context.pathOf('offerings', 'offerings'), {
      nb: 'Søknaden har ingen studietilbud. Legg inn minst ett.',
      nn: 'Søknaden har ingen studietilbod. Legg inn minst eitt.',
      en: 'The application has no course offerings. Add at least one.',
    });
  }
  const orgnrs = new Set(clusterCompaniesOf(context).map((company) => company.orgnr));
  offerings.forEach((offering, index) => {
    const subject = offeringSubject(offering, index);
    const path = (...steps: (string | number)[]) =>
      context.pathOf('offerings', 'offerings', index, ...steps);
    for (const field of Object.keys(FIELD_NAMES) as DescribedField[]) {
      if (!isBlank(offering[field])) continue;
      const what = FIELD_NAMES[field];
      emit(source, 'error', path(field), {
        nb: `${subject.nb} mangler ${what.nb}.`,
        nn: `${subject.nn} manglar ${what.nn}.`,
        en: `${subject.en} is missing ${what.en}.`,
      });
    }
    if (offering.companyOrgnrs.length === 0) {
      emit(source, 'error', path('companyOrgnrs'), {
        nb: `${subject.nb} har ingen deltakende virksomheter. Velg hvilke virksomheter i klyngen som deltar.`,
        nn: `${subject.nn} har ingen deltakande verksemder. Vel kva verksemder i klynga som deltek.`,
        en: `${subject.en} has no participating companies. Choose which companies in the cluster take part.`,
      });
    }
    offering.companyOrgnrs.forEach((orgnr, orgnrIndex) => {
      if (orgnrs.has(orgnr)) return;
      emit(source, 'error', path('companyOrgnrs', orgnrIndex), {
        nb: `${subject.nb} viser til organisasjonsnummer «${orgnr}», som ikke er en virksomhet i klyngen.`,
        nn: `${subject.nn} viser til organisasjonsnummer «${orgnr}», som ikkje er ei verksemd i klynga.`,
        en: `${subject.en} refers to organisation number "${orgnr}", which is not a company in the cluster.`,
      });
    });
  });
});

/** "Emnet «X»", the call's word for one course, or "Studietilbud nr. 2" when it has no title. */
function courseSubject(offering: Offering, index: number): Localized {
  if (isBlank(offering.title)) return offeringSubject(offering, index);
  const title = offering.title ?? '';
  return localize((l) => `${l === 'en' ? 'The course' : 'Emnet'} ${quoteName(title, l)}`);
}

/** Studiepoeng have at most one decimal, so tenths compare exactly where floats might not. */
function tenths(value: number): number {
  return Math.round(value * 10);
}

export const maxStudiepoengPerOffering = defineRule(
  'maxStudiepoengPerOffering',
  (context, emit) => {
    const rule = context.call.rules.maxStudiepoengPerOffering;
    if (!rule) return;
    offeringsOf(context).forEach((offering, index) => {
      const sp = offering.studiepoeng;
      if (sp === undefined || sp === null || tenths(sp) <= tenths(rule.max)) return;
      const course = courseSubject(offering, index);
      const given = localize((l) => formatNumber(sp, l));
      const max = localize((l) => formatNumber(rule.max, l));
      emit(rule, 'error', context.pathOf('offerings', 'offerings', index, 'studiepoeng'), {
        nb: `${course.nb} gir ${given.nb} studiepoeng. Maks er ${max.nb} per emne.`,
        nn: `${course.nn} gir ${given.nn} studiepoeng. Maks er ${max.nn} per emne.`,
        en: `${course.en} gives ${given.en} credits (studiepoeng). The maximum is ${max.en} per course.`,
      });
    });
  },
);

export const creditsPrioritised = defineRule('creditsPrioritised', (context, emit) => {
  const rule = context.call.rules.creditsPrioritised;
  // An 'info' severity is for assessors' eyes only: it is not a finding the applicant must see.
  if (!rule || rule.severityWhenNoCredits !== 'warning') return;
  offeringsOf(context).forEach((offering, index) => {
    const sp = offering.studiepoeng;
    if (sp !== undefined && sp !== null && sp > 0) return;
    const name = offeringName(offering, index);
    const course = courseSubject(offering, index);
    const path = context.pathOf('offerings', 'offerings', index, 'studiepoeng');
    const said =
      sp === 0
        ? {
            nb: `${course.nb} gir ingen studiepoeng.`,
            nn: `${course.nn} gir ingen studiepoeng.`,
            en: `${course.en} gives no credits (studiepoeng).`,
          }
        : {
            nb: `Det er ikke oppgitt hvor mange studiepoeng ${name.nb} gir.`,
            nn: `Det er ikkje oppgitt kor mange studiepoeng ${name.nn} gir.`,
            en: `The application does not say how many credits (studiepoeng) ${name.en} gives.`,
          };
    emit(rule, 'warning', path, {
      nb: `${said.nb} Tilbud som gir studiepoeng, prioriteres.`,
      nn: `${said.nn} Tilbod som gir studiepoeng, blir prioriterte.`,
      en: `${said.en} Offerings that give credits are given priority.`,
    });
  });
});

export const fitsFullTimeWork = defineRule('fitsFullTimeWork', (context, emit) => {
  const rule = context.call.rules.fitsFullTimeWork;
  if (!rule) return;
  offeringsOf(context).forEach((offering, index) => {
    const name = offeringName(offering, index);
    const subject = offeringSubject(offering, index);
    const path = (field: string) => context.pathOf('offerings', 'offerings', index, field);
    if (offering.fitsFullTimeWork === false) {
      emit(rule, 'error', path('fitsFullTimeWork'), {
        nb: `${subject.nb} er oppgitt å ikke kunne kombineres med full eller tilnærmet full jobb.`,
        nn: `${subject.nn} er oppgitt å ikkje kunne kombinerast med full eller tilnærma full jobb.`,
        en: `${subject.en} is stated not to be combinable with full-time or nearly full-time work.`,
      });
    } else if (offering.fitsFullTimeWork === undefined) {
      emit(rule, 'error', path('fitsFullTimeWork'), {
        nb: `Det er ikke oppgitt om ${name.nb} kan kombineres med full eller tilnærmet full jobb.`,
        nn: `Det er ikkje oppgitt om ${name.nn} kan kombinerast med full eller tilnærma full jobb.`,
        en: `The application does not state whether ${name.en} can be combined with full-time or nearly full-time work.`,
      });
    } else if (isBlank(offering.fitsFullTimeWorkDescription)) {
      emit(rule, 'error', path('fitsFullTimeWorkDescription'), {
        nb: `Beskriv hvordan ${name.nb} kan kombineres med full eller tilnærmet full jobb.`,
        nn: `Skildre korleis ${name.nn} kan kombinerast med full eller tilnærma full jobb.`,
        en: `Describe how ${name.en} can be combined with full-time or nearly full-time work.`,
      });
    }
  });
});

export const offeringRules: readonly FormalRule[] = [
  offeringDescribed,
  maxStudiepoengPerOffering,
  creditsPrioritised,
  fitsFullTimeWork,
];
