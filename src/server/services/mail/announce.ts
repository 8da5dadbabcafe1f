/**
 * The e-mails the applicant journey sends, each queued in the transaction of what it announces
 * (docs/adr/0020): the receipt of a submission and the invitation of a colleague. Texts come from
 * mail-texts.json in the reader's language.
 */
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { formatOsloDateTime, type Locale } from '../../../domain/time/oslo.js';
import type { Tx } from '../../../store/create-store.js';
import { composeMail } from './mail-texts.js';
import { queueMail } from './queue-mail.js';

/**
 * The receipt goes to the person who submitted, with a link to the receipt page: the PDF is made
 * from the stored snapshot on request and is not rendered inside the submission's transaction,
 * which holds the call's receipt counter until it commits.
 */
export async function queueReceiptMail(
  tx: Tx,
  receipt: {
    to: string;
    name: string;
    locale: Locale;
    call: CallDefinition;
    institution: string;
    applicationId: string;
    submissionId: string;
    receiptNumber: string;
    versionNo: number;
    sha256: string;
    receivedAt: Date;
    publicUrl: string;
  },
): Promise<void> {
  const { locale } = receipt;
  const mail = composeMail('receipt', locale, {
    name: receipt.name,
    institution: receipt.institution,
    callTitle: receipt.call.title[locale],
    receivedAt: formatOsloDateTime(receipt.receivedAt, locale),
    receiptNumber: receipt.receiptNumber,
    versionNo: receipt.versionNo,
    sha256: receipt.sha256,
    receiptUrl: `${receipt.publicUrl}/applications/${receipt.applicationId}/receipt`,
  });
  await queueMail(tx, {
    topic: 'receipt',
    referenceId: receipt.submissionId,
    locale,
    to: receipt.to,
    ...mail,
  });
}

/** The invitation goes to the invited address, in the inviter's language (the invitee's is not known). */
export async function queueInvitationMail(
  tx: Tx,
  invitation: {
    id: string;
    to: string;
    inviter: string;
    institution: string;
    expiresAt: Date;
    locale: Locale;
    publicUrl: string;
  },
): Promise<void> {
  const { locale } = invitation;
  const mail = composeMail('invitation', locale, {
    inviter: invitation.inviter,
    institution: invitation.institution,
    email: invitation.to,
    expiresAt: formatOsloDateTime(invitation.expiresAt, locale),
    signInUrl: `${invitation.publicUrl}/auth/login`,
  });
  await queueMail(tx, {
    topic: 'invitation',
    referenceId: invitation.id,
    locale,
    to: invitation.to,
    ...mail,
  });
}
