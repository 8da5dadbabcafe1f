/**
 * Allocatable cases written straight into the database (application, submitted snapshot with its
 * budget lines, case, consensus), for allocation tests and the allocation benchmark: fast and
 * deterministic. The real path to a consensus is covered by the case tests.
 */
import { randomUUID } from 'node:crypto';
import { canonicalJson } from '../../src/domain/audit/canonical-json.js';
import type { CallDefinition } from '../../src/domain/call/call-schema.js';
import type { Recommendation } from '../../src/domain/cases/assessment-content.js';
import { caseSearchText } from '../../src/domain/cases/case-facts.js';
import { caseNumberOf } from '../../src/server/services/cases/intake.js';
import type { Db } from '../../src/store/create-store.js';
import type {
  ApplicationRow,
  CaseConsensusRow,
  CaseFileRow,
  SubmissionRow,
} from '../../src/store/database.js';

export interface SeedCase {
  appliedNok: number;
  holistic: Recommendation;
  /** The consensus score of every criterion (a whole number on the call's scale). */
  score: number;
  county: string;
  /** Index into the register's institutions (cases with the same index share one). */
  institution: number;
}

export interface SeededCase {
  caseId: string;
  caseNumber: string;
  appliedNok: number;
  /** Budget line ids and amounts in the snapshot: 60 % and 40 % of the applied amount. */
  lines: { id: string; amountNok: number }[];
}

export async function seedAllocatableCases(
  db: Db,
  call: CallDefinition,
  specs: readonly SeedCase[],
  options: { firstSeq?: number; at?: string } = {},
): Promise<SeededCase[]> {
  const institutions = await db
    .selectFrom('institution')
    .select(['orgnr', 'name'])
    .orderBy('orgnr')
    .execute();
  const user = await db.selectFrom('app_user').select('id').orderBy('id').executeTakeFirstOrThrow();
  const at = options.at ?? '2021-09-15T14:00:00.000Z';
  const first = options.firstSeq ?? 1;
  const budgetSection = call.sections.find((s) => s.kind === 'budget')?.id ?? 'budget';
  const seeded: SeededCase[] = [];
  for (let start = 0; start < specs.length; start += 200) {
    const applications: ApplicationRow[] = [];
    const submissions: SubmissionRow[] = [];
    const cases: CaseFileRow[] = [];
    const consensus: CaseConsensusRow[] = [];
    specs.slice(start, start + 200).forEach((spec, k) => {
      const i = start + k;
      const seq = first + i;
      const institution = institutions[spec.institution % institutions.length] ?? {
        orgnr: '974767880',
        name: 'NTNU',
      };
      const applicationId = randomUUID();
      const submissionId = randomUUID();
      const caseId = randomUUID();
      const receiptNumber = `${call.receiptPrefix}-A${String(seq).padStart(5, '0')}`;
      const caseNumber = caseNumberOf(call, seq);
      const a = Math.round(spec.appliedNok * 0.6);
      const lines = [
        { id: `dev-${seq}`, amountNok: a },
        { id: `del-${seq}`, amountNok: spec.appliedNok - a },
      ];
      const title = `Kompetanseløft for klynge ${seq}`;
      const snapshot = canonicalJson({
        applicationId,
        callId: call.id,
        callVersion: call.version,
        institutionOrgnr: institution.orgnr,
        institutionName: institution.name,
        versionNo: 1,
        receiptNumber,
        receivedAt: at,
        submittedBy: { userId: user.id, name: 'Test' },
        content: {
          [budgetSection]: {
            lines: lines.map((l, n) => ({
              ...l,
              category: 'personnel',
              phase: n === 0 ? 'development' : 'delivery',
              description: n === 0 ? 'Utvikling' : 'Gjennomføring',
            })),
            financing: [{ sourceId: 'grant', amountNok: spec.appliedNok }],
          },
        },
        attachments: [],
        findings: [],
      });
      applications.push({
        id: applicationId,
        call_id: call.id,
        institution_orgnr: institution.orgnr,
        status: 'submitted',
        created_at: at,
        created_by: user.id,
        updated_at: at,
        updated_by: user.id,
      });
      submissions.push({
        id: submissionId,
        application_id: applicationId,
        call_id: call.id,
        version_no: 1,
        receipt_seq: seq,
        receipt_number: receiptNumber,
        received_at: at,
        submitted_by: user.id,
        idempotency_key: `alloc-${seq}-${applicationId}`,
        snapshot,
        sha256: '0'.repeat(64),
        withdrawn_at: null,
        withdrawn_by: null,
      });
      cases.push({
        id: caseId,
        call_id: call.id,
        case_number: caseNumber,
        case_seq: seq,
        application_id: applicationId,
        submission_id: submissionId,
        receipt_number: receiptNumber,
        title,
        institution_orgnr: institution.orgnr,
        institution_name: institution.name,
        county: spec.county,
        grant_applied: spec.appliedNok,
        companies: 4,
        participants: 40,
        findings: 0,
        status: 'consensus_recorded',
        formal_result: 'passed',
        disagreement: 0,
        mean_score: spec.score,
        created_at: at,
        updated_at: at,
        search_text: caseSearchText({
          caseNumber,
          receiptNumber,
          title,
          institutionName: institution.name,
        }),
      });
      consensus.push({
        case_id: caseId,
        content: JSON.stringify({
          scores: Object.fromEntries(
            call.criteria.map((c) => [c.id, { score: spec.score, text: 'Samlet vurdering.' }]),
          ),
          conclusion: { recommendation: spec.holistic, text: 'Helhetsvurdering.' },
          dissent: null,
        }),
        version: 1,
        recorded_by: user.id,
        recorded_at: at,
      });
      seeded.push({ caseId, caseNumber, appliedNok: spec.appliedNok, lines });
    });
    await db.transaction().execute(async (tx) => {
      await tx.insertInto('application').values(applications).execute();
      await tx.insertInto('submission').values(submissions).execute();
      await tx.insertInto('case_file').values(cases).execute();
      await tx.insertInto('case_consensus').values(consensus).execute();
    });
  }
  return seeded;
}

export const COUNTIES = [
  'Trøndelag',
  'Vestland',
  'Møre og Romsdal',
  'Nordland',
  'Rogaland',
  'Agder',
];

/** `n` cases of 1–2.5 MNOK in six counties, each its own institution when the register allows. */
export function variedCases(n: number): SeedCase[] {
  return Array.from({ length: n }, (_, i) => ({
    appliedNok: 1_000_000 + ((i * 370_000) % 1_500_001),
    holistic: i % 9 === 8 ? 'do_not_fund' : i % 4 === 3 ? 'fund_partly' : 'fund',
    score: 7 - (i % 5),
    county: COUNTIES[i % COUNTIES.length] ?? 'Agder',
    institution: i,
  }));
}
