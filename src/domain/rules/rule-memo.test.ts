/**
 * RuleMemo: across a long run of edits to one application, evaluating with the memo finds exactly
 * what evaluating afresh finds, while it runs again only the rules whose reads changed.
 */
import { describe, expect, it, vi } from 'vitest';
import seedCall from '../../../calls/kompetanseloft-industriklynger-2021/call.json' with { type: 'json' };
import {
  applyCase,
  baseApplication,
  formalRuleCases,
  type RuleCaseSubject,
} from '../../../test/cases/formal-rule-cases.js';
import { canonicalJson } from '../audit/canonical-json.js';
import { parseCallDefinition } from '../call/parse-call-definition.js';
import { evaluateFormalRules, formalRules, RuleMemo, SectionShapeMemo } from './index.js';

const call = parseCallDefinition(seedCall, 'calls/kompetanseloft-industriklynger-2021/call.json');

/**
 * The base as kept between saves: one object per section, reused while its content is the same,
 * the way the autosave's section cache hands them over. The institution and the companies too.
 */
function keptBase(): RuleCaseSubject {
  return structuredClone({
    content: baseApplication.content,
    institution: baseApplication.institution,
    registeredCompanies: baseApplication.registeredCompanies,
  });
}

/** `subject`, with every part equal to the kept one replaced by the kept object. */
function reuse(kept: RuleCaseSubject, subject: RuleCaseSubject): RuleCaseSubject {
  const same = <T>(a: T, b: T): T => (canonicalJson(a) === canonicalJson(b) ? a : b);
  const content: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(subject.content))
    content[id] = same(kept.content[id], value);
  return {
    content,
    institution: same(kept.institution, subject.institution),
    registeredCompanies: same(kept.registeredCompanies, subject.registeredCompanies),
  };
}

describe('RuleMemo', () => {
  it('R1: finds what a fresh evaluation finds, edit after edit, back and forth', () => {
    const shapes = new SectionShapeMemo();
    const rules = new RuleMemo();
    const kept = keptBase();
    let edits = 0;
    for (const ruleCase of formalRuleCases) {
      if (ruleCase.kind === 'deadline') continue;
      edits += 1;
      const changed = reuse(kept, applyCase(ruleCase));
      for (const subject of [changed, kept, changed]) {
        const input = { call, ...subject };
        expect(evaluateFormalRules(input, { shapes, rules }), ruleCase.id).toEqual(
          evaluateFormalRules(structuredClone(input)),
        );
      }
    }
    expect(edits).toBeGreaterThan(50);
  });

  it('runs only the rules that read what changed', () => {
    const kept = keptBase();
    const shapes = new SectionShapeMemo();
    const rules = new RuleMemo();
    const input = { call, ...kept };
    evaluateFormalRules(input, { shapes, rules });
    const runs = formalRules.map((rule) => vi.spyOn(rule, 'evaluate'));
    evaluateFormalRules(input, { shapes, rules });
    expect(runs.filter((run) => run.mock.calls.length > 0)).toEqual([]);

    const budget = kept.content.budget as { lines: { amountNok?: number }[] };
    const changed = {
      ...input,
      content: { ...kept.content, budget: { ...budget, lines: budget.lines.slice(1) } },
    };
    evaluateFormalRules(changed, { shapes, rules });
    const ran = formalRules.filter((_, i) => (runs[i]?.mock.calls.length ?? 0) > 0);
    expect(ran.map((rule) => rule.id)).toEqual(
      expect.arrayContaining(['budgetSpecified', 'budgetBalanced', 'grantWithinPot']),
    );
    expect(ran.map((rule) => rule.id)).not.toContain('minCompanies');
    for (const run of runs) run.mockRestore();
  });
});
