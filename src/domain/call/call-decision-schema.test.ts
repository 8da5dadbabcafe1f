import { describe, expect, it } from 'vitest';
import seedCall from '../../../calls/kompetanseloft-industriklynger-2021/call.json' with { type: 'json' };
import havbrukCall from '../../../test/fixtures/calls/etterutdanning-havbruk-2023/call.json' with { type: 'json' };
import { CallDefinitionError, parseCallDefinition } from './parse-call-definition.js';

type Draft = typeof seedCall & { decision: Record<string, unknown> };

function issuesOf(change: (draft: Draft) => void): { path: string; reason: string }[] {
  const draft = structuredClone(seedCall) as Draft;
  change(draft);
  try {
    parseCallDefinition(draft, 'call.json');
  } catch (error) {
    if (error instanceof CallDefinitionError) return [...error.issues];
    throw error;
  }
  return [];
}

describe('call decision data (R28, R29)', () => {
  it('both calls name an appeal body, an acceptance deadline, conditions and a payment plan', () => {
    const seed = parseCallDefinition(seedCall, 'seed').decision;
    expect(seed.appealBody.nb).toBe('Kunnskapsdepartementet');
    expect(seed.acceptanceDeadlineDays).toBe(21);
    expect(seed.conditions).toContainEqual({
      kind: 'cost-category',
      categoryId: 'durable-equipment',
    });
    expect(seed.paymentPlan.map((i) => i.percent)).toEqual([80, 20]);
    const fixture = parseCallDefinition(havbrukCall, 'fixture').decision;
    expect(fixture.appealBody.nb).toBe('Eksempeldepartementet');
    expect(fixture.paymentPlan).toHaveLength(3);
  });

  it('reads the acceptance reminder days, each call its own, with [7, 2] when a call names none', () => {
    expect(parseCallDefinition(seedCall, 'seed').decision.acceptanceReminderDaysBefore).toEqual([
      7, 2,
    ]);
    expect(
      parseCallDefinition(havbrukCall, 'fixture').decision.acceptanceReminderDaysBefore,
    ).toEqual([5]);
    const none = structuredClone(seedCall) as { decision: Record<string, unknown> };
    delete none.decision.acceptanceReminderDaysBefore;
    expect(parseCallDefinition(none, 'none').decision.acceptanceReminderDaysBefore).toEqual([7, 2]);
  });

  it('refuses a payment plan that does not sum to 100 percent', () => {
    expect(
      issuesOf((d) => {
        d.decision.paymentPlan = [{ id: 'all', percent: 90, when: { kind: 'acceptance' } }];
      }),
    ).toEqual([
      { path: 'decision.paymentPlan', reason: 'instalments must sum to 100 percent, got 90' },
    ]);
  });

  it('refuses conditions and instalments that point at nothing in the call', () => {
    expect(
      issuesOf((d) => {
        d.decision.conditions = [
          { kind: 'cost-category', categoryId: 'travel' },
          { kind: 'rule', ruleId: 'fitsFullTimeWork' },
        ];
        d.decision.paymentPlan = [
          { id: 'all', percent: 100, when: { kind: 'report-approved', dutyId: 'nothing' } },
        ];
      }),
    ).toEqual([
      {
        path: 'decision.conditions[0].categoryId',
        reason: '"travel" is not a forbidden or conditional cost category with a citation',
      },
      {
        path: 'decision.paymentPlan[0].when.dutyId',
        reason: '"nothing" is not a reporting duty of the call',
      },
    ]);
  });

  it('names a missing decision block', () => {
    expect(
      issuesOf((d) => {
        Reflect.deleteProperty(d, 'decision');
      }),
    ).toEqual([{ path: 'decision', reason: 'required' }]);
  });
});
