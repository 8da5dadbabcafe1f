/**
 * The draft schemas: incomplete content is fine, content of the wrong shape is not, and the
 * limits and lists come from the call.
 */
import { describe, expect, it } from 'vitest';
import seedCall from '../../../calls/kompetanseloft-industriklynger-2021/call.json' with { type: 'json' };
import { baseApplication } from '../../../test/cases/formal-rule-cases.js';
import type { Section, SectionKind } from '../call/call-schema.js';
import { parseCallDefinition } from '../call/parse-call-definition.js';
import { emptyApplicationContent } from './application.js';
import { sectionContentSchema } from './section-content.js';

const call = parseCallDefinition(seedCall, 'calls/kompetanseloft-industriklynger-2021/call.json');

function sectionOf(kind: SectionKind): Section {
  const section = call.sections.find((s) => s.kind === kind);
  if (!section) throw new Error(`the seed call has no ${kind} section`);
  return section;
}

function check(kind: SectionKind, content: unknown, section: Section = sectionOf(kind)) {
  return sectionContentSchema(section, call).safeParse(content);
}

function issuePaths(kind: SectionKind, content: unknown): string[] {
  const result = check(kind, content);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('application content', () => {
  it('R1: a new application has every section of the call, empty and valid', () => {
    const content = emptyApplicationContent(call);
    expect(Object.keys(content)).toEqual(call.sections.map((s) => s.id));
    for (const section of call.sections) {
      expect(check(section.kind, content[section.id], section).success, section.id).toBe(true);
    }
  });

  it('R1: every section of the base application fits its schema', () => {
    for (const section of call.sections) {
      const result = check(section.kind, baseApplication.content[section.id], section);
      expect(result.error?.issues ?? [], section.id).toEqual([]);
    }
  });

  it('R6: a draft may hold a half-typed company, but not letters in the orgnr', () => {
    expect(check('cluster', { companies: [{ id: 'c1', orgnr: '9684' }] }).success).toBe(true);
    expect(check('cluster', { companies: [{ id: 'c1', orgnr: '968430778' }] }).success).toBe(true);
    expect(issuePaths('cluster', { companies: [{ id: 'c1', orgnr: '96843O777' }] })).toEqual([
      'companies.0.orgnr',
    ]);
    expect(issuePaths('cluster', { companies: [{ id: 'c1', orgnr: '9684307770' }] })).toEqual([
      'companies.0.orgnr',
    ]);
  });

  it('R13: unknown keys and wrong types are refused', () => {
    expect(issuePaths('project', { title: 'x', colour: 'blue' })).toEqual(['']);
    expect(issuePaths('project', { title: 42 })).toEqual(['title']);
    expect(
      issuePaths('cluster', { companies: [{ id: 'c1', orgnr: '1', employees: 'many' }] }),
    ).toEqual(['companies.0.employees']);
    expect(issuePaths('offerings', { offerings: [{ id: 'o1', deliveryMode: 'by post' }] })).toEqual(
      ['offerings.0.deliveryMode'],
    );
  });

  it('R1: text limits come from the call, per section and field', () => {
    const max = sectionOf('project').limits?.title ?? 0;
    expect(max).toBeGreaterThan(0);
    expect(check('project', { title: 'x'.repeat(max) }).success).toBe(true);
    expect(issuePaths('project', { title: 'x'.repeat(max + 1) })).toEqual(['title']);
    const strict = { ...sectionOf('project'), limits: { summary: 10 } };
    expect(check('project', { summary: 'x'.repeat(11) }, strict).success).toBe(false);
    expect(check('project', { title: 'x'.repeat(max + 1) }, strict).success).toBe(true);
  });

  it('R14: studiepoeng have at most one decimal and may be cleared', () => {
    const offering = (studiepoeng: unknown) => ({ offerings: [{ id: 'o1', studiepoeng }] });
    expect(check('offerings', offering(7.5)).success).toBe(true);
    expect(check('offerings', offering(0)).success).toBe(true);
    expect(check('offerings', offering(null)).success).toBe(true);
    expect(check('offerings', offering(12)).success).toBe(true);
    expect(issuePaths('offerings', offering(7.55))).toEqual(['offerings.0.studiepoeng']);
    expect(issuePaths('offerings', offering(-1))).toEqual(['offerings.0.studiepoeng']);
  });

  it('R16: dates are real calendar days written YYYY-MM-DD', () => {
    expect(check('project', { startDate: '2021-11-01' }).success).toBe(true);
    expect(issuePaths('project', { startDate: '2021-02-30' })).toEqual(['startDate']);
    expect(issuePaths('project', { endDate: '15.12.2022' })).toEqual(['endDate']);
  });

  it('R19: amounts are whole kroner, and categories, phases and sources are the call’s', () => {
    const line = (extra: object) => ({ lines: [{ id: 'b1', ...extra }], financing: [] });
    expect(
      check('budget', line({ amountNok: 1000, category: 'travel', phase: 'delivery' })).success,
    ).toBe(true);
    expect(issuePaths('budget', line({ amountNok: 1000.5 }))).toEqual(['lines.0.amountNok']);
    expect(issuePaths('budget', line({ amountNok: -1 }))).toEqual(['lines.0.amountNok']);
    expect(issuePaths('budget', line({ category: 'champagne' }))).toEqual(['lines.0.category']);
    expect(issuePaths('budget', line({ phase: 'afterparty' }))).toEqual(['lines.0.phase']);
    const financing = { lines: [], financing: [{ sourceId: 'lottery', amountNok: 1 }] };
    expect(issuePaths('budget', financing)).toEqual(['financing.0.sourceId']);
    const twice = {
      lines: [],
      financing: [
        { sourceId: 'grant', amountNok: 1 },
        { sourceId: 'grant', amountNok: 2 },
      ],
    };
    expect(issuePaths('budget', twice)).toEqual(['financing.1.sourceId']);
  });

  it('R19: without the call, budget ids are checked only as ids', () => {
    const schema = sectionContentSchema(sectionOf('budget'));
    const content = { lines: [{ id: 'b1', category: 'champagne' }], financing: [] };
    expect(schema.safeParse(content).success).toBe(true);
    expect(schema.safeParse({ lines: [{ id: 'b1', category: 'Not An Id' }] }).success).toBe(false);
  });

  it('R10: an attachment reference has a 64-hex sha256 and a known kind', () => {
    const item = baseApplication.content.attachments as { items: Record<string, unknown>[] };
    const base = item.items[0] ?? {};
    expect(check('attachments', { items: [base] }).success).toBe(true);
    expect(issuePaths('attachments', { items: [{ ...base, sha256: 'abc' }] })).toEqual([
      'items.0.sha256',
    ]);
    expect(issuePaths('attachments', { items: [{ ...base, kind: 'selfie' }] })).toEqual([
      'items.0.kind',
    ]);
  });

  it('R13: two items with one id are refused, so an edit always names one item', () => {
    const content = { offerings: [{ id: 'o1' }, { id: 'o1' }] };
    expect(issuePaths('offerings', content)).toEqual(['offerings.1.id']);
  });

  it('R33: custom checks carry their message in nb, nn and en', () => {
    const result = check('project', { startDate: '2021-02-30' });
    const issue = result.error?.issues[0];
    expect(issue?.code).toBe('custom');
    const messages = (issue as { params?: { messages?: Record<string, string> } }).params?.messages;
    expect(messages).toMatchObject({
      nb: expect.stringContaining('ÅÅÅÅ-MM-DD'),
      nn: expect.stringContaining('ÅÅÅÅ-MM-DD'),
      en: expect.stringContaining('YYYY-MM-DD'),
    });
  });
});
