/**
 * R11 and R12: the case for the cluster. How it is vulnerable and what competition it faces,
 * why it needs upskilling for restructuring, and what the competence development will achieve.
 * The call has no `rules` entry for these; it asks for them through the case section.
 */
import type { Localized } from '../call/call-schema.js';
import type { CaseContent } from '../application/section-content.js';
import { isBlank } from './format.js';
import { defineRule, type FormalRule } from './rule.js';
import { sectionRequirementSource } from './rule-context.js';

const VULNERABILITY_REQUIREMENT = 'R11';
const RESTRUCTURING_REQUIREMENT = 'R12';

type CaseText = 'vulnerability' | 'competitiveSituation' | 'restructuringNeed' | 'effect';

const MISSING: Record<CaseText, Localized> = {
  vulnerability: {
    nb: 'Det er ikke beskrevet på hvilken måte klyngen er utsatt.',
    nn: 'Det er ikkje skildra på kva måte klynga er utsett.',
    en: 'The application does not describe in what way the cluster is vulnerable.',
  },
  competitiveSituation: {
    nb: 'Konkurransesituasjonen til klyngen er ikke beskrevet.',
    nn: 'Konkurransesituasjonen til klynga er ikkje skildra.',
    en: 'The competitive situation of the cluster is not described.',
  },
  restructuringNeed: {
    nb: 'Behovet for kompetanseheving for omstilling er ikke begrunnet.',
    nn: 'Behovet for kompetanseheving for omstilling er ikkje grunngitt.',
    en: 'The need for upskilling for restructuring is not justified.',
  },
  effect: {
    nb: 'Det er ikke vist hvordan kompetanseutviklingen vil bidra til å avhjelpe situasjonen.',
    nn: 'Det er ikkje vist korleis kompetanseutviklinga vil bidra til å betre situasjonen.',
    en: 'The application does not show how the competence development will help remedy the situation.',
  },
};

interface CaseRule {
  id: string;
  requirementId: string;
  texts: readonly CaseText[];
  /** R11 also asks whether the cluster is export- or import-competing: a yes/no to answer. */
  asksCompetition: boolean;
}

function defineCaseRule({ id, requirementId, texts, asksCompetition }: CaseRule): FormalRule {
  return defineRule(id, (context, emit) => {
    const source = sectionRequirementSource(context, 'case', requirementId);
    const content: CaseContent | undefined = context.sections.case;
    if (!source || !content) return;
    for (const field of texts) {
      if (isBlank(content[field])) {
        emit(source, 'error', context.pathOf('case', field), MISSING[field]);
      }
    }
    if (asksCompetition && content.exportOrImportCompeting === undefined) {
      emit(source, 'warning', context.pathOf('case', 'exportOrImportCompeting'), {
        nb: 'Det er ikke oppgitt om klyngen er i eksport- eller importkonkurrerende industri.',
        nn: 'Det er ikkje oppgitt om klynga er i eksport- eller importkonkurrerande industri.',
        en: 'The application does not state whether the cluster is in export- or import-competing industry.',
      });
    }
  });
}

export const clusterVulnerability = defineCaseRule({
  id: 'clusterVulnerability',
  requirementId: VULNERABILITY_REQUIREMENT,
  texts: ['vulnerability', 'competitiveSituation'],
  asksCompetition: true,
});

export const restructuringNeed = defineCaseRule({
  id: 'restructuringNeed',
  requirementId: RESTRUCTURING_REQUIREMENT,
  texts: ['restructuringNeed', 'effect'],
  asksCompetition: false,
});

export const caseRules: readonly FormalRule[] = [clusterVulnerability, restructuringNeed];
