/**
 * A person's own personal data as one JSON document (GDPR art. 15, docs/adr/0024): who they are,
 * what they may do, what they wrote (their section edits, submissions, uploads, assessments), the
 * invitations about them, the audit events they acted in and the e-mail sent to them. Only ever
 * the signed-in person's own: the route takes no id. The download is itself recorded.
 */
import type { Principal } from '../../../domain/access/roles.js';
import { recordAuditEvent } from '../../../store/repositories/audit.repository.js';
import {
  EXPORT_LIMIT,
  readPersonalData,
} from '../../../store/repositories/privacy-export.repository.js';
import type { AppContext } from '../../context.js';

function parsed(json: string): unknown {
  return JSON.parse(json) as unknown;
}

export async function exportPersonalData(
  ctx: Pick<AppContext, 'store' | 'clock'>,
  principal: Principal,
) {
  const now = ctx.clock.now();
  const rows = await readPersonalData(ctx.store.db, principal.userId);
  const document = {
    kind: 'tilskudd.personal-data',
    generatedAt: now.toISOString(),
    limitPerList: EXPORT_LIMIT,
    profile: {
      id: rows.user.id,
      subject: rows.user.subject,
      name: rows.user.name,
      email: rows.user.email,
      createdAt: rows.user.created_at,
      lastLoginAt: rows.user.last_login_at,
    },
    roles: rows.roles.map((r) => ({
      role: r.role,
      institutionOrgnr: r.institution_orgnr,
      grantedAt: r.granted_at,
    })),
    affiliations: rows.affiliations.map((a) => ({
      orgnr: a.orgnr,
      orgName: a.org_name,
      role: a.role,
      createdAt: a.created_at,
    })),
    sessions: rows.sessions.map((s) => ({
      createdAt: s.created_at,
      lastSeenAt: s.last_seen_at,
      expiresAt: s.expires_at,
    })),
    apiTokens: rows.apiTokens.map((a) => ({
      label: a.label,
      createdAt: a.created_at,
      expiresAt: a.expires_at,
    })),
    invitations: rows.invitations.map((i) => ({
      id: i.id,
      institutionOrgnr: i.institution_orgnr,
      email: i.email,
      invitedByYou: i.invited_by === principal.userId,
      acceptedByYou: i.accepted_by === principal.userId,
      createdAt: i.created_at,
      expiresAt: i.expires_at,
      acceptedAt: i.accepted_at,
      revokedAt: i.revoked_at,
    })),
    applicationEdits: rows.edits.map((e) => ({
      applicationId: e.application_id,
      callId: e.call_id,
      institutionOrgnr: e.institution_orgnr,
      status: e.status,
      sectionId: e.section_id,
      version: e.version,
      savedAt: e.saved_at,
      content: parsed(e.content),
    })),
    submissions: rows.submissions.map((s) => ({
      applicationId: s.application_id,
      callId: s.call_id,
      receiptNumber: s.receipt_number,
      receivedAt: s.received_at,
      withdrawnAt: s.withdrawn_at,
    })),
    attachments: rows.attachments.map((a) => ({
      applicationId: a.application_id,
      kind: a.kind,
      fileName: a.file_name,
      mediaType: a.media_type,
      sizeBytes: Number(a.size_bytes),
      sha256: a.sha256,
      uploadedAt: a.uploaded_at,
    })),
    assessments: rows.assessments.map((a) => ({
      caseId: a.case_id,
      status: a.status,
      updatedAt: a.updated_at,
      submittedAt: a.submitted_at,
      content: parsed(a.content),
    })),
    auditEvents: rows.events.map((e) => ({
      id: e.id,
      at: e.occurred_at,
      action: e.action,
      entityType: e.entity_type,
      entityId: e.entity_id,
      detail: parsed(e.detail),
    })),
    emails: rows.mail.map((m) => ({
      topic: m.topic,
      locale: m.locale,
      to: m.to_address,
      subject: m.subject,
      text: m.text_body,
      state: m.state,
      createdAt: m.created_at,
      sentAt: m.sent_at,
    })),
  };
  await recordAuditEvent(ctx.store.db, {
    actor: principal,
    action: 'privacy.personal-data-downloaded',
    entityType: 'user',
    entityId: principal.userId,
    detail: {},
    at: now,
  });
  return document;
}
