/**
 * The one way the web app talks to the server. Same-origin cookies carry the session; every
 * state-changing request carries the CSRF token from the session answer; errors arrive as
 * application/problem+json and become ApiError, with title and detail already in the user's language.
 */
import type { ScanState } from '../../domain/virus-scan/scan-state.js';
import type {
  ApplicationSummary,
  ApplicationView,
  AuthenticatedSession,
  CallFormView,
  CompanyLookup,
  EligibleInstitution,
  Receipt,
  PatchedSection,
  SavedSection,
  SubmissionSummary,
  CallSummary,
  ClockJumpRequest,
  ClockView,
  FieldError,
  Locale,
  LogoutAnswer,
  ProblemDetails,
  PublicCallView,
  SessionView,
} from './types.js';
import type { FieldChange } from '../../domain/application/section-merge.js';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly requestId: string | undefined;
  readonly problem: ProblemDetails;

  constructor(status: number, problem: ProblemDetails) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code ?? (status === 0 ? 'network_error' : `http_${status}`);
    this.title = problem.title ?? '';
    this.detail = problem.detail;
    this.errors = problem.errors;
    this.requestId = problem.requestId;
    this.problem = problem;
  }
}

/** An answer together with the server's wall clock from the Date header (ms), when it sent one. */
export interface Dated<T> {
  value: T;
  serverDate: number | null;
  receivedAt: number;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type MutationListener = (path: string) => void;

let csrfToken: string | null = null;
let language: Locale = 'nb';
const mutationListeners = new Set<MutationListener>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setApiLanguage(locale: Locale): void {
  language = locale;
}

/**
 * Called after every successful state-changing request: the server extends the session on each
 * use, so the session holder re-reads it to keep the idle warning honest.
 */
export function onMutation(listener: MutationListener): () => void {
  mutationListeners.add(listener);
  return () => mutationListeners.delete(listener);
}

function isProblem(value: unknown): value is ProblemDetails {
  return typeof value === 'object' && value !== null;
}

export async function send<T>(
  method: Method,
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<Dated<T>> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': language,
    ...extraHeaders,
  };
  const isForm = body instanceof FormData;
  // The browser sets the multipart boundary itself for a FormData body.
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, {});
  }

  const contentType = response.headers.get('Content-Type') ?? '';
  const isJson = /application\/(problem\+)?json/.test(contentType);
  const parsed: unknown = isJson ? await response.json().catch(() => null) : null;

  if (!response.ok) {
    throw new ApiError(response.status, isProblem(parsed) ? parsed : {});
  }
  if (method !== 'GET') for (const listener of mutationListeners) listener(path);

  const date = response.headers.get('Date');
  const serverDate = date ? Date.parse(date) : NaN;
  return {
    value: parsed as T,
    serverDate: Number.isNaN(serverDate) ? null : serverDate,
    receivedAt: Date.now(),
  };
}

export async function get<T>(path: string): Promise<T> {
  return (await send<T>('GET', path)).value;
}

export async function post<T>(path: string, body?: unknown): Promise<T> {
  return (await send<T>('POST', path, body)).value;
}

export const api = {
  listCalls: () => get<CallSummary[]>('/api/calls'),
  getCall: (callId: string) => get<PublicCallView>(`/api/calls/${encodeURIComponent(callId)}`),
  getSession: () => send<SessionView>('GET', '/api/session'),
  keepAlive: () => send<AuthenticatedSession>('POST', '/api/session/keepalive'),
  logout: () => post<LogoutAnswer>('/auth/logout'),
  getClock: () => send<ClockView>('GET', '/api/clock'),
  setClock: (request: ClockJumpRequest) => send<ClockView>('POST', '/api/admin/clock', request),
  getCallForm: (callId: string) =>
    get<CallFormView>(`/api/calls/${encodeURIComponent(callId)}/form`),
  listMyInstitutions: () => get<EligibleInstitution[]>('/api/institutions/mine'),
  listApplications: (callId?: string) =>
    get<ApplicationSummary[]>(
      callId ? `/api/applications?callId=${encodeURIComponent(callId)}` : '/api/applications',
    ),
  createApplication: (callId: string, institutionOrgnr: string) =>
    post<{ id: string }>('/api/applications', { callId, institutionOrgnr }),
  getApplication: (id: string) => get<ApplicationView>(`/api/applications/${id}`),
  saveSection: async (id: string, sectionId: string, version: number, content: unknown) =>
    (
      await send<SavedSection>(
        'PUT',
        `/api/applications/${id}/sections/${encodeURIComponent(sectionId)}`,
        content,
        { 'If-Match': `"${version}"` },
      )
    ).value,
  /** What an edit changed since `version`, each field with its old value (ADR 0012). */
  patchSection: async (id: string, sectionId: string, version: number, changes: FieldChange[]) =>
    (
      await send<PatchedSection>(
        'PATCH',
        `/api/applications/${id}/sections/${encodeURIComponent(sectionId)}`,
        { changes },
        { 'If-Match': `"${version}"` },
      )
    ).value,
  /** No body: the server snapshots what is stored. The same key on a retry returns the same receipt. */
  submitApplication: async (id: string, idempotencyKey: string) =>
    (
      await send<Receipt>('POST', `/api/applications/${id}/submissions`, undefined, {
        'Idempotency-Key': idempotencyKey,
      })
    ).value,
  withdrawApplication: (id: string) => post<ApplicationView>(`/api/applications/${id}/withdrawal`),
  listSubmissions: (id: string) => get<SubmissionSummary[]>(`/api/applications/${id}/submissions`),
  /** Multipart: the field `kind` first, then the file, as the upload route reads them in order. */
  /** Every uploaded file of the application with its virus-scan state. */
  listAttachments: (id: string) =>
    get<{ id: string; scan: { state: ScanState; message: string } }[]>(
      `/api/applications/${id}/attachments`,
    ),
  uploadAttachment: (id: string, kind: string, file: File) => {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file, file.name);
    return post<unknown>(`/api/applications/${id}/attachments`, form);
  },
  lookupCompany: (orgnr: string) => get<CompanyLookup>(`/api/companies/${orgnr}`),
};

/** Paths whose answers already carry the fresh session (or end it): no re-read needed after them. */
export const SESSION_PATHS: readonly string[] = ['/api/session/keepalive', '/auth/logout'];
