/**
 * The one policy module: every route names an action, and this table decides who may take it.
 * Resource-level checks (an applicant reads only their own institution's applications) take the
 * resource's owner and answer the same way. Tests call every route as every role against this.
 */
import { hasRole, institutionsOf, type Principal, type Role } from './roles.js';

/** Every action, with who may take it in words (the role matrix test prints these). */
export const actions = {
  'public.read': 'anyone, signed in or not',
  'session.read': 'anyone (answers whether signed in)',
  'session.keepalive': 'any signed-in user',
  'session.logout': 'any signed-in user',
  'clock.read': 'anyone',
  'clock.set': 'admin',
  'me.read': 'any signed-in user',
  'institution.list': 'applicant',
  'company.lookup': 'applicant, officer',
  'application.list': 'applicant (own institutions only)',
  'application.create': 'applicant (for an institution they act for)',
  'application.read': 'applicant (own institutions only)',
  'application.update': 'applicant (own institutions only)',
  'application.submit': 'applicant (own institutions only)',
  'application.withdraw': 'applicant (own institutions only)',
  'attachment.read': 'applicant (own institutions only)',
  'attachment.upload': 'applicant (own institutions only)',
  'application.document.read': 'applicant (own institutions only): agreement, receipt, copy',
  'submission.document.read': 'officer, leader: receipt, copy and files of any submission',
} as const;

export type Action = keyof typeof actions;

/** Roles allowed for actions that need one; an action absent here is open to any signed-in user. */
const roleTable: Partial<Record<Action, readonly Role[]>> = {
  'clock.set': ['admin'],
  'institution.list': ['applicant'],
  'company.lookup': ['applicant', 'officer'],
  'application.list': ['applicant'],
  'application.create': ['applicant'],
  'application.read': ['applicant'],
  'application.update': ['applicant'],
  'application.submit': ['applicant'],
  'application.withdraw': ['applicant'],
  'attachment.read': ['applicant'],
  'attachment.upload': ['applicant'],
  'application.document.read': ['applicant'],
  'submission.document.read': ['officer', 'leader'],
};

const publicActions: ReadonlySet<Action> = new Set(['public.read', 'session.read', 'clock.read']);

export type Decision =
  { allowed: true } | { allowed: false; reason: 'unauthenticated' | 'forbidden' };

export function decide(principal: Principal | null, action: Action): Decision {
  if (publicActions.has(action)) return { allowed: true };
  if (principal === null) return { allowed: false, reason: 'unauthenticated' };
  const allowedRoles = roleTable[action];
  if (allowedRoles === undefined) return { allowed: true };
  return allowedRoles.some((r) => hasRole(principal, r))
    ? { allowed: true }
    : { allowed: false, reason: 'forbidden' };
}

/** An applicant acts for an institution only with a grant for exactly that institution. */
export function canActForInstitution(principal: Principal | null, orgnr: string): boolean {
  return institutionsOf(principal).includes(orgnr);
}
