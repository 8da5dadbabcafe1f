/**
 * The submitted assessments side by side: per criterion each assessor's score and justification,
 * then each holistic recommendation with its reasons. The officer may reopen one, with a reason.
 */
import { Alert, Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { casesApi } from '../../api/cases.js';
import type { CaseDetail, SubmittedAssessment } from '../../api/case-types.js';
import { formatDateTime, localizedText } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import type { AssessmentFrame } from './assessment-frame.js';
import { MIN_REASON, useRunner } from './case-bits.js';

/** Assessments in columns, criteria in rows; shared with the assessor's view of peers. */
export function AssessmentsTable({
  assessments,
  frame,
  captionId,
  caption,
}: {
  assessments: SubmittedAssessment[];
  frame: AssessmentFrame;
  captionId: string;
  caption: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
      <Table data-size="sm" className="assessments-table">
        <caption id={captionId}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('cases.assessments.criterion')}</Table.HeaderCell>
            {assessments.map((a) => (
              <Table.HeaderCell key={a.assignmentId} scope="col">
                {a.assessor.name}
                <div className="muted">{formatDateTime(new Date(a.submittedAt), locale)}</div>
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {frame.criteria.map((criterion, index) => {
            const name = localizedText(criterion.title, locale);
            return (
              <Table.Row key={criterion.id}>
                <Table.HeaderCell scope="row" lang={name.lang}>
                  {index + 1}. {name.text}
                </Table.HeaderCell>
                {assessments.map((a) => {
                  const score = a.content.scores[criterion.id];
                  return (
                    <Table.Cell key={a.assignmentId}>
                      <strong className="score">
                        {score?.score ?? '–'}
                        <span className="muted"> / {frame.scale.max}</span>
                      </strong>
                      <div className="justification">{score?.justification}</div>
                    </Table.Cell>
                  );
                })}
              </Table.Row>
            );
          })}
          <Table.Row>
            <Table.HeaderCell scope="row">{t('cases.assessments.holistic')}</Table.HeaderCell>
            {assessments.map((a) => (
              <Table.Cell key={a.assignmentId}>
                <strong>
                  {a.content.holistic.recommendation
                    ? t(`cases.recommendation.${a.content.holistic.recommendation}`)
                    : '–'}
                </strong>
                <div className="justification">{a.content.holistic.reasons}</div>
              </Table.Cell>
            ))}
          </Table.Row>
        </Table.Body>
      </Table>
    </div>
  );
}

export function AssessmentsPanel({
  detail,
  frame,
  onChange,
  canEdit,
}: {
  detail: CaseDetail;
  frame: AssessmentFrame;
  onChange: (detail: CaseDetail) => void;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const run = useRunner('cases.assessments.reopenFailed');
  const [reopening, setReopening] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reopen = async (assignmentId: string) => {
    if (reason.trim().length < MIN_REASON) {
      setReasonError(t('cases.assessments.reopenRequired', { min: MIN_REASON }));
      document.getElementById('reopen-reason')?.focus();
      return;
    }
    setReasonError(null);
    setBusy(true);
    const answer = await run(
      () => casesApi.reopenAssessment(detail.id, assignmentId, reason.trim()),
      setError,
    );
    setBusy(false);
    if (answer.ok) {
      onChange(answer.value);
      setReopening(null);
      setReason('');
    }
  };

  const active = detail.assignments.filter((a) => a.status === 'active').length;
  return (
    <section id="assessments" aria-labelledby="assessments-heading" className="case-section">
      <Heading level={2} data-size="md" id="assessments-heading">
        {t('cases.assessments.heading')}
      </Heading>
      <Paragraph data-size="sm">
        {t('cases.assessments.count', { submitted: detail.assessments.length, active })}
      </Paragraph>
      {detail.disagreement && (
        <Alert data-color="warning" className="disagreement">
          <Heading level={3} data-size="xs">
            {t('cases.disagreement.flag')}
          </Heading>
          <Paragraph>{t('cases.disagreement.text')}</Paragraph>
        </Alert>
      )}
      {detail.assessments.length === 0 ? (
        <Paragraph>{t('cases.assessments.none')}</Paragraph>
      ) : (
        <AssessmentsTable
          assessments={detail.assessments}
          frame={frame}
          captionId="assessments-caption"
          caption={t('cases.assessments.caption')}
        />
      )}
      {canEdit && detail.assessments.length > 0 && (
        <div className="reopen">
          {detail.assessments.map((a) =>
            reopening === a.assignmentId ? (
              <div key={a.assignmentId} className="reopen__form">
                <Textfield
                  id="reopen-reason"
                  label={t('cases.assessments.reopenReason', { name: a.assessor.name })}
                  multiline
                  rows={2}
                  value={reason}
                  error={reasonError ?? undefined}
                  onChange={(e) => setReason(e.target.value)}
                />
                <div className="button-row">
                  <Button
                    type="button"
                    data-size="sm"
                    disabled={busy}
                    onClick={() => void reopen(a.assignmentId)}
                  >
                    {t('cases.assessments.reopenConfirm')}
                  </Button>
                  <Button
                    type="button"
                    variant="tertiary"
                    data-size="sm"
                    onClick={() => {
                      setReopening(null);
                      setReasonError(null);
                    }}
                  >
                    {t('cases.assessors.cancel')}
                  </Button>
                </div>
              </div>
            ) : (
              <Button
                key={a.assignmentId}
                type="button"
                variant="secondary"
                data-size="sm"
                onClick={() => {
                  setReopening(a.assignmentId);
                  setReason('');
                  setTimeout(() => document.getElementById('reopen-reason')?.focus(), 0);
                }}
              >
                {t('cases.assessments.reopen', { name: a.assessor.name })}
              </Button>
            ),
          )}
        </div>
      )}
      <div role="alert">{error && <Alert data-color="danger">{error}</Alert>}</div>
    </section>
  );
}
