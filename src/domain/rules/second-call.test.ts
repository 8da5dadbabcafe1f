/**
 * R1: the rules read every parameter from the call. A second, different call (the havbruk
 * fixture: 2 companies in SN2007 division 03, 15 studiepoeng, licences refused, a 5 MNOK pot, no
 * anchoring or progress-plan sections) gets its own limits with no change to the code.
 */
import { describe, expect, it } from 'vitest';
import havbrukCall from '../../../test/fixtures/calls/etterutdanning-havbruk-2023/call.json' with { type: 'json' };
import { applyChange } from '../../../test/cases/apply-change.js';
import { parseCallDefinition } from '../call/parse-call-definition.js';
import { evaluateFormalRules, type Finding } from './index.js';

const call = parseCallDefinition(havbrukCall, 'test/fixtures/calls/etterutdanning-havbruk-2023');

const company = (id: string, orgnr: string, name: string) => ({
  id,
  orgnr,
  name,
  industryCode: '03.211',
  county: 'Vestland',
  employees: 40,
  trainingNeed: 'Driftsoperatørene trenger kompetanse i fiskevelferd og lusebekjempelse.',
});

const application = {
  content: {
    project: {
      title: 'Etterutdanning i fiskevelferd',
      startDate: '2023-03-01',
      endDate: '2023-12-15',
    },
    companies: {
      companies: [
        company('c1', '923456783', 'Fjordlaks AS'),
        company('c2', '934567897', 'Havbruk Vest AS'),
      ],
      cooperation: 'Felles driftsforum.',
    },
    courses: {
      offerings: [
        {
          id: 'k1',
          title: 'Fiskevelferd i praksis',
          level: 'university-college',
          studiepoeng: 12.5,
          deliveryMode: 'online',
          startDate: '2023-04-10',
          endDate: '2023-11-30',
          competenceNeed: 'Velferdsindikatorer og håndtering.',
          workRelevance: 'Oppgaver fra egne anlegg.',
          companyOrgnrs: ['923456783', '934567897'],
        },
      ],
    },
    participants: {
      estimates: [
        { companyOrgnr: '923456783', offeringId: 'k1', participants: 8 },
        { companyOrgnr: '934567897', offeringId: 'k1', participants: 5 },
      ],
    },
    budget: {
      lines: [
        {
          id: 'b1',
          category: 'personnel',
          phase: 'development',
          year: 2023,
          amountNok: 300_000,
          description: 'Utvikling',
        },
        {
          id: 'b2',
          category: 'personnel',
          phase: 'delivery',
          year: 2023,
          amountNok: 500_000,
          description: 'Undervisning',
        },
      ],
      financing: [{ sourceId: 'grant', amountNok: 800_000 }],
    },
    attachments: {
      items: [
        {
          id: 'a1',
          kind: 'partner-declaration',
          fileId: 'f1',
          sha256: 'b'.repeat(64),
          fileName: 'partnererklaering.pdf',
          mediaType: 'application/pdf',
          sizeBytes: 120_000,
        },
      ],
    },
  },
  institution: {
    orgnr: '974767880',
    name: 'Norges teknisk-naturvitenskapelige universitet (NTNU)',
    category: 'universitet',
    ownership: 'statlig',
    publicFunding: true,
  },
  registeredCompanies: {},
};

type Change = Parameters<typeof applyChange>[1];

function findingsWith(change: Change): Finding[] {
  return evaluateFormalRules({ call, ...applyChange(application, change) });
}

function only(findings: Finding[]) {
  return findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, path: f.path }));
}

describe('a second call with other parameters', () => {
  it('R1: a complete application to the second call has no findings', () => {
    expect(findingsWith([])).toEqual([]);
  });

  it('R6: two companies are enough there, one is not', () => {
    const findings = findingsWith([
      { op: 'remove', path: '/content/participants/estimates/1' },
      { op: 'remove', path: '/content/courses/offerings/0/companyOrgnrs/1' },
      { op: 'remove', path: '/content/companies/companies/1' },
    ]);
    expect(only(findings)).toEqual([
      { ruleId: 'minCompanies', severity: 'error', path: 'companies.companies' },
    ]);
    expect(findings[0]?.message.nb).toContain('Det må være minst 2.');
  });

  it('R6: its range of industry codes is division 03, so a shipyard is outside', () => {
    const findings = findingsWith([
      { op: 'replace', path: '/content/companies/companies/0/industryCode', value: '30.110' },
    ]);
    expect(only(findings)).toEqual([
      {
        ruleId: 'companyIndustryCodes',
        severity: 'error',
        path: 'companies.companies[0].industryCode',
      },
    ]);
    expect(findings[0]?.message.nb).toContain('næring 03 i SN2007');
  });

  it('R14: 15 studiepoeng is its maximum; 15,5 is over', () => {
    const at = (sp: number) =>
      findingsWith([
        { op: 'replace', path: '/content/courses/offerings/0/studiepoeng', value: sp },
      ]);
    expect(at(15)).toEqual([]);
    const over = at(15.5);
    expect(only(over)).toEqual([
      {
        ruleId: 'maxStudiepoengPerOffering',
        severity: 'error',
        path: 'courses.offerings[0].studiepoeng',
      },
    ]);
    expect(over[0]?.message.nb).toContain('gir 15,5 studiepoeng. Maks er 15 per emne.');
    expect(over[0]?.citation.nb).toBe('Hvert emne kan gi høyst 15 studiepoeng.');
  });

  it('R21: licences are forbidden there, not conditional', () => {
    const findings = findingsWith([
      {
        op: 'add',
        path: '/content/budget/lines/-',
        value: {
          id: 'b3',
          category: 'licences',
          phase: 'delivery',
          year: 2023,
          amountNok: 10_000,
          description: 'Lisens',
          justification: 'Trengs.',
        },
      },
      { op: 'replace', path: '/content/budget/financing/0/amountNok', value: 810_000 },
    ]);
    expect(only(findings)).toEqual([
      { ruleId: 'forbiddenCostCategory', severity: 'error', path: 'budget.lines[2].category' },
    ]);
  });

  it('R22: its pot is 5 000 000 kr', () => {
    const findings = findingsWith([
      { op: 'replace', path: '/content/budget/lines/1/amountNok', value: 4_700_001 },
      { op: 'replace', path: '/content/budget/financing/0/amountNok', value: 5_000_001 },
    ]);
    expect(only(findings)).toEqual([
      { ruleId: 'grantWithinPot', severity: 'error', path: 'budget.financing[0].amountNok' },
    ]);
    expect(findings[0]?.message.nb).toContain('5\u00a0000\u00a0000\u00a0kr');
  });

  it('R4: only universities may apply there', () => {
    const findings = findingsWith([
      { op: 'replace', path: '/institution/category', value: 'akkreditert_hoyskole' },
    ]);
    expect(only(findings)).toEqual([
      { ruleId: 'eligibleInstitution', severity: 'error', path: 'applicant' },
    ]);
    expect(findings[0]?.message.nb).toContain('Ansvarlig søker må være et universitet.');
  });
});
