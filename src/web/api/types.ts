/**
 * Shapes of the API's answers as the web client sees them. The public call view and the call list
 * are owned by the domain (src/domain/call/public-view.ts) and imported from there.
 */
export type { CallSummary, PublicCallView } from '../../domain/call/public-view.js';

export type Locale = 'nb' | 'nn' | 'en';

export interface Localized {
  nb: string;
  nn: string;
  en: string;
}

export type CallPhase = 'unpublished' | 'published' | 'open' | 'closed';

export type Role = 'applicant' | 'officer' | 'assessor' | 'leader' | 'admin';

export interface Institution {
  orgnr: string;
  name: string;
}

export interface RoleGrant {
  role: Role;
  institution: Institution | null;
}

export interface SessionUser {
  id: string;
  name: string;
  email: string | null;
}

export interface AuthenticatedSession {
  authenticated: true;
  user: SessionUser;
  roles: RoleGrant[];
  csrfToken: string;
  idleTimeoutSeconds: number;
  /** ISO instant at which the server ends the session unless it is used again. */
  expiresAt: string;
}

export type SessionView = { authenticated: false } | AuthenticatedSession;

export type ClockJumpId = 'before-open' | 'open' | 'last-hour' | 'after-deadline';

export interface ClockJump {
  callId: string;
  id: ClockJumpId;
  /** ISO instant the clock is set to by this jump. */
  at: string;
}

export interface ClockView {
  /** The server's now, ISO instant; simulated in demo mode. */
  now: string;
  simulated: boolean;
  jumps: ClockJump[];
}

export type ClockJumpRequest = { at: string } | { callId: string; phase: ClockJumpId };

export interface LogoutAnswer {
  redirectTo: string;
}

export interface FieldError {
  path: string;
  message: string;
}

/** RFC 9457 problem details as the server sends them. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  requestId?: string;
  errors?: FieldError[];
}
