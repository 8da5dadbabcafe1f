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
  'institution.people.read': 'applicant (own institutions only): who has access, open invitations',
  'institution.invite': 'applicant (own institutions only): invite or revoke a colleague',
  'case.list': 'officer, leader: the cases of a call, drafts not submitted, the panel view',
  'case.read': 'officer, leader: one case with its assessments and consensus',
  'case.formal-check': 'officer: confirm or overrule findings (R23)',
  'case.assign': 'officer: assign or remove assessors, override a conflict with a reason (R26)',
  'case.assessment.reopen': 'officer: reopen a submitted assessment',
  'case.consensus': 'officer: record consensus, conclusion and dissent',
  'case.export': 'officer, leader: the case list as XLSX or CSV',
  'allocation.read': 'officer, leader: the allocation workspace, scenarios, comparisons (R27)',
  'allocation.edit': 'officer: create, copy and change scenarios, run the optimiser',
  'allocation.propose': 'officer: propose a scenario as the allocation (innstilling)',
  'allocation.approve': 'leader: approve a proposed allocation or return it with a comment',
  'allocation.export': 'officer, leader: a scenario as XLSX',
  'decision.read':
    'officer, leader: decisions of a call, one decision, its letter, job progress (R28)',
  'decision.prepare': 'officer: draft decisions from the approved allocation, edit their reasons',
  'decision.approve': 'leader: approve a drafted decision (never their own draft)',
  'decision.issue': 'officer, leader: issue approved decisions (letters dated, stored, e-mailed)',
  'decision.own.read': 'applicant (own institutions only): the issued decision and its letter',
  'appeal.read': 'officer, leader: appeals (klager) of a call and one appeal',
  'appeal.handle':
    "officer: preliminary reply, forward, reconsider, record the appeal body's result",
  'appeal.file': 'applicant (own institutions only, enkeltvedtak only): file a klage',
  'journal.read': 'officer, leader: the journal with full titles, screening and requests (R32)',
  'journal.screen': "officer: screen an entry's title words or document under a legal basis",
  'grant.own.read': 'applicant (own institutions only): the grant, its acceptance and payment plan',
  'grant.answer': 'applicant (own institutions only): accept or decline an issued grant in time',
  'grant.read': 'officer, leader: grants of a call with acceptance, due and paid, the payments CSV',
  'payment.record': 'officer: record a payment on an accepted grant (never past the grant)',
  'assessor.list': 'officer, admin: assessors with their affiliations',
  'assessor.manage': 'admin: register affiliations of assessors',
  'audit.verify': 'admin: verify the audit trail, see the last verification',
  'mailbox.read': 'admin: the dev mailbox, every e-mail the embedded SMTP server received',
  'me.personal-data': 'any signed-in user: a download of their own personal data (GDPR art. 15)',
  'person.list': 'admin: people with their roles, to find one whose data is to be erased',
  'person.erase': "admin: erase a person's personal data, with a reason (GDPR art. 17)",
  'assessment.list-own': 'assessor: their own assignments',
  'assessment.declare': 'assessor (own assignments only): the § 6 declaration',
  'assessment.read-own': 'assessor (own, declared, conflict-free assignments only)',
  'assessment.write': 'assessor (own, declared, conflict-free assignments only)',
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
  'institution.people.read': ['applicant'],
  'institution.invite': ['applicant'],
  'case.list': ['officer', 'leader'],
  'case.read': ['officer', 'leader'],
  'case.formal-check': ['officer'],
  'case.assign': ['officer'],
  'case.assessment.reopen': ['officer'],
  'case.consensus': ['officer'],
  'case.export': ['officer', 'leader'],
  'allocation.read': ['officer', 'leader'],
  'allocation.edit': ['officer'],
  'allocation.propose': ['officer'],
  'allocation.approve': ['leader'],
  'allocation.export': ['officer', 'leader'],
  'decision.read': ['officer', 'leader'],
  'decision.prepare': ['officer'],
  'decision.approve': ['leader'],
  'decision.issue': ['officer', 'leader'],
  'decision.own.read': ['applicant'],
  'appeal.read': ['officer', 'leader'],
  'appeal.handle': ['officer'],
  'appeal.file': ['applicant'],
  'journal.read': ['officer', 'leader'],
  'journal.screen': ['officer'],
  'grant.own.read': ['applicant'],
  'grant.answer': ['applicant'],
  'grant.read': ['officer', 'leader'],
  'payment.record': ['officer'],
  'assessor.list': ['officer', 'admin'],
  'assessor.manage': ['admin'],
  'audit.verify': ['admin'],
  'mailbox.read': ['admin'],
  'person.list': ['admin'],
  'person.erase': ['admin'],
  'assessment.list-own': ['assessor'],
  'assessment.declare': ['assessor'],
  'assessment.read-own': ['assessor'],
  'assessment.write': ['assessor'],
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
