/**
 * The formal rules against the shared case table (test/cases): the base application is clean,
 * and each case's change produces the finding it names, and nothing else.
 */
import { describe, expect, it } from 'vitest';
import seedCall from '../../../calls/kompetanseloft-industriklynger-2021/call.json' with { type: 'json' };
import {
  applyCase,
  baseApplication,
  formalRuleCases,
  type ContentRuleCase,
  type ResponsibleRuleCase,
} from '../../../test/cases/formal-rule-cases.js';
import { parseCallDefinition } from '../call/parse-call-definition.js';
import { isReceivedInTime } from '../application/deadline.js';
import { osloWallTimeToInstant } from '../time/oslo.js';
import { evaluateFormalRules, type Finding } from './index.js';

const call = parseCallDefinition(seedCall, 'calls/kompetanseloft-industriklynger-2021/call.json');

function evaluate(ruleCase: ContentRuleCase | ResponsibleRuleCase): Finding[] {
  return evaluateFormalRules({ call, ...applyCase(ruleCase) });
}

/** Findings that belong to neither the case's requirement nor one it may also break. */
function strayFindings(findings: Finding[], ruleCase: ContentRuleCase): Finding[] {
  const allowed = new Set([ruleCase.requirementId, ...(ruleCase.alsoFails ?? [])]);
  return findings.filter((f) => !allowed.has(f.requirementId));
}

describe('the base application', () => {
  it('R4–R22: the complete base application has no findings at all', () => {
    const { content, institution, registeredCompanies } = baseApplication;
    expect(evaluateFormalRules({ call, content, institution, registeredCompanies })).toEqual([]);
  });
});

describe('formal rule cases', () => {
  for (const c of formalRuleCases) {
    if (c.kind === 'deadline') {
      it(`${c.requirementId}: ${c.description}`, () => {
        const receivedAt = osloWallTimeToInstant(c.receivedAtOsloWallTime);
        expect(isReceivedInTime(call, receivedAt)).toBe(c.expect === 'pass');
      });
    } else if (c.kind === 'responsible') {
      it(`${c.requirementId}: ${c.description}`, () => {
        const findings = evaluate(c);
        const aboutApplicant = findings.filter((f) => f.path === 'applicant');
        if (c.expect === 'pass') {
          expect(applyCase(c).institution).not.toBeNull();
          expect(aboutApplicant).toEqual([]);
        } else {
          expect(aboutApplicant).toContainEqual(
            expect.objectContaining({ ruleId: c.ruleId, severity: 'error' }),
          );
        }
      });
    } else {
      it(`${c.requirementId}: ${c.description}`, () => {
        const findings = evaluate(c);
        expect(strayFindings(findings, c)).toEqual([]);
        if (c.expect === 'pass') {
          expect(findings.filter((f) => f.requirementId === c.requirementId)).toEqual([]);
          return;
        }
        const expected = findings.filter((f) => f.ruleId === c.ruleId && f.severity === c.expect);
        expect(expected, `no ${c.expect} from ${c.ruleId ?? '?'}`).not.toEqual([]);
        for (const finding of expected) expect(finding.requirementId).toBe(c.requirementId);
        for (const [locale, text] of Object.entries(c.messageContains ?? {})) {
          const messages = expected.map((f) => f.message[locale as 'nb' | 'nn' | 'en']);
          expect(
            messages.some((m) => m.includes(text ?? '')),
            `${locale}: ${messages.join(' | ')}`,
          ).toBe(true);
        }
      });
    }
  }

  it('R3–R22: every requirement has at least one passing and one failing case', () => {
    for (let n = 3; n <= 22; n++) {
      const id = `R${n}`;
      const mine = formalRuleCases.filter((c) => c.requirementId === id);
      expect(
        mine.some((c) => c.expect === 'pass'),
        `${id} pass`,
      ).toBe(true);
      expect(
        mine.some((c) => c.expect !== 'pass'),
        `${id} failing`,
      ).toBe(true);
    }
  });

  it('R1: every finding cites the call in nb, nn and en and names its requirement', () => {
    for (const c of formalRuleCases) {
      if (c.kind === 'deadline') continue;
      for (const finding of evaluate(c)) {
        expect(finding.requirementId).toMatch(/^R\d+$/);
        for (const locale of ['nb', 'nn', 'en'] as const) {
          expect(finding.citation[locale].trim(), `${c.id} ${finding.ruleId}`).not.toBe('');
          expect(finding.message[locale].trim(), `${c.id} ${finding.ruleId}`).not.toBe('');
        }
      }
    }
  });
});
