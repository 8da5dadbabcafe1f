import type { Principal } from '../../../domain/access/roles.js';
import type { ApplicationContent } from '../../../domain/application/application.js';
import { isReceivedInTime } from '../../../domain/application/deadline.js';
import { callDeadline } from '../../../domain/call/call-phase.js';
import { evaluateFormalRules, type Finding } from '../../../domain/rules/index.js';
import { listSections } from '../../../store/repositories/applications.repository.js';
import { findUserName } from '../../../store/repositories/users.repository.js';
import { findInstitution } from '../../../store/repositories/register.repository.js';
import { listSubmissions } from '../../../store/repositories/submissions.repository.js';
import type { AppContext } from '../../context.js';
import {
  callOf,
  findAccessibleApplication,
  findAccessibleApplicationWithSections,
} from './access.js';
import { contentOf, loadRuleInput } from './load-rule-input.js';

export interface SectionState {
  id: string;
  kind: string;
  /** 0 for a section never saved; a save must name the version it was based on. */
  version: number;
  content: unknown;
  updatedAt: string | null;
  updatedBy: { name: string } | null;
}

export interface SubmissionSummary {
  id: string;
  versionNo: number;
  receiptNumber: string;
  receivedAt: string;
  sha256: string;
  withdrawnAt: string | null;
  /** The version that counts: the last one, unless withdrawn. */
  current: boolean;
}

export interface ApplicationView {
  id: string;
  callId: string;
  institution: { orgnr: string; name: string };
  status: string;
  createdAt: string;
  updatedAt: string;
  updatedBy: { name: string };
  deadline: string;
  editable: boolean;
  sections: SectionState[];
  findings: Finding[];
  submissions: SubmissionSummary[];
}

export function summariseSubmissions(
  rows: Awaited<ReturnType<typeof listSubmissions>>,
): SubmissionSummary[] {
  const last = rows.at(-1);
  return rows.map((r) => ({
    id: r.id,
    versionNo: r.version_no,
    receiptNumber: r.receipt_number,
    receivedAt: r.received_at,
    sha256: r.sha256,
    withdrawnAt: r.withdrawn_at,
    current: r === last && r.withdrawn_at === null,
  }));
}

/** The submitted versions of an application the principal may read, oldest first. */
export async function readSubmissionSummaries(
  ctx: AppContext,
  principal: Principal | null,
  id: string,
): Promise<SubmissionSummary[]> {
  const application = await findAccessibleApplication(ctx.store.db, principal, id);
  return summariseSubmissions(await listSubmissions(ctx.store.db, application.id));
}

/** The live findings of an application: its sections, the institution and the company register. */
export async function computeFindings(
  ctx: AppContext,
  application: { id: string; call_id: string; institution_orgnr: string },
): Promise<Finding[]> {
  const call = callOf(ctx, application.call_id);
  const rows = await listSections(ctx.store.db, application.id);
  const content = contentOf(call, rows);
  return evaluateFormalRules(
    await loadRuleInput(ctx.store.db, call, application.institution_orgnr, content),
  );
}

export async function readApplication(
  ctx: AppContext,
  principal: Principal | null,
  id: string,
): Promise<ApplicationView> {
  const db = ctx.store.db;
  const { application, sections: rows } = await findAccessibleApplicationWithSections(
    db,
    principal,
    id,
  );
  const call = callOf(ctx, application.call_id);
  const [institution, submissions] = await Promise.all([
    findInstitution(db, application.institution_orgnr),
    listSubmissions(db, id),
  ]);
  const content: ApplicationContent = contentOf(call, rows);
  const findings = evaluateFormalRules(
    await loadRuleInput(db, call, application.institution_orgnr, content),
  );
  return {
    id: application.id,
    callId: application.call_id,
    institution: { orgnr: application.institution_orgnr, name: institution?.name ?? '' },
    status: application.status,
    createdAt: application.created_at,
    updatedAt: application.updated_at,
    updatedBy: { name: (await findUserName(db, application.updated_by)) ?? '' },
    deadline: callDeadline(call).toISOString(),
    editable: isReceivedInTime(call, ctx.clock.now()),
    sections: call.sections.map((section) => {
      const row = rows.find((r) => r.section_id === section.id);
      return {
        id: section.id,
        kind: section.kind,
        version: row?.version ?? 0,
        content: row ? (JSON.parse(row.content) as unknown) : null,
        updatedAt: row?.updated_at ?? null,
        updatedBy: row ? { name: row.updated_by_name } : null,
      };
    }),
    findings,
    submissions: summariseSubmissions(submissions),
  };
}
