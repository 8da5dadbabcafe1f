/**
 * The applicant's view of their decision (R28, R29): only an issued decision, only for an
 * application of an institution they act for (anyone else gets "not found", as for an id that
 * does not exist), with its letter and whether a klage can be filed now.
 */
import type { Principal } from '../../../domain/access/roles.js';
import { hasAppealRight, type LegalTrack } from '../../../domain/decisions/legal-track.js';
import type { AppealState } from '../../../domain/decisions/appeal-state.js';
import { appealFileKind } from '../../../domain/call/call-decision-schema.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { listAppealAttachments } from '../../../store/repositories/appeal-attachments.repository.js';
import type { DbOrTx } from '../../../store/create-store.js';
import { findAppealOfDecision } from '../../../store/repositories/appeals.repository.js';
import {
  findCaseOfApplication,
  findIssuedDecisionOfCase,
  readLetterBytes,
  type DecisionListRow,
} from '../../../store/repositories/decisions.repository.js';
import type { DecisionKind, OwnDecision } from '../../../web/api/decision-types.js';
import { AppError } from '../../errors/catalogue.js';
import { findAccessibleApplication } from '../applications/access.js';
import type { LetterFile } from './read-letter.js';
import { toAppealFile } from './appeal-file-view.js';

export async function findOwnIssuedDecision(
  db: DbOrTx,
  principal: Principal | null,
  applicationId: string,
): Promise<DecisionListRow> {
  await findAccessibleApplication(db, principal, applicationId);
  const found = await findCaseOfApplication(db, applicationId);
  const decision = found ? await findIssuedDecisionOfCase(db, found.id) : undefined;
  if (!decision) throw new AppError('decision_not_found');
  return decision;
}

export async function readOwnDecision(
  db: DbOrTx,
  principal: Principal | null,
  applicationId: string,
  callById: (callId: string) => Pick<CallDefinition, 'decision'>,
): Promise<OwnDecision> {
  const row = await findOwnIssuedDecision(db, principal, applicationId);
  const appeal = await findAppealOfDecision(db, row.id);
  const files = appeal ? (await listAppealAttachments(db, appeal.id)).map(toAppealFile) : [];
  const limits = appealFileKind(callById(row.call_id));
  return {
    decisionId: row.id,
    caseNumber: row.case_number,
    kind: row.kind as DecisionKind,
    track: row.track as LegalTrack,
    grantNok: row.grant_nok,
    reservePosition: row.reserve_position,
    issuedAt: row.issued_at ?? '',
    letterSha256: row.letter_sha256 ?? '',
    appealDeadline: row.appeal_deadline,
    canAppeal:
      hasAppealRight(row.track as LegalTrack) &&
      row.kind !== 'reserve' &&
      row.state === 'issued' &&
      !appeal,
    appealFileLimits: {
      allowedTypes: [...limits.allowedTypes],
      maxBytes: limits.maxBytes,
      maxFiles: limits.maxFiles,
    },
    appeal: appeal
      ? {
          id: appeal.id,
          receivedAt: appeal.received_at,
          late: appeal.late === 1,
          state: appeal.state as AppealState,
          files,
        }
      : null,
  };
}

export async function readOwnLetter(
  db: DbOrTx,
  principal: Principal | null,
  applicationId: string,
): Promise<LetterFile> {
  const row = await findOwnIssuedDecision(db, principal, applicationId);
  const pdf = await readLetterBytes(db, row.id);
  if (!pdf) throw new AppError('decision_not_found');
  return { pdf, fileName: `vedtak-${row.case_number}.pdf`, sha256: row.letter_sha256 };
}
