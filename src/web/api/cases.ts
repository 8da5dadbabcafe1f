/**
 * The case-handling API (officer, leader, assessor, admin) as typed calls over the one client, so
 * CSRF and problem+json → ApiError work as everywhere else. Shapes and endpoints: case-types.ts.
 */
import { get, post, send } from './client.js';
import type { Locale } from './types.js';
import type {
  AffiliationBody,
  AssessmentContent,
  AssignBody,
  Assessor,
  AssignmentWorkspace,
  CaseDetail,
  CaseListPage,
  CaseListQuery,
  ConsensusBody,
  DeclarationBody,
  FindingDecisionBody,
  IntakeStatus,
  MyAssignment,
  NotSubmittedItem,
  PanelView,
} from './case-types.js';

const enc = encodeURIComponent;

/** The query string of a case list query; repeated `status`, empty values left out. */
export function caseQueryString(query: CaseListQuery): string {
  const params = new URLSearchParams();
  for (const status of query.status ?? []) params.append('status', status);
  const scalar: (keyof CaseListQuery)[] = [
    'institution',
    'county',
    'minGrant',
    'maxGrant',
    'minCompanies',
    'maxCompanies',
    'minParticipants',
    'maxParticipants',
    'hasFindings',
    'disagreement',
    'q',
    'sort',
    'dir',
    'page',
    'pageSize',
  ];
  for (const key of scalar) {
    const value = query[key];
    if (value === undefined || value === '' || Array.isArray(value)) continue;
    params.set(key, String(value));
  }
  return params.toString();
}

function withQuery(path: string, query: CaseListQuery): string {
  const qs = caseQueryString(query);
  return qs ? `${path}?${qs}` : path;
}

async function put<T>(path: string, body: unknown): Promise<T> {
  return (await send<T>('PUT', path, body)).value;
}

async function remove<T>(path: string): Promise<T> {
  return (await send<T>('DELETE', path)).value;
}

export const casesApi = {
  intake: (callId: string) => get<IntakeStatus>(`/api/calls/${enc(callId)}/intake`),
  listCases: (callId: string, query: CaseListQuery) =>
    get<CaseListPage>(withQuery(`/api/calls/${enc(callId)}/cases`, query)),
  notSubmitted: (callId: string) =>
    get<NotSubmittedItem[]>(`/api/calls/${enc(callId)}/cases/not-submitted`),
  /** Links, not fetches: the browser downloads the file with the session cookie. */
  /** The file's headings follow the language chosen in the app, not the browser's. */
  exportHref: (callId: string, format: 'xlsx' | 'csv', query: CaseListQuery, lang: Locale) => {
    const path = withQuery(`/api/calls/${enc(callId)}/cases/export.${format}`, {
      ...query,
      page: undefined,
      pageSize: undefined,
    });
    return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
  },
  panel: (callId: string) => get<PanelView>(`/api/calls/${enc(callId)}/panel`),
  getCase: (caseId: string) => get<CaseDetail>(`/api/cases/${enc(caseId)}`),
  decideFinding: (caseId: string, findingKey: string, body: FindingDecisionBody) =>
    put<CaseDetail>(`/api/cases/${enc(caseId)}/findings/${enc(findingKey)}`, body),
  completeFormalCheck: (caseId: string) =>
    post<CaseDetail>(`/api/cases/${enc(caseId)}/formal-check/complete`),
  assign: (caseId: string, body: AssignBody) =>
    post<CaseDetail>(`/api/cases/${enc(caseId)}/assignments`, body),
  unassign: (caseId: string, assignmentId: string) =>
    remove<CaseDetail>(`/api/cases/${enc(caseId)}/assignments/${enc(assignmentId)}`),
  reopenAssessment: (caseId: string, assignmentId: string, reason: string) =>
    post<CaseDetail>(`/api/cases/${enc(caseId)}/assessments/${enc(assignmentId)}/reopen`, {
      reason,
    }),
  saveConsensus: (caseId: string, body: ConsensusBody) =>
    put<CaseDetail>(`/api/cases/${enc(caseId)}/consensus`, body),
  listAssessors: () => get<Assessor[]>('/api/assessors'),
  addAffiliation: (userId: string, body: AffiliationBody) =>
    post<Assessor>(`/api/assessors/${enc(userId)}/affiliations`, body),
  removeAffiliation: (userId: string, affiliationId: string) =>
    remove<Assessor>(`/api/assessors/${enc(userId)}/affiliations/${enc(affiliationId)}`),
  myAssignments: () => get<MyAssignment[]>('/api/assessor/assignments'),
  declare: (assignmentId: string, body: DeclarationBody) =>
    post<MyAssignment>(`/api/assessor/assignments/${enc(assignmentId)}/declaration`, body),
  workspace: (assignmentId: string) =>
    get<AssignmentWorkspace>(`/api/assessor/assignments/${enc(assignmentId)}`),
  saveAssessment: (assignmentId: string, content: AssessmentContent) =>
    put<AssignmentWorkspace>(`/api/assessor/assignments/${enc(assignmentId)}/assessment`, content),
  /** The whole assessment goes with the submission, so what is checked is what was on screen. */
  submitAssessment: (assignmentId: string, content: AssessmentContent) =>
    post<AssignmentWorkspace>(
      `/api/assessor/assignments/${enc(assignmentId)}/assessment/submit`,
      content,
    ),
};

/** Links to the documents of a submission (officer and leader). */
export const submissionDocs = {
  copy: (submissionId: string) => `/api/submissions/${enc(submissionId)}/copy.pdf`,
  receipt: (submissionId: string) => `/api/submissions/${enc(submissionId)}/receipt.pdf`,
  attachment: (submissionId: string, attachmentId: string) =>
    `/api/submissions/${enc(submissionId)}/attachments/${enc(attachmentId)}`,
};
