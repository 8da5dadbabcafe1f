/** The audit trail's verification (admin): the last result and a run on request. */
import { get, post } from './client.js';

/** One finding of a verification, as the API reports it (kind and what is known of it). */
export type AuditFinding = { kind: string } & Record<string, unknown>;

export interface AuditVerification {
  id: string;
  startedAt: string;
  finishedAt: string;
  runBy: string;
  report: {
    ok: boolean;
    events: number;
    head: { seq: number; hash: string } | null;
    firstBroken: AuditFinding | null;
    brokenLinks: number;
    problems: AuditFinding[];
    checkpointProblems: AuditFinding[];
    warnings: AuditFinding[];
    stored: { submissions: number; files: number; problems: AuditFinding[] };
    checkpoints: {
      database: number;
      file: number;
      matched: number;
      latest: { at: string; seq: number } | null;
    };
  };
}

export interface AuditStatus {
  last: AuditVerification | null;
  key: { id: string };
  checkpointMinutes: number;
}

const url = '/api/admin/audit/verification';

export const auditApi = {
  status: () => get<AuditStatus>(url),
  verify: () => post<AuditStatus>(url, {}),
};
