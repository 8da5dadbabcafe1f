/**
 * Shapes of the decisions API (R28, R29) as the web client sees them. The server's Zod schemas
 * (src/server/routes/decisions/schema.ts) answer with exactly these shapes.
 *
 * Officer and leader (action in brackets):
 *   GET  /api/calls/:callId/decisions                      [decision.read]    → DecisionList
 *   POST /api/calls/:callId/decisions/prepare              [decision.prepare] body {} → 202 DecisionJob
 *        Drafts a decision for every case of the approved allocation (and every case the formal
 *        check rejected) that has none yet, as a durable background job; 409 `decision_no_approved_allocation`.
 *   GET  /api/decision-jobs/:jobId                         [decision.read]    → DecisionJob (progress)
 *   GET  /api/decisions/:decisionId                        [decision.read]    → DecisionDetail
 *   PUT  /api/decisions/:decisionId/reasons                [decision.prepare]
 *        body ReasonsChangeBody → DecisionDetail (drafted only; 409 `decision_changed` with
 *        `current: DecisionDetail` when another save came first; 422 naming an empty part/line)
 *   POST /api/decisions/:decisionId/approve                [decision.approve] body {} → DecisionDetail
 *        (409 `decision_four_eyes` when the leader drafted it themself)
 *   POST /api/calls/:callId/decisions/approve              [decision.approve]
 *        body { decisionIds: string[] } → BulkAnswer
 *   POST /api/calls/:callId/decisions/issue                [decision.issue]   body {} → 202 DecisionJob
 *        Issues every approved decision: letter dated, rendered (PDF/A, hashed, stored), e-mailed
 *        through the outbox in the same transaction, shown to the institution.
 *   GET  /api/decisions/:decisionId/letter.pdf?lang=nb|nn|en [decision.read] → the stored PDF
 *        (the language copy: nb/nn as sent; en a courtesy copy rendered on request)
 *   GET  /api/calls/:callId/appeals                        [appeal.read]      → AppealSummary[]
 *   GET  /api/appeals/:appealId                            [appeal.read]      → AppealDetail
 *   GET  /api/appeals/:appealId/files/:fileId              [appeal.read]      → the file
 *   POST /api/appeals/:appealId/preliminary-reply          [appeal.handle]
 *        body { text, expectedBy: 'YYYY-MM-DD' } → AppealDetail (e-mailed to the party)
 *   POST /api/appeals/:appealId/forward                    [appeal.handle]
 *        body { summary } → AppealDetail (decision upheld by the deciding body, sent on)
 *   POST /api/appeals/:appealId/reconsider                 [appeal.handle]
 *        body { outcome: 'innvilget' | 'delvis_innvilget', grantNok, reason } → AppealDetail
 *        (a new drafted decision replacing the old, through the same four eyes, within the pot)
 *   POST /api/appeals/:appealId/settle                     [appeal.handle]
 *        body { result: 'upheld' | 'changed' | 'quashed', text } → AppealDetail (the appeal body's
 *        outcome, told to the party)
 *
 * Applicant (own institution only):
 *   GET  /api/applications/:applicationId/decision         [decision.own.read] → OwnDecision | 404
 *   GET  /api/applications/:applicationId/decision/letter.pdf [decision.own.read] → PDF
 *   POST /api/applications/:applicationId/decision/appeal/files [appeal.file]
 *        multipart, one file in the field `file` → 201 AppealFile (inspected and virus-scanned
 *        like an application's file; stored unfiled until the klage names it)
 *   GET  /api/applications/:applicationId/decision/appeal/files/:fileId [decision.own.read] → file
 *   POST /api/applications/:applicationId/decision/appeal  [appeal.file]
 *        body { text, fileIds? } → 201 OwnAppeal (422 `appeal_not_open` for a tilskuddsbrev; a
 *        late one is taken in and flagged, never refused; fileIds from the upload above)
 *
 * Public (no sign-in), once decisions are issued:
 *   GET  /api/public/calls/:callId/awards                  [public.read] → PublicAward[]
 *   GET  /api/public/calls/:callId/awards.csv              [public.read] → text/csv
 */
import type { DecisionOutcome } from '../../domain/decisions/outcome.js';
import type { DecisionReasons, ReasonLine } from '../../domain/decisions/reasons.js';
import type { DecisionState } from '../../domain/decisions/decision-state.js';
import type { LegalTrack } from '../../domain/decisions/legal-track.js';
import type { Locale } from './types.js';

export type { DecisionOutcome, DecisionReasons, DecisionState, LegalTrack, ReasonLine };

/** What a case gets: one of the four outcomes, or a notice of its reserve place. */
export type DecisionKind = DecisionOutcome | 'reserve';

export interface DecisionSummary {
  id: string;
  caseId: string;
  caseNumber: string;
  title: string;
  institutionName: string;
  kind: DecisionKind;
  track: LegalTrack;
  state: DecisionState;
  appliedNok: number;
  grantNok: number | null;
  reservePosition: number | null;
  /** The letter's language (the applicant's: nb or nn). */
  language: Locale;
  draftedBy: string;
  approvedBy: string | null;
  issuedAt: string | null;
  version: number;
}

export interface DecisionList {
  callId: string;
  approvedScenarioId: string | null;
  decisions: DecisionSummary[];
  /** Cases of the approved allocation still without a decision. */
  missing: number;
  counts: Record<DecisionState, number>;
  /** The job preparing or issuing decisions, while one runs. */
  job: DecisionJob | null;
}

export interface DecisionJob {
  id: string;
  kind: 'prepare' | 'issue';
  state: 'queued' | 'running' | 'done' | 'failed';
  done: number;
  total: number;
  error: string | null;
}

export interface DecisionHistoryItem {
  at: string;
  by: string;
  action:
    | 'drafted'
    | 'reasons_edited'
    | 'approved'
    | 'issued'
    | 'appealed'
    | 'forwarded'
    | 'reconsidered'
    | 'settled';
  comment: string | null;
}

export interface DecisionDetail extends DecisionSummary {
  reasons: DecisionReasons;
  /** SHA-256 of the stored letter (issued only). */
  letterSha256: string | null;
  /** The last day to appeal in Oslo time (enkeltvedtak, issued), ISO instant. */
  appealDeadline: string | null;
  history: DecisionHistoryItem[];
  appealId: string | null;
}

export interface ReasonsChangeBody {
  baseVersion: number;
  reasons: DecisionReasons;
}

export interface BulkAnswer {
  done: string[];
  refused: { decisionId: string; code: string; message: string }[];
}

export type AppealState =
  'received' | 'preliminary_reply_sent' | 'reconsidered' | 'forwarded' | 'settled';

export interface AppealSummary {
  id: string;
  decisionId: string;
  caseNumber: string;
  institutionName: string;
  receivedAt: string;
  /** Filed after the deadline: taken in, flagged with its date. */
  late: boolean;
  state: AppealState;
}

/** A file sent with a klage. */
export interface AppealFile {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  scanState: 'pending' | 'clean' | 'infected' | 'failed' | 'not_scanned';
  uploadedAt: string;
}

export interface AppealDetail extends AppealSummary {
  text: string;
  files: AppealFile[];
  filedBy: string;
  deadline: string;
  preliminaryReply: { text: string; expectedBy: string; sentAt: string } | null;
  forwardSummary: string | null;
  result: { result: 'upheld' | 'changed' | 'quashed'; text: string; at: string } | null;
}

export interface OwnDecision {
  decisionId: string;
  caseNumber: string;
  kind: DecisionKind;
  track: LegalTrack;
  grantNok: number | null;
  reservePosition: number | null;
  issuedAt: string;
  letterSha256: string;
  appealDeadline: string | null;
  /** Whether a klage can be filed now (enkeltvedtak, none filed yet). */
  canAppeal: boolean;
  /** What may be attached to a klage: the call's limits. */
  appealFileLimits: { allowedTypes: string[]; maxBytes: number; maxFiles: number };
  appeal: OwnAppeal | null;
}

export interface OwnAppeal {
  id: string;
  receivedAt: string;
  late: boolean;
  state: AppealState;
  files: AppealFile[];
}

export interface PublicAward {
  institutionName: string;
  institutionOrgnr: string;
  projectTitle: string;
  caseNumber: string;
  grantNok: number;
  county: string | null;
  issuedAt: string;
}
