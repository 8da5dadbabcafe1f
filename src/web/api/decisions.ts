/**
 * The decisions API (R28, R29) as typed calls over the one client, so CSRF, the user's language and
 * problem+json → ApiError work as everywhere else. Shapes and endpoints: decision-types.ts.
 */
import { ApiError, get, post, send } from './client.js';
import type { Locale } from './types.js';
import type {
  AppealDetail,
  AppealFile,
  AppealSummary,
  BulkAnswer,
  DecisionDetail,
  DecisionJob,
  DecisionList,
  OwnAppeal,
  OwnDecision,
  PublicAward,
  ReasonsChangeBody,
} from './decision-types.js';

const enc = encodeURIComponent;

export const decisionApi = {
  list: (callId: string) => get<DecisionList>(`/api/calls/${enc(callId)}/decisions`),
  prepare: (callId: string) => post<DecisionJob>(`/api/calls/${enc(callId)}/decisions/prepare`, {}),
  job: (jobId: string) => get<DecisionJob>(`/api/decision-jobs/${enc(jobId)}`),
  detail: (decisionId: string) => get<DecisionDetail>(`/api/decisions/${enc(decisionId)}`),
  saveReasons: async (decisionId: string, body: ReasonsChangeBody) =>
    (await send<DecisionDetail>('PUT', `/api/decisions/${enc(decisionId)}/reasons`, body)).value,
  approve: (decisionId: string) =>
    post<DecisionDetail>(`/api/decisions/${enc(decisionId)}/approve`, {}),
  approveMany: (callId: string, decisionIds: string[]) =>
    post<BulkAnswer>(`/api/calls/${enc(callId)}/decisions/approve`, { decisionIds }),
  issue: (callId: string) => post<DecisionJob>(`/api/calls/${enc(callId)}/decisions/issue`, {}),
  letterUrl: (decisionId: string, lang: Locale) =>
    `/api/decisions/${enc(decisionId)}/letter.pdf?lang=${lang}`,
};

export const appealApi = {
  list: (callId: string) => get<AppealSummary[]>(`/api/calls/${enc(callId)}/appeals`),
  detail: (appealId: string) => get<AppealDetail>(`/api/appeals/${enc(appealId)}`),
  preliminaryReply: (appealId: string, text: string, expectedBy: string) =>
    post<AppealDetail>(`/api/appeals/${enc(appealId)}/preliminary-reply`, { text, expectedBy }),
  forward: (appealId: string, summary: string) =>
    post<AppealDetail>(`/api/appeals/${enc(appealId)}/forward`, { summary }),
  reconsider: (
    appealId: string,
    body: { outcome: 'innvilget' | 'delvis_innvilget'; grantNok: number; reason: string },
  ) => post<AppealDetail>(`/api/appeals/${enc(appealId)}/reconsider`, body),
  fileUrl: (appealId: string, fileId: string) =>
    `/api/appeals/${enc(appealId)}/files/${enc(fileId)}`,
  settle: (appealId: string, body: { result: 'upheld' | 'changed' | 'quashed'; text: string }) =>
    post<AppealDetail>(`/api/appeals/${enc(appealId)}/settle`, body),
};

export const ownDecisionApi = {
  /** The issued decision of the application; null while there is none (the server's 404). */
  get: async (applicationId: string): Promise<OwnDecision | null> => {
    try {
      return await get<OwnDecision>(`/api/applications/${enc(applicationId)}/decision`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) return null;
      throw e;
    }
  },
  letterUrl: (applicationId: string) =>
    `/api/applications/${enc(applicationId)}/decision/letter.pdf`,
  appeal: (applicationId: string, text: string, fileIds: string[]) =>
    post<OwnAppeal>(`/api/applications/${enc(applicationId)}/decision/appeal`, { text, fileIds }),
  /** Multipart, one file in the field `file`: stored unfiled until the klage names it. */
  uploadAppealFile: (applicationId: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return post<AppealFile>(`/api/applications/${enc(applicationId)}/decision/appeal/files`, form);
  },
  appealFileUrl: (applicationId: string, fileId: string) =>
    `/api/applications/${enc(applicationId)}/decision/appeal/files/${enc(fileId)}`,
};

export const publicAwardsApi = {
  list: (callId: string) => get<PublicAward[]>(`/api/public/calls/${enc(callId)}/awards`),
  jsonUrl: (callId: string) => `/api/public/calls/${enc(callId)}/awards`,
  csvUrl: (callId: string) => `/api/public/calls/${enc(callId)}/awards.csv`,
};
