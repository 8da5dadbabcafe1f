/** SectionShapeMemo: content passed again is checked once, and nothing remembered can change. */
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import seedCall from '../../../calls/kompetanseloft-industriklynger-2021/call.json' with { type: 'json' };
import { baseApplication } from '../../../test/cases/formal-rule-cases.js';
import { parseCallDefinition } from '../call/parse-call-definition.js';
import { evaluateFormalRules, SectionShapeMemo, SHAPE_RULE_ID } from './index.js';

const call = parseCallDefinition(seedCall, 'calls/kompetanseloft-industriklynger-2021/call.json');

describe('SectionShapeMemo', () => {
  it('checks the same content object once per schema', () => {
    const memo = new SectionShapeMemo();
    const schema = z.object({ title: z.string() });
    const other = z.object({ title: z.string().min(10) });
    const spy = vi.spyOn(schema, 'safeParse');
    const content = { title: 'Tittel' };
    const first = memo.check(schema, content);
    expect(memo.check(schema, content)).toBe(first);
    expect(spy).toHaveBeenCalledTimes(1);
    // Equal content in another object is other content as far as the memo knows.
    memo.check(schema, { title: 'Tittel' });
    expect(spy).toHaveBeenCalledTimes(2);
    expect(memo.check(other, content).success).toBe(false);
  });

  it('freezes what it remembers, so a change fails instead of passing unchecked', () => {
    const memo = new SectionShapeMemo();
    const schema = z.object({ companies: z.array(z.object({ orgnr: z.string() })) });
    const content = { companies: [{ orgnr: '974767880' }] };
    const result = memo.check(schema, content);
    if (!result.success) throw new Error('expected valid content');
    const checked = result.data as { companies: { orgnr: string }[] };
    expect(() => {
      content.companies.push({ orgnr: '1' });
    }).toThrow(TypeError);
    const [company] = checked.companies;
    expect(() => {
      if (company) company.orgnr = '1';
    }).toThrow(TypeError);
  });

  it('R1: evaluating with a memo finds what evaluating without one finds, also on a wrong shape', () => {
    const memo = new SectionShapeMemo();
    // Copies: the memo freezes what it sees.
    const valid = structuredClone(baseApplication.content);
    const broken = { ...structuredClone(baseApplication.content), budget: { rows: 'not a table' } };
    for (const content of [valid, broken, valid, broken]) {
      const input = { ...baseApplication, call, content };
      expect(evaluateFormalRules(input, { shapes: memo })).toEqual(evaluateFormalRules(input));
    }
    const shapes = (content: typeof valid) =>
      evaluateFormalRules({ ...baseApplication, call, content }, { shapes: memo })
        .filter((f) => f.ruleId === SHAPE_RULE_ID)
        .map((f) => f.path);
    expect(shapes(valid)).toEqual([]);
    expect(shapes(broken).length).toBeGreaterThan(0);
  });
});
