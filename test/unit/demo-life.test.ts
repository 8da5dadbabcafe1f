/**
 * The demo's synthetic call life (issue 15, R27 setup): deterministic from its seed, varied, and
 * every application passes the call's formal rules with no blocking finding.
 */
import { describe, expect, it } from 'vitest';
import seedCall from '../../calls/kompetanseloft-industriklynger-2021/call.json' with { type: 'json' };
import havbrukCall from '../fixtures/calls/etterutdanning-havbruk-2023/call.json' with { type: 'json' };
import { parseCallDefinition } from '../../src/domain/call/parse-call-definition.js';
import {
  generateCallLife,
  type CallLife,
  type LifeApplication,
} from '../../src/domain/demo-life/generate-call-life.js';
import { blockingFindings, evaluateFormalRules } from '../../src/domain/rules/index.js';
import { readPersonas } from '../../src/platform/seed-demo-data.js';
import { lifeRegisters } from '../../src/server/services/demo-life/life-registers.js';

const call = parseCallDefinition(seedCall, 'seed call');
const { institutions, companies } = lifeRegisters();
const life = (seed: string, size = 40, c = call) =>
  generateCallLife({ seed, size, call: c, institutions, companies });

function findingsOf(application: LifeApplication, c = call, registered = companies) {
  const attachments = c.sections.find((s) => s.kind === 'attachments');
  const content = { ...application.content };
  if (attachments && application.agreement) {
    content[attachments.id] = {
      items: [
        {
          id: 'a-1',
          kind: application.agreement.kind,
          fileId: 'f-1',
          sha256: 'a'.repeat(64),
          fileName: application.agreement.fileName,
          mediaType: 'application/pdf',
          sizeBytes: 1000,
        },
      ],
    };
  }
  const i = application.institution;
  return evaluateFormalRules({
    call: c,
    content,
    institution: {
      orgnr: i.orgnr,
      name: i.name,
      category: i.category,
      ownership: i.ownership,
      publicFunding: i.publicFunding,
    },
    registeredCompanies: Object.fromEntries(
      registered.map((r) => [
        r.orgnr,
        { name: r.name, industryCode: r.industryCode, bankrupt: false, underLiquidation: false },
      ]),
    ),
  });
}

describe('generateCallLife (R27 setup: a call that has lived)', () => {
  const a = life('tilskudd-demo');

  it('is deterministic: the same seed gives the same content, another seed other content', () => {
    expect(life('tilskudd-demo')).toEqual(a);
    const b = life('another seed');
    expect(b.applications.map((x) => x.content)).not.toEqual(a.applications.map((x) => x.content));
  });

  it('every application passes the formal rules with no blocking finding', () => {
    for (const application of a.applications) {
      expect(blockingFindings(findingsOf(application)), application.title).toEqual([]);
    }
  });

  it('asks for 2–3 times the pot, in grants between the call’s minimum and maximum grant', () => {
    expect(a.sumAppliedNok / call.potNok).toBeGreaterThanOrEqual(2);
    expect(a.sumAppliedNok / call.potNok).toBeLessThanOrEqual(3);
    const limits = call.allocation.limits;
    for (const x of a.applications) {
      expect(x.grantNok).toBeGreaterThanOrEqual(limits.minGrantNok ?? 0);
      expect(x.grantNok).toBeLessThanOrEqual(limits.maxGrantNok ?? call.potNok);
    }
  });

  it('is varied: state and private institutions, several counties, 1–4 offerings', () => {
    expect(new Set(a.applications.map((x) => x.institution.ownership))).toEqual(
      new Set(['statlig', 'privat']),
    );
    const counties = new Set(
      a.applications.flatMap((x) =>
        (x.content.cluster as { companies: { county: string }[] }).companies.map((c) => c.county),
      ),
    );
    expect(counties.size).toBeGreaterThanOrEqual(3);
    const offerings = a.applications.map(
      (x) => (x.content.offerings as { offerings: unknown[] }).offerings.length,
    );
    expect(Math.min(...offerings)).toBe(1);
    expect(Math.max(...offerings)).toBe(4);
    expect(new Set(a.applications.map((x) => x.title)).size).toBeGreaterThan(20);
  });

  it('leaves the personas’ institutions out, so their own views stay as they are', () => {
    const personas = new Set(readPersonas().flatMap((p) => p.roles.map((r) => r.institutionOrgnr)));
    expect(a.applications.filter((x) => personas.has(x.institution.orgnr))).toEqual([]);
  });

  it('plans one rejection, disagreements and a handful of cases without consensus', () => {
    expect(a.applications.filter((x) => x.rejected)).toHaveLength(1);
    expect(a.applications.some((x) => x.assessment.disagreement)).toBe(true);
    const open = a.applications.filter((x) => !x.rejected && !x.consensus).length;
    expect(open).toBeGreaterThanOrEqual(4);
    expect(open).toBeLessThanOrEqual(6);
  });

  it('the register change makes the rules’ second run find an error in the rejected one', () => {
    const rejected = a.applications.find((x) => x.rejected) as LifeApplication;
    const change = a.registerChange as NonNullable<CallLife['registerChange']>;
    expect(blockingFindings(findingsOf(rejected))).toEqual([]);
    const after = [...companies, { ...change }];
    const errors = blockingFindings(findingsOf(rejected, call, after));
    expect(errors.map((f) => f.ruleId)).toEqual(['companyIndustryCodes']);
  });

  it('assigns assessors with no tie to a party of the case', () => {
    // The ties are real obstacles: some case names a company an assessor is tied to.
    const ties = new Set(a.assessors.flatMap((s) => (s.affiliation ? [s.affiliation.orgnr] : [])));
    expect(
      a.applications.some((x) =>
        (x.content.cluster as { companies: { orgnr: string }[] }).companies.some((c) =>
          ties.has(c.orgnr),
        ),
      ),
    ).toBe(true);
    for (const x of a.applications) {
      expect(x.assessorKeys).toHaveLength(call.assessorsPerCase);
      const parties = new Set([
        x.institution.orgnr,
        ...(x.content.cluster as { companies: { orgnr: string }[] }).companies.map((c) => c.orgnr),
      ]);
      for (const key of x.assessorKeys) {
        const tie = a.assessors.find((s) => s.key === key)?.affiliation;
        expect(tie && parties.has(tie.orgnr)).toBeFalsy();
      }
    }
  });

  it('runs at benchmark size', () => {
    const big = life('bench', 2000);
    expect(big.applications).toHaveLength(2000);
    expect(blockingFindings(findingsOf(big.applications[1999] as LifeApplication))).toEqual([]);
  });

  it('a second call with other settings works without code', () => {
    const other = parseCallDefinition(havbrukCall, 'havbruk fixture');
    const fixtureCompanies = companies.map((c) => ({ ...c, industryCode: '03.211' }));
    const x = generateCallLife({
      seed: 's',
      size: 10,
      call: other,
      institutions,
      companies: fixtureCompanies,
    });
    for (const application of x.applications.filter((y) => !y.rejected)) {
      expect(
        blockingFindings(findingsOf(application, other, fixtureCompanies)),
        application.title,
      ).toEqual([]);
    }
  });
});
