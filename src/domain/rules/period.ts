/**
 * R16 and R17: the project period. The project starts by `dates.projectStartLatest` and ends by
 * `dates.projectEndLatest` (R17), and development and delivery of every offering fall inside it
 * (R16, the related requirement of `rules.projectPeriod`). Dates are YYYY-MM-DD strings, which
 * compare as the days they name.
 */
import type { Localized } from '../call/call-schema.js';
import { formatDate, localize } from './format.js';
import { offeringName } from './labels.js';
import { defineRule, type FormalRule } from './rule.js';
import type { RuleContext } from './rule-context.js';
import { offeringsOf } from './offerings.js';

/** The days the project may use: its own dates, never past the call's last day. */
export interface ProjectBounds {
  start: string | undefined;
  end: string;
}

export function projectBoundsOf(context: RuleContext): ProjectBounds {
  const project = context.sections.project;
  const latest = context.call.dates.projectEndLatest;
  const end = project?.endDate !== undefined && project.endDate < latest ? project.endDate : latest;
  return { start: project?.startDate, end };
}

function dates(value: string): Localized {
  return localize((l) => formatDate(value, l));
}

export const projectPeriod = defineRule('projectPeriod', (context, emit) => {
  const rule = context.call.rules.projectPeriod;
  const project = context.sections.project;
  if (!project) return;
  const { projectStartLatest, projectEndLatest } = context.call.dates;
  const { startDate, endDate } = project;
  const path = (field: string) => context.pathOf('project', field);
  if (startDate === undefined) {
    emit(rule, 'error', path('startDate'), {
      nb: 'Prosjektet mangler startdato.',
      nn: 'Prosjektet manglar startdato.',
      en: 'The project has no start date.',
    });
  } else if (startDate > projectStartLatest) {
    const given = dates(startDate);
    const latest = dates(projectStartLatest);
    emit(rule, 'error', path('startDate'), {
      nb: `Prosjektet starter ${given.nb}. Det må starte senest ${latest.nb}.`,
      nn: `Prosjektet startar ${given.nn}. Det må starte seinast ${latest.nn}.`,
      en: `The project starts on ${given.en}. It must start no later than ${latest.en}.`,
    });
  }
  if (endDate === undefined) {
    emit(rule, 'error', path('endDate'), {
      nb: 'Prosjektet mangler sluttdato.',
      nn: 'Prosjektet manglar sluttdato.',
      en: 'The project has no end date.',
    });
  } else if (endDate > projectEndLatest) {
    const given = dates(endDate);
    const latest = dates(projectEndLatest);
    emit(rule, 'error', path('endDate'), {
      nb: `Prosjektet slutter ${given.nb}. Det må være avsluttet senest ${latest.nb}.`,
      nn: `Prosjektet sluttar ${given.nn}. Det må vere avslutta seinast ${latest.nn}.`,
      en: `The project ends on ${given.en}. It must be completed no later than ${latest.en}.`,
    });
  }
  if (startDate !== undefined && endDate !== undefined && endDate < startDate) {
    const start = dates(startDate);
    const end = dates(endDate);
    emit(rule, 'error', path('endDate'), {
      nb: `Prosjektet slutter ${end.nb}, før det starter ${start.nb}.`,
      nn: `Prosjektet sluttar ${end.nn}, før det startar ${start.nn}.`,
      en: `The project ends on ${end.en}, before it starts on ${start.en}.`,
    });
  }
});

export const offeringsInsideProjectPeriod = defineRule(
  'offeringsInsideProjectPeriod',
  (context, emit) => {
    const rule = context.call.rules.projectPeriod;
    // The rule's related requirement is the one about what must fall inside the period (R16).
    const source = {
      requirementId: rule.relatedRequirementIds?.[0] ?? rule.requirementId,
      citation: rule.citation,
    };
    const bounds = projectBoundsOf(context);
    offeringsOf(context).forEach((offering, index) => {
      const name = offeringName(offering, index);
      const path = (field: string) => context.pathOf('offerings', 'offerings', index, field);
      const { startDate, endDate } = offering;
      if (startDate !== undefined && bounds.start !== undefined && startDate < bounds.start) {
        const given = dates(startDate);
        const first = dates(bounds.start);
        emit(source, 'error', path('startDate'), {
          nb: `${capital(name.nb)} starter ${given.nb}, før prosjektet starter ${first.nb}.`,
          nn: `${capital(name.nn)} startar ${given.nn}, før prosjektet startar ${first.nn}.`,
          en: `${capital(name.en)} starts on ${given.en}, before the project starts on ${first.en}.`,
        });
      }
      if (endDate !== undefined && endDate > bounds.end) {
        const given = dates(endDate);
        const last = dates(bounds.end);
        emit(source, 'error', path('endDate'), {
          nb: `${capital(name.nb)} slutter ${given.nb}, etter prosjektets siste dag, ${last.nb}.`,
          nn: `${capital(name.nn)} sluttar ${given.nn}, etter den siste dagen i prosjektet, ${last.nn}.`,
          en: `${capital(name.en)} ends on ${given.en}, after the last day of the project, ${last.en}.`,
        });
      }
      if (startDate !== undefined && endDate !== undefined && endDate < startDate) {
        emit(source, 'error', path('endDate'), {
          nb: `${capital(name.nb)} slutter ${dates(endDate).nb}, før det starter ${dates(startDate).nb}.`,
          nn: `${capital(name.nn)} sluttar ${dates(endDate).nn}, før det startar ${dates(startDate).nn}.`,
          en: `${capital(name.en)} ends on ${dates(endDate).en}, before it starts on ${dates(startDate).en}.`,
        });
      }
    });
  },
);

function capital(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

export const periodRules: readonly FormalRule[] = [projectPeriod, offeringsInsideProjectPeriod];
