import { describe, expect, it } from 'vitest';
import seedCall from '../../../calls/kompetanseloft-industriklynger-2021/call.json' with { type: 'json' };
import havbrukCall from '../../../test/fixtures/calls/etterutdanning-havbruk-2023/call.json' with { type: 'json' };
import { callDeadline, callFormOpens, callPagePublished, callPhaseAt } from './call-phase.js';
import { CallDefinitionError, parseCallDefinition } from './parse-call-definition.js';

const SEED_FILE = 'calls/kompetanseloft-industriklynger-2021/call.json';
const REMOVE = Symbol('remove');

/** A copy of the seed call with one value replaced (or removed) at a path. */
function seedWith(path: readonly (string | number)[], value: unknown): unknown {
  const draft: unknown = structuredClone(seedCall);
  let node = draft as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1) ?? '';
  if (value === REMOVE) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return draft;
}

function messageOf(raw: unknown): string {
  try {
    parseCallDefinition(raw, SEED_FILE);
  } catch (error) {
    if (error instanceof CallDefinitionError) return error.message;
    throw error;
  }
  throw new Error('expected the call definition to be refused');
}

describe('call definition schema', () => {
  it('R1: the seed call parses', () => {
    const call = parseCallDefinition(seedCall, SEED_FILE);
    expect(call.id).toBe('kompetanseloft-industriklynger-2021');
    expect(call.potNok).toBe(20_000_000);
    expect(call.rules.maxStudiepoengPerOffering?.max).toBe(10);
    expect(call.rules.minCompanies?.min).toBe(3);
    expect(call.languages).toEqual(['nb', 'nn']);
  });

  it('R1: a second, different call parses with no change to the code', () => {
    const call = parseCallDefinition(havbrukCall, 'test/fixtures/havbruk.json');
    expect(call.id).toBe('etterutdanning-havbruk-2023');
    expect(call.potNok).toBe(5_000_000);
    expect(call.criteria).toHaveLength(5);
    expect(call.scale).toMatchObject({ min: 1, max: 5 });
    expect(call.rules.minCompanies?.min).toBe(2);
    expect(call.rules.progressPlanRequired).toBeUndefined();
    expect(call.costCategories.some((c) => c.status === 'conditional')).toBe(false);
    expect(call.sections.map((s) => s.kind)).not.toContain('anchoring');
  });

  it('R2: the call belongs to a scheme in Kompetanseprogrammet under Lære hele livet', () => {
    const call = parseCallDefinition(seedCall, SEED_FILE);
    expect(call.programme.name.nb).toBe('Kompetanseprogrammet');
    expect(call.programme.ministry.nb).toBe('Kunnskapsdepartementet');
    expect(call.programme.reform.nb).toBe('Lære hele livet');
    expect(call.scheme.nb).not.toBe('');
  });

  it('R6: the participants section waits for the cluster and the offerings', () => {
    const call = parseCallDefinition(seedCall, SEED_FILE);
    const participants = call.sections.find((s) => s.kind === 'participants');
    expect(participants?.dependsOn).toEqual(['cluster', 'offerings']);
  });
});

describe('call dates and phases', () => {
  const call = parseCallDefinition(seedCall, SEED_FILE);

  it('R3: the deadline of the seed call is 17:00 Oslo summer time', () => {
    expect(callDeadline(call).toISOString()).toBe('2021-09-15T15:00:00.000Z');
    expect(callFormOpens(call).toISOString()).toBe('2021-08-16T07:00:00.000Z');
    expect(callPagePublished(call).toISOString()).toBe('2021-08-02T07:00:00.000Z');
  });

  it('R3: one millisecond before the deadline is open; the deadline itself is closed', () => {
    const deadline = callDeadline(call).getTime();
    expect(callPhaseAt(call, new Date(deadline - 1))).toBe('open');
    expect(callPhaseAt(call, new Date(deadline))).toBe('closed');
  });

  it('R3: the page is public before the form opens', () => {
    const published = callPagePublished(call).getTime();
    const opens = callFormOpens(call).getTime();
    expect(callPhaseAt(call, new Date(published - 1))).toBe('unpublished');
    expect(callPhaseAt(call, new Date(published))).toBe('published');
    expect(callPhaseAt(call, new Date(opens - 1))).toBe('published');
    expect(callPhaseAt(call, new Date(opens))).toBe('open');
  });

  it('R3: a winter deadline is read with the winter offset', () => {
    const winter = parseCallDefinition(havbrukCall, 'havbruk.json');
    expect(callDeadline(winter).toISOString()).toBe('2023-02-01T11:00:00.000Z');
  });
});

describe('invalid call definitions', () => {
  it('R1: a wrong type is refused with the field and the reason', () => {
    expect(messageOf(seedWith(['potNok'], '20000000'))).toBe(
      'Invalid call definition calls/kompetanseloft-industriklynger-2021/call.json:\n' +
        '  - at potNok: expected a number, got string',
    );
  });

  it('R1: a missing translation is refused, and every problem is listed at once', () => {
    const raw = seedWith(['title', 'nn'], REMOVE);
    (raw as { potNok: unknown }).potNok = '20000000';
    expect(messageOf(raw)).toBe(
      'Invalid call definition calls/kompetanseloft-industriklynger-2021/call.json:\n' +
        '  - at title.nn: missing translation "nn"\n' +
        '  - at potNok: expected a number, got string',
    );
  });

  it('R3: an impossible wall time is refused', () => {
    expect(messageOf(seedWith(['dates', 'deadline'], '2021-15-09T17:00'))).toBe(
      'Invalid call definition calls/kompetanseloft-industriklynger-2021/call.json:\n' +
        '  - at dates.deadline: expected an Oslo wall time "YYYY-MM-DDTHH:mm", got "2021-15-09T17:00"',
    );
  });

  it('R3: a deadline before the form opens is refused', () => {
    expect(messageOf(seedWith(['dates', 'deadline'], '2021-08-16T08:59'))).toBe(
      'Invalid call definition calls/kompetanseloft-industriklynger-2021/call.json:\n' +
        '  - at dates.deadline: deadline must be after formOpens',
    );
  });

  it('R3: a wall time in the hour skipped in spring is refused', () => {
    expect(messageOf(seedWith(['dates', 'deadline'], '2022-03-27T02:30'))).toContain(
      '  - at dates.deadline: "2022-03-27T02:30" does not exist in Oslo: the clocks skip that hour',
    );
  });

  it('R1: a duplicate section id is refused', () => {
    expect(messageOf(seedWith(['sections', 8, 'id'], 'budget'))).toBe(
      'Invalid call definition calls/kompetanseloft-industriklynger-2021/call.json:\n' +
        '  - at sections[8].id: duplicate section id "budget"',
    );
  });

  it('R1: dependsOn naming an unknown section is refused', () => {
    expect(messageOf(seedWith(['sections', 5, 'dependsOn'], ['cluster', 'offering']))).toBe(
      'Invalid call definition calls/kompetanseloft-industriklynger-2021/call.json:\n' +
        '  - at sections[5].dependsOn[1]: unknown section "offering"',
    );
  });

  it.each<[string, readonly (string | number)[], unknown, string]>([
    ['a required field', ['rules', 'projectPeriod'], REMOVE, 'at rules.projectPeriod: required'],
    ['a fraction', ['potNok'], 1.5, 'at potNok: expected a whole number, got 1.5'],
    ['zero', ['potNok'], 0, 'at potNok: must be greater than 0'],
    ['an unknown key', ['potNOK'], 1, 'at (root): unknown key "potNOK"'],
    [
      'an unknown block type',
      ['announcement', 'nb', 0, 'type'],
      'quote',
      'at announcement.nb[0].type: expected one of "heading", "paragraph", "list", got "quote"',
    ],
    [
      'an unknown institution category',
      ['eligibility', 'institutionCategories'],
      ['fagskole'],
      'at eligibility.institutionCategories[0]: expected one of "universitet", "vitenskapelig_hoyskole", "akkreditert_hoyskole", got "fagskole"',
    ],
    [
      'an unknown attachment kind in a rule',
      ['rules', 'signedAgreementRequired', 'attachmentKind'],
      'agreement',
      'at rules.signedAgreementRequired.attachmentKind: unknown attachment kind "agreement"',
    ],
    [
      'a dependency on a later section',
      ['sections', 1, 'dependsOn'],
      ['budget'],
      'at sections[1].dependsOn[0]: section "budget" must come before "cluster"',
    ],
    [
      'project end before start',
      ['dates', 'projectEndLatest'],
      '2021-06-30',
      'at dates.projectEndLatest: projectEndLatest must not be before projectStartLatest',
    ],
    [
      'a seconds field',
      ['dates', 'formOpens'],
      '2021-08-16T09:00:00',
      'at dates.formOpens: expected an Oslo wall time "YYYY-MM-DDTHH:mm", got "2021-08-16T09:00:00"',
    ],
    [
      'an impossible date',
      ['dates', 'projectEndLatest'],
      '2022-02-30',
      'at dates.projectEndLatest: expected a date "YYYY-MM-DD", got "2022-02-30"',
    ],
    [
      'a non-kebab id',
      ['id'],
      'Kompetanse 2021',
      'at id: expected a kebab-case id, got "Kompetanse 2021"',
    ],
    [
      'a bad e-mail',
      ['contact', 'email'],
      'jon',
      'at contact.email: expected an email address, got "jon"',
    ],
    ['a list for an object', ['budget'], [], 'at budget: expected an object, got array'],
  ])('R1: %s is refused with a plain reason', (_name, path, value, line) => {
    expect(messageOf(seedWith(path, value)).split('\n').slice(1)).toEqual([`  - ${line}`]);
  });

  it('the error carries the file and the issues for tools to read', () => {
    try {
      parseCallDefinition(seedWith(['sections', 8, 'id'], 'budget'), SEED_FILE);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CallDefinitionError);
      expect((error as CallDefinitionError).file).toBe(SEED_FILE);
      expect((error as CallDefinitionError).issues).toEqual([
        { path: 'sections[8].id', reason: 'duplicate section id "budget"' },
      ]);
    }
  });

  it('something that is not an object is refused at the root', () => {
    expect(messageOf(null)).toBe(
      `Invalid call definition ${SEED_FILE}:\n  - at (root): expected an object, got null`,
    );
  });
});
