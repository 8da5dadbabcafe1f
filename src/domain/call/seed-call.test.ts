/**
 * The content of the first call: that call.json says what the grant body's announcement says.
 */
import { describe, expect, it } from 'vitest';
import seedCall from '../../../calls/kompetanseloft-industriklynger-2021/call.json' with { type: 'json' };
import type { AnnouncementBlock, Localized } from './call-schema.js';
import { parseCallDefinition } from './parse-call-definition.js';

const call = parseCallDefinition(seedCall, 'calls/kompetanseloft-industriklynger-2021/call.json');
const LOCALES = ['nb', 'nn', 'en'] as const;

/** The announcement as running text, list items marked with the bullet the call uses. */
function flatten(blocks: AnnouncementBlock[]): string {
  return blocks
    .map((b) => (b.type === 'list' ? b.items.map((item) => `• ${item}`).join(' ') : b.text))
    .join(' ');
}

/** Every citation in the call, by where it sits; " … " joins passages that are apart. */
function collectCitations(): [string, Localized][] {
  const found: [string, Localized][] = [['eligibility', call.eligibility.citation]];
  for (const [name, rule] of Object.entries(call.rules))
    found.push([`rules.${name}`, rule.citation]);
  for (const c of call.costCategories) if (c.citation) found.push([`cost ${c.id}`, c.citation]);
  found.push(['budget', call.budget.citation]);
  found.push(['holisticJudgement', call.holisticJudgement.citation]);
  found.push(['reporting', call.reporting.citation]);
  return found;
}

describe('the seed call says what the announcement says', () => {
  it('R1: every citation quotes the announcement word for word, in each language', () => {
    for (const locale of LOCALES) {
      const text = flatten(call.announcement[locale]);
      for (const [where, citation] of collectCitations()) {
        for (const passage of citation[locale].split(' … ')) {
          expect(text, `${where} (${locale})`).toContain(passage);
        }
      }
    }
  });

  it('R2: the announcement leaves out the link lines and the contact lines', () => {
    const text = flatten(call.announcement.nb);
    expect(text).not.toContain('Søk midler her');
    expect(text).not.toContain('Last ned mal');
    expect(text).not.toContain('Kontaktperson');
    expect(call.contact).toMatchObject({
      name: 'Jon Albert Risahagen',
      phone: '93 49 53 94',
      email: 'jon.albert.risahagen@hkdir.no',
    });
  });

  it('R2: the translations follow the bokmål text block by block', () => {
    const shape = (blocks: AnnouncementBlock[]) =>
      blocks.map((b) => (b.type === 'list' ? `list:${b.items.length}` : b.type));
    expect(shape(call.announcement.nn)).toEqual(shape(call.announcement.nb));
    expect(shape(call.announcement.en)).toEqual(shape(call.announcement.nb));
  });

  it('R3: the call dates are those of the announcement', () => {
    expect(call.dates).toEqual({
      pagePublished: '2021-08-02T09:00',
      formOpens: '2021-08-16T09:00',
      deadline: '2021-09-15T17:00',
      projectStartLatest: '2021-12-31',
      projectEndLatest: '2022-12-15',
    });
  });

  it('R4: universities and accredited university colleges may apply; private ones need public funding', () => {
    expect(call.eligibility.institutionCategories).toEqual([
      'universitet',
      'vitenskapelig_hoyskole',
      'akkreditert_hoyskole',
    ]);
    expect(call.eligibility.privateRequiresPublicFunding).toBe(true);
  });

  it('R6: a cluster is at least three companies within manufacturing industry', () => {
    expect(call.rules.minCompanies?.min).toBe(3);
    expect(call.rules.companyIndustryCodes).toMatchObject({
      sn2007DivisionFrom: 10,
      sn2007DivisionTo: 33,
    });
  });

  it('R10: the signed cooperation agreement is a required PDF attachment', () => {
    const kind = call.attachmentKinds.find(
      (k) => k.id === call.rules.signedAgreementRequired?.attachmentKind,
    );
    expect(kind).toMatchObject({ required: true, allowedTypes: ['application/pdf'] });
  });

  it('R19: the budget separates development/adaptation from delivery', () => {
    expect(call.budget.phases.map((p) => p.id)).toEqual(['development', 'delivery']);
    expect(call.budget.financingSources.map((f) => f.kind)).toEqual([
      'grant',
      'own-contribution',
      'other',
    ]);
  });

  it('R21: durable equipment is forbidden; licences only with a justification', () => {
    const byId = new Map(call.costCategories.map((c) => [c.id, c]));
    expect(byId.get('durable-equipment')?.status).toBe('forbidden');
    expect(byId.get('licences')).toMatchObject({
      status: 'conditional',
      requiresJustification: true,
    });
  });

  it('R24: seven criteria in the order of the call, not ranked, each quoting the call', () => {
    expect(call.criteria).toHaveLength(7);
    expect(call.criteriaRanked).toBe(false);
    const list = call.announcement.nb.find(
      (b): b is Extract<AnnouncementBlock, { type: 'list' }> =>
        b.type === 'list' && b.items.length === call.criteria.length,
    );
    expect(call.criteria.map((c) => c.description.nb)).toEqual(list?.items);
    expect(call.scale).toMatchObject({ min: 1, max: 7 });
    expect(call.assessorsPerCase).toBe(2);
    expect(call.disagreementThreshold).toBe(3);
  });

  it('R30: the grantee reports offerings, participants, credits, accounts and unused funds', () => {
    expect(call.reporting.duties.map((d) => d.id)).toEqual([
      'offerings-delivered',
      'participants-per-company',
      'studiepoeng-awarded',
      'accounts',
      'unused-funds',
    ]);
  });
});
