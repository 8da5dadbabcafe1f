/**
 * The three-way merge as properties over generated edits of every section kind: what either side
 * changed survives unless the other side changed the same field to something else, and exactly
 * those fields are conflicts. Each generated edit records what it changed, so the expectations do
 * not come from the merge's own diff.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SectionKind } from '../call/call-schema.js';
import {
  isWithin,
  mergeContent,
  readPath,
  sameValue,
  samePath,
  type FieldPath,
} from './section-merge.js';

type Gen = fc.Arbitrary<unknown>;
type Rec = Record<string, unknown>;

const text = fc.constantFrom(
  '',
  'Sveising',
  'Skipsbygging i Trøndelag',
  'Olas tekst',
  'Karis tekst',
);
const whole = fc.integer({ min: 0, max: 500 });
const yesNo = fc.boolean();
const date = fc.constantFrom('2021-08-01', '2021-09-15', '2022-06-30');
const orgnr = fc.constantFrom('911111111', '922222222', '933333333', '944444444');

interface ListSpec {
  fields: Record<string, Gen>;
  /** How an item is named across versions: its id, or the fields that name it. */
  key: 'id' | 'sourceId' | 'estimate';
  /** A list of choices inside each item (the companies a course is for). */
  choices?: { name: string; value: Gen };
}
interface KindSpec {
  fields: Record<string, Gen>;
  lists: Record<string, ListSpec>;
}

const KINDS: Record<SectionKind, KindSpec> = {
  project: {
    fields: {
      title: text,
      summary: text,
      startDate: date,
      endDate: date,
      language: fc.constantFrom('nb', 'nn'),
    },
    lists: {},
  },
  cluster: {
    fields: { cooperation: text },
    lists: {
      companies: {
        key: 'id',
        fields: {
          orgnr,
          name: text,
          employees: whole,
          exportOrImportCompeting: yesNo,
          trainingNeed: text,
        },
      },
    },
  },
  anchoring: {
    fields: { employerSide: text, roleCompanies: text, roleUnions: text, roleInstitution: text },
    lists: {
      unions: {
        key: 'id',
        fields: { companyOrgnr: orgnr, unionName: text, representativeName: text },
      },
    },
  },
  case: {
    fields: {
      vulnerability: text,
      competitiveSituation: text,
      exportOrImportCompeting: yesNo,
      effect: text,
    },
    lists: {},
  },
  offerings: {
    fields: {},
    lists: {
      offerings: {
        key: 'id',
        fields: {
          title: text,
          studiepoeng: fc.constantFrom(0, 2.5, 7.5, 10, null),
          fitsFullTimeWork: yesNo,
        },
        choices: { name: 'companyOrgnrs', value: orgnr },
      },
    },
  },
  participants: {
    fields: {},
    lists: { estimates: { key: 'estimate', fields: { participants: whole } } },
  },
  'progress-plan': {
    fields: {},
    lists: {
      milestones: {
        key: 'id',
        fields: { title: text, date, phase: fc.constantFrom('development', 'delivery') },
      },
    },
  },
  budget: {
    fields: {},
    lists: {
      lines: {
        key: 'id',
        fields: {
          category: fc.constantFrom('salary', 'travel'),
          year: fc.constantFrom(2021, 2022),
          amountNok: whole,
        },
      },
      financing: { key: 'sourceId', fields: { amountNok: whole } },
    },
  },
  attachments: {
    fields: {},
    lists: {
      items: {
        key: 'id',
        fields: {
          kind: fc.constantFrom('signed-agreement', 'other'),
          fileName: text,
          sizeBytes: whole,
        },
      },
    },
  },
};

/** A field's value, or none at all. */
const maybe = (gen: Gen) => fc.option(gen, { nil: undefined });

function recordOf(fields: Record<string, Gen>): fc.Arbitrary<Rec> {
  return fc.record(Object.fromEntries(Object.entries(fields).map(([k, g]) => [k, maybe(g)])));
}

/** An item with a key no other item of this side or the base can have. */
function newItem(list: ListSpec, tag: string, n: number): fc.Arbitrary<Rec> {
  return recordOf(list.fields).chain((fields) => {
    const named: Rec =
      list.key === 'id'
        ? { id: `${tag}-${n}` }
        : list.key === 'sourceId'
          ? { sourceId: `${tag}-source-${n}` }
          : { companyOrgnr: `9${n}`.padEnd(9, '0'), offeringId: `${tag}-${n}` };
    const spec = list.choices;
    const choices = spec
      ? fc.uniqueArray(spec.value).map((v) => ({ [spec.name]: v }))
      : fc.constant({});
    return choices.map((c) => ({ ...named, ...fields, ...c }));
  });
}

function contentOf(kind: KindSpec): fc.Arbitrary<Rec> {
  const lists = Object.entries(kind.lists).map(([name, list]) =>
    fc
      .integer({ min: 0, max: 3 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => newItem(list, 'base', i))))
      .map((items) => [name, items] as const),
  );
  return fc
    .tuple(recordOf(kind.fields), fc.tuple(...lists))
    .map(([fields, entries]) => ({ ...fields, ...Object.fromEntries(entries) }));
}

interface Edit {
  path: FieldPath;
  value: unknown;
}
interface Edited {
  content: Rec;
  edits: Edit[];
}

/** One side's edit of the base: fields set or cleared, items added, removed or changed. */
function editOf(kind: KindSpec, base: Rec, tag: string): fc.Arbitrary<Edited> {
  const steps: fc.Arbitrary<(e: Edited) => Edited>[] = [];
  for (const [name, gen] of Object.entries(kind.fields)) {
    steps.push(
      fc
        .option(maybe(gen), { nil: null })
        .map((v) => (e) => (v === null ? e : setField(e, [name], v))),
    );
  }
  for (const [name, list] of Object.entries(kind.lists)) {
    const items = base[name] as Rec[];
    items.forEach((item, index) => {
      const key = keyOf(item);
      const itemPath: FieldPath = [name, { item: key }];
      const changes = Object.entries(list.fields).map(([field, gen]) =>
        fc
          .option(maybe(gen), { nil: null })
          .map((v) => (e: Edited) => (v === null ? e : setField(e, [...itemPath, field], v))),
      );
      const spec = list.choices;
      const choiceEdit = spec
        ? fc
            .option(spec.value, { nil: null })
            .map(
              (v) => (e: Edited) => (v === null ? e : toggleChoice(e, [...itemPath, spec.name], v)),
            )
        : fc.constant((e: Edited) => e);
      steps.push(
        fc.oneof(
          {
            weight: 1,
            arbitrary: fc.constant((e: Edited) => removeItem(e, name, index, itemPath)),
          },
          {
            weight: 4,
            arbitrary: fc.tuple(fc.tuple(...changes), choiceEdit).map(
              ([cs, c]) =>
                (e: Edited) =>
                  c(cs.reduce((acc, f) => f(acc), e)),
            ),
          },
        ),
      );
    });
    steps.push(
      fc.integer({ min: 0, max: 2 }).chain((n) =>
        fc
          .tuple(...Array.from({ length: n }, (_, i) => newItem(list, tag, i)))
          .map((added) => (e: Edited) => {
            let out = e;
            for (const item of added) out = addItem(out, name, item);
            return out;
          }),
      ),
    );
  }
  return fc
    .tuple(...steps)
    .map((fs) =>
      fs.reduce((e, f) => f(e), { content: structuredClone(base), edits: [] } as Edited),
    );
}

function keyOf(item: Rec): string {
  if (typeof item.id === 'string') return item.id;
  if (typeof item.sourceId === 'string') return item.sourceId;
  return `${String(item.companyOrgnr)}/${String(item.offeringId)}`;
}

function itemAt(content: Rec, path: FieldPath): Rec {
  const list = content[path[0] as string] as Rec[];
  const key = (path[1] as { item: string }).item;
  return list.find((i) => keyOf(i) === key) as Rec;
}

function setField(e: Edited, path: FieldPath, value: unknown): Edited {
  const target = path.length === 1 ? e.content : itemAt(e.content, path);
  const field = path[path.length - 1] as string;
  if (sameValue(target[field], value)) return e;
  if (value === undefined) Reflect.deleteProperty(target, field);
  else target[field] = value;
  return { content: e.content, edits: [...e.edits, { path, value }] };
}

function toggleChoice(e: Edited, path: FieldPath, value: unknown): Edited {
  const item = itemAt(e.content, path);
  const field = path[path.length - 1] as string;
  const list = (item[field] as unknown[] | undefined) ?? [];
  const has = list.includes(value);
  item[field] = has ? list.filter((v) => v !== value) : [...list, value];
  return {
    content: e.content,
    edits: [
      ...e.edits,
      { path: [...path, { item: String(value) }], value: has ? undefined : value },
    ],
  };
}

function removeItem(e: Edited, name: string, _index: number, path: FieldPath): Edited {
  const key = (path[1] as { item: string }).item;
  e.content[name] = (e.content[name] as Rec[]).filter((i) => keyOf(i) !== key);
  return { content: e.content, edits: [...e.edits, { path, value: undefined }] };
}

function addItem(e: Edited, name: string, item: Rec): Edited {
  e.content[name] = [...(e.content[name] as Rec[]), item];
  return {
    content: e.content,
    edits: [...e.edits, { path: [name, { item: keyOf(item) }], value: item }],
  };
}

const overlaps = (a: FieldPath, b: FieldPath) => isWithin(a, b) || isWithin(b, a);
/** Both sides touched one field (or an item and a field in it) and did not do the same thing. */
const clashes = (m: Edit, t: Edit) =>
  overlaps(m.path, t.path) && !(samePath(m.path, t.path) && sameValue(m.value, t.value));

const scenario = (kind: SectionKind) =>
  contentOf(KINDS[kind]).chain((base) =>
    fc.tuple(
      fc.constant(base),
      editOf(KINDS[kind], base, 'mine'),
      editOf(KINDS[kind], base, 'theirs'),
    ),
  );

describe('three-way merge of a section', () => {
  for (const kind of Object.keys(KINDS) as SectionKind[]) {
    it(`${kind}: every change of either side survives unless the other changed that field differently`, () => {
      fc.assert(
        fc.property(scenario(kind), ([base, mine, theirs]) => {
          const merged = mergeContent(base, mine.content, theirs.content);
          for (const m of mine.edits) {
            if (theirs.edits.some((t) => clashes(m, t))) continue;
            expect(readPath(merged.content, m.path)).toEqual({ found: true, value: m.value });
          }
          for (const t of theirs.edits) {
            if (mine.edits.some((m) => clashes(m, t))) continue;
            expect(readPath(merged.content, t.path)).toEqual({ found: true, value: t.value });
          }
          for (const [field] of Object.entries(KINDS[kind].fields)) {
            const touched = [...mine.edits, ...theirs.edits].some((e) => e.path[0] === field);
            if (!touched) expect(merged.content[field]).toEqual(base[field]);
          }
        }),
        { numRuns: 300 },
      );
    });

    it(`${kind}: a conflict is reported exactly where both sides changed one field differently`, () => {
      fc.assert(
        fc.property(scenario(kind), ([base, mine, theirs]) => {
          const merged = mergeContent(base, mine.content, theirs.content);
          const expected = mine.edits.filter((m) => theirs.edits.some((t) => clashes(m, t)));
          const reported = merged.conflicts.map((c) => c.path);
          expect(reported.length).toBe(expected.length);
          for (const m of expected) expect(reported.some((p) => samePath(p, m.path))).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('the issue’s scenario: Kari’s employees and Ola’s cooperation text both survive, no conflict', () => {
    const base = {
      companies: [{ id: 'c-1', orgnr: '911111111', employees: 420 }],
      cooperation: 'Før',
    };
    const kari = { ...base, companies: [{ ...base.companies[0], employees: 421 }] };
    const ola = { ...base, cooperation: 'Etter' };
    const merged = mergeContent(base, ola, kari);
    expect(merged.conflicts).toEqual([]);
    expect(merged.content).toEqual({
      companies: [{ id: 'c-1', orgnr: '911111111', employees: 421 }],
      cooperation: 'Etter',
    });
  });

  it('two people adding different companies both keep theirs', () => {
    const base = { companies: [{ id: 'c-1', orgnr: '911111111' }] };
    const kari = { companies: [...base.companies, { id: 'c-2', orgnr: '922222222' }] };
    const ola = { companies: [...base.companies, { id: 'c-3', orgnr: '933333333' }] };
    const merged = mergeContent(base, ola, kari);
    expect(merged.conflicts).toEqual([]);
    expect((merged.content.companies as { id: string }[]).map((c) => c.id)).toEqual([
      'c-1',
      'c-2',
      'c-3',
    ]);
  });
});
