/**
 * What can be done with a scenario, by role and state (four eyes, R27): the officer copies it,
 * exports it and proposes it as the allocation (innstilling); the leader approves the proposal or
 * returns it with a comment. An approved allocation is frozen: a change is a copy and a new approval.
 */
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { allocationApi } from '../../api/allocation.js';
import type { ScenarioDetail } from '../../api/allocation-types.js';
import { TextField } from '../../app-components/form-fields.js';
import { useLocale } from '../../i18n/index.js';
import { useHasRole } from '../../shell/session-context.js';
import { useRunner } from '../officer/case-bits.js';
import { isEditableState, scenarioPath } from './allocation-bits.js';

interface Props {
  scenario: ScenarioDetail;
  onChanged: (detail: ScenarioDetail) => void;
}

export function ScenarioActions({ scenario, onChanged }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const isOfficer = useHasRole('officer');
  const isLeader = useHasRole('leader');
  const run = useRunner('allocation.actions.failed');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const act = async (action: () => Promise<ScenarioDetail>, doneKey: string) => {
    setBusy(true);
    setDone(null);
    const result = await run(action, setError);
    setBusy(false);
    if (result.ok) {
      setComment('');
      setDone(t(doneKey));
      onChanged(result.value);
    }
  };
  const copy = async () => {
    setBusy(true);
    const result = await run(
      () =>
        allocationApi.createScenario(scenario.callId, {
          name: t('allocation.actions.copyName', { name: scenario.name }),
          from: 'copy',
          scenarioId: scenario.id,
        }),
      setError,
    );
    setBusy(false);
    if (result.ok) void navigate(scenarioPath(result.value.id));
  };

  const officerCanPropose = isOfficer && isEditableState(scenario.state);
  const leaderCanReview = isLeader && scenario.state === 'proposed';
  const trimmed = comment.trim();

  return (
    <section className="scenario-actions" aria-labelledby="actions-title">
      <Heading level={2} data-size="xs" id="actions-title">
        {leaderCanReview ? t('allocation.actions.reviewTitle') : t('allocation.actions.title')}
      </Heading>
      {(officerCanPropose || leaderCanReview) && (
        <TextField
          id="scenario-comment"
          label={
            leaderCanReview
              ? t('allocation.actions.reviewComment')
              : t('allocation.actions.comment')
          }
          description={
            leaderCanReview
              ? t('allocation.actions.reviewCommentHelp')
              : t('allocation.actions.commentHelp')
          }
          multiline
          value={comment}
          onChange={setComment}
        />
      )}
      <div className="button-row">
        {officerCanPropose && (
          <Button
            type="button"
            disabled={busy}
            onClick={() =>
              void act(
                () => allocationApi.propose(scenario.id, trimmed || null),
                'allocation.actions.proposed',
              )
            }
          >
            {t('allocation.actions.propose')}
          </Button>
        )}
        {leaderCanReview && (
          <>
            <Button
              type="button"
              disabled={busy}
              onClick={() =>
                void act(
                  () => allocationApi.approve(scenario.id, trimmed || null),
                  'allocation.actions.approved',
                )
              }
            >
              {t('allocation.actions.approve')}
            </Button>
            <Button
              type="button"
              variant="secondary"
              disabled={busy}
              onClick={() => {
                if (trimmed === '') {
                  setError(t('allocation.actions.returnNeedsComment'));
                  document.getElementById('scenario-comment')?.focus();
                  return;
                }
                void act(
                  () => allocationApi.returnToOfficer(scenario.id, trimmed),
                  'allocation.actions.returned',
                );
              }}
            >
              {t('allocation.actions.return')}
            </Button>
          </>
        )}
        {isOfficer && (
          <Button type="button" variant="secondary" disabled={busy} onClick={() => void copy()}>
            {t('allocation.actions.copy')}
          </Button>
        )}
        <Link href={allocationApi.exportUrl(scenario.id, locale)} download>
          {t('allocation.actions.export')}
        </Link>
      </div>
      {error && (
        <Alert data-color="danger" role="alert">
          {error}
        </Alert>
      )}
      {done && (
        <Alert data-color="success" role="status">
          {done}
        </Alert>
      )}
    </section>
  );
}

/**
 * At the top of a proposed or returned scenario: who proposed or returned it, their comment, and
 * a link to where the next step is taken, so neither the leader nor the officer has to hunt for it.
 */
export function ReviewNotice({ scenario }: { scenario: ScenarioDetail }) {
  const { t } = useTranslation();
  if (scenario.state !== 'proposed' && scenario.state !== 'returned') return null;
  const last = [...scenario.history].reverse().find((h) => h.action === scenario.state);
  return (
    <Alert
      data-color={scenario.state === 'returned' ? 'warning' : 'info'}
      className="review-notice"
    >
      <Paragraph>
        {t(`allocation.review.${scenario.state}`, { by: last?.by ?? '' })}{' '}
        <Link href="#actions-title">{t('allocation.review.toActions')}</Link>
      </Paragraph>
      {last?.comment && <blockquote className="history-comment">{last.comment}</blockquote>}
    </Alert>
  );
}
