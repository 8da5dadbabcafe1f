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

export type ClockJumpId =
  'before-open' | 'open' | 'last-hour' | 'after-deadline' | 'assessment-done' | 'decisions-issued';

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
  /** Extensions some problems carry: the colleague's version on a conflict, blocking findings. */
  current?: unknown;
  findings?: unknown;
}

export type { CallFormView } from '../../server/routes/calls/form-routes.js';

export interface EligibleInstitution {
  orgnr: string;
  name: string;
  category: string;
  eligibility: { callId: string; eligible: boolean; reasons: string[] }[];
}

export interface ApplicationSummary {
  id: string;
  callId: string;
  institution: Institution;
  title: string | null;
  status: string;
  updatedAt: string;
  updatedBy: { name: string };
}

export interface Finding {
  ruleId: string;
  requirementId: string;
  severity: 'error' | 'warning';
  /** `<section id>.<path in the section>`, e.g. `offerings.offerings[0].studiepoeng`. */
  path: string;
  message: Localized;
  citation: Localized;
}

export interface SectionState {
  id: string;
  kind: string;
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
  current: boolean;
}

export interface ApplicationView {
  id: string;
  callId: string;
  institution: Institution;
  status: string;
  updatedAt: string;
  updatedBy: { name: string };
  deadline: string;
  editable: boolean;
  sections: SectionState[];
  findings: Finding[];
  submissions: SubmissionSummary[];
}

export interface SavedSection {
  sectionId: string;
  version: number;
  updatedAt: string;
  findings: Finding[];
}

export interface Receipt {
  submissionId: string;
  applicationId: string;
  versionNo: number;
  receiptNumber: string;
  receivedAt: string;
  receivedAtOslo: string;
  sha256: string;
}

export type CompanyLookup =
  | {
      status: 'found';
      stale: boolean;
      company: {
        orgnr: string;
        name: string;
        industryCode: string | null;
        municipalityNumber: string | null;
        municipalityName: string | null;
        county: string | null;
        employees: number | null;
      };
    }
  | { status: 'not-found' }
  | { status: 'unavailable' };

/** What a 409 edit_conflict carries: the colleague's saved version. */
export interface ConflictCurrent {
  version: number;
  content: unknown;
  updatedAt: string;
  /** `self`: the same person saved it, in another window or tab. */
  updatedBy: { name: string; self?: boolean };
}

/** A patch save's answer: the section as stored, merged with any save since its base version. */
export interface PatchedSection extends SavedSection {
  content: unknown;
  mergedOver: number | null;
  mergedWith: { name: string; self: boolean; updatedAt: string } | null;
}
