/**
 * The fields of each section kind in the order the section's editor shows them, and the fields
 * of each list's items: "check your answers" and the officer's view of a submission list the
 * answers in this order (stored content has its keys sorted, which is no order a person knows).
 * A field missing here is not an answer a person gave (ids, the register's municipality number,
 * an upload's checksum) and is not listed.
 */
export type FieldEntry = string | { list: string; item: readonly string[] };

export const FIELD_ORDER: Readonly<Record<string, readonly FieldEntry[]>> = {
  project: ['title', 'summary', 'startDate', 'endDate', 'language'],
  cluster: [
    {
      list: 'companies',
      item: [
        'orgnr',
        'name',
        'industryCode',
        'municipalityName',
        'county',
        'employees',
        'exportOrImportCompeting',
        'trainingNeed',
        'contactName',
        'contactEmail',
        'contactPhone',
      ],
    },
    'cooperation',
  ],
  anchoring: [
    'employerSide',
    { list: 'unions', item: ['companyOrgnr', 'unionName', 'representativeName'] },
    'roleCompanies',
    'roleUnions',
    'roleInstitution',
  ],
  case: [
    'vulnerability',
    'competitiveSituation',
    'exportOrImportCompeting',
    'restructuringNeed',
    'effect',
  ],
  offerings: [
    {
      list: 'offerings',
      item: [
        'title',
        'level',
        'studiepoeng',
        'modules',
        'deliveryMode',
        'schedule',
        'fitsFullTimeWork',
        'fitsFullTimeWorkDescription',
        'startDate',
        'endDate',
        'competenceNeed',
        'workRelevance',
        'companyOrgnrs',
      ],
    },
  ],
  participants: [{ list: 'estimates', item: ['companyOrgnr', 'offeringId', 'participants'] }],
  'progress-plan': [{ list: 'milestones', item: ['title', 'date', 'phase', 'description'] }],
  budget: [
    {
      list: 'lines',
      item: ['description', 'category', 'phase', 'year', 'amountNok', 'justification'],
    },
    { list: 'financing', item: ['sourceId', 'amountNok'] },
  ],
};

/** The fields an editor shows, in this order: the editor's specs sorted by FIELD_ORDER. */
export function inFieldOrder<T extends { name: string }>(
  specs: readonly T[],
  order: readonly string[],
): T[] {
  const rank = (name: string) => {
    const index = order.indexOf(name);
    return index === -1 ? order.length : index;
  };
  return [...specs].sort((a, b) => rank(a.name) - rank(b.name));
}

/** The item fields of the list `list` in a kind's order. */
export function itemOrderOf(kind: string, list: string): readonly string[] {
  for (const entry of FIELD_ORDER[kind] ?? []) {
    if (typeof entry !== 'string' && entry.list === list) return entry.item;
  }
  return [];
}

/** The fields outside lists of a kind, in order. */
export function topLevelOrderOf(kind: string): readonly string[] {
  return (FIELD_ORDER[kind] ?? []).filter((entry): entry is string => typeof entry === 'string');
}
