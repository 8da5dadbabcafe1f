/**
 * A party files a klage (R28): only on an enkeltvedtak (a tilskuddsbrev gives no right to
 * appeal: 422 `appeal_not_open`), once per decision. A klage after the deadline is taken in and
 * flagged with the date it came, never refused; the officer decides whether it is still heard.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../../domain/access/roles.js';
import { appealFileKind } from '../../../domain/call/call-decision-schema.js';
import { formatNumber } from '../../../domain/rules/format.js';
import type { AppealState } from '../../../domain/decisions/appeal-state.js';
import type { Locale } from '../../../domain/time/oslo.js';
import { inTransaction } from '../../../store/create-store.js';
import {
  fileAppealAttachments,
  listAppealAttachments,
} from '../../../store/repositories/appeal-attachments.repository.js';
import { insertAppeal } from '../../../store/repositories/appeals.repository.js';
import { updateDecision } from '../../../store/repositories/decisions.repository.js';
import type { OwnAppeal } from '../../../web/api/decision-types.js';
import type { AppContext } from '../../context.js';
import { callOf } from '../applications/access.js';
import { journalDecisionDocument } from '../journal/journal-decision-document.js';
import { refuseProblems } from '../cases/problems.js';
import { toAppealFile } from './appeal-file-view.js';
import { mailOfficersOfAppeal } from './appeal-filed-notice.js';
import { lockDecisionOpenToAppeal } from './appeal-open.js';
import { recordDecisionEvent } from './decision-view.js';
import { findOwnIssuedDecision } from './own-decision.js';

const unknownFile = {
  nb: 'et av vedleggene er ikke lastet opp til denne klagen; last det opp på nytt',
  nn: 'eitt av vedlegga er ikkje lasta opp til denne klaga; last det opp på nytt',
  en: 'one of the attachments was not uploaded for this appeal; upload it again',
};

function tooManyFiles(maxFiles: number) {
  return {
    nb: `en klage kan ha høyst ${formatNumber(maxFiles, 'nb')} vedlegg`,
    nn: `ei klage kan ha høgst ${formatNumber(maxFiles, 'nn')} vedlegg`,
    en: `an appeal may have at most ${formatNumber(maxFiles, 'en')} attachments`,
  };
}

const textRequired = {
  nb: 'skriv hva dere klager på og hvorfor',
  nn: 'skriv kva de klagar på og kvifor',
  en: 'write what you appeal against and why',
};

export async function fileAppeal(
  ctx: AppContext,
  principal: Principal,
  applicationId: string,
  body: { text: string; fileIds?: string[] | undefined },
  locale: Locale,
  at: Date,
): Promise<OwnAppeal> {
  const text = body.text.trim();
  if (text === '') refuseProblems([{ path: 'text', message: textRequired }], locale);
  const found = await findOwnIssuedDecision(ctx.store.db, principal, applicationId);
  const id = randomUUID();
  const fileIds = [...new Set(body.fileIds ?? [])];
  const maxFiles = appealFileKind(callOf(ctx, found.call_id)).maxFiles;
  if (fileIds.length > maxFiles) {
    refuseProblems([{ path: 'fileIds', message: tooManyFiles(maxFiles) }], locale);
  }
  const late = await inTransaction(ctx.store, async (tx) => {
    const decision = await lockDecisionOpenToAppeal(tx, principal, found.id);
    // In time when sent at or before the deadline's last second (fvl: sent before it runs out).
    const isLate = at.getTime() > new Date(decision.appeal_deadline).getTime() + 999;
    const iso = at.toISOString();
    await insertAppeal(tx, {
      id,
      decision_id: decision.id,
      call_id: decision.call_id,
      text,
      filed_by: principal.userId,
      received_at: iso,
      deadline: decision.appeal_deadline,
      late: isLate ? 1 : 0,
      state: 'received' satisfies AppealState,
      preliminary_text: null,
      preliminary_expected_by: null,
      preliminary_sent_at: null,
      forward_summary: null,
      forwarded_at: null,
      new_decision_id: null,
      result: null,
      result_text: null,
      result_at: null,
      version: 1,
    });
    // Each named file must be one uploaded for this klage and not yet filed; else nothing is.
    if ((await fileAppealAttachments(tx, decision.id, id, fileIds)) !== fileIds.length) {
      refuseProblems([{ path: 'fileIds', message: unknownFile }], locale);
    }
    await journalDecisionDocument(tx, ctx, principal, decision, {
      kind: 'appeal',
      ref: id,
      at,
    });
    await updateDecision(tx, decision.id, {
      state: 'appealed',
      version: decision.version + 1,
      updated_at: iso,
    });
    await recordDecisionEvent(tx, principal, {
      decisionId: decision.id,
      callId: decision.call_id,
      action: 'appealed',
      comment: isLate ? `late: received ${iso}, deadline ${decision.appeal_deadline}` : null,
      detail: { appealId: id, late: isLate, deadline: decision.appeal_deadline, fileIds },
      at,
    });
    await mailOfficersOfAppeal(ctx, tx, decision, {
      id,
      receivedAt: at,
      late: isLate,
      fileCount: fileIds.length,
    });
    return isLate;
  });
  const files = (await listAppealAttachments(ctx.store.db, id)).map(toAppealFile);
  return { id, receivedAt: at.toISOString(), late, state: 'received', files };
}
