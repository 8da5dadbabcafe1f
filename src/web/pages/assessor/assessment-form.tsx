/**
 * The assessor's scoring: per criterion of the call a score on its scale (radio buttons with the
 * scale's labels) and a required justification; then the holistic judgement (R25) with the call's
 * own words. Saved as a draft on its own; submitting checks every field and lists what is missing.
 */
import {
  Alert,
  Button,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
} from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { casesApi } from '../../api/cases.js';
import type {
  AssessmentContent,
  AssignmentWorkspace,
  Recommendation,
} from '../../api/case-types.js';
import { ErrorSummaryBox, type SummaryEntry } from '../../app-components/error-summary-box.js';
import { SaveStatusLine } from '../../app-components/save-status.js';
import { localizedText } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { formatOsloTime } from '../applicant/format-time.js';
import { scaleValues, type AssessmentFrame } from '../officer/assessment-frame.js';
import { RECOMMENDATIONS } from '../officer/case-bits.js';
import { scaleOptionLabel } from '../officer/consensus-form.js';
import { useAssessmentDraft, type DraftStatus } from './use-assessment-draft.js';

export function emptyAssessment(frame: AssessmentFrame): AssessmentContent {
  return {
    scores: Object.fromEntries(
      frame.criteria.map((c) => [c.id, { score: null, justification: '' }]),
    ),
    holistic: { recommendation: null, reasons: '' },
  };
}

export const scoreFieldId = (criterionId: string) => `score-${criterionId}`;
export const justificationFieldId = (criterionId: string) => `justification-${criterionId}`;

/** The field a server error path such as `scores.competence-need.justification` is about. */
function fieldIdOfPath(path: string, frame: AssessmentFrame): string {
  if (path.includes('recommendation')) return 'recommendation';
  if (path.includes('reasons') || path.includes('holistic')) return 'reasons';
  const criterion = frame.criteria.find((c) => path.includes(c.id));
  if (criterion) {
    return path.includes('justification')
      ? justificationFieldId(criterion.id)
      : scoreFieldId(criterion.id);
  }
  return scoreFieldId(frame.criteria[0]?.id ?? '');
}

function SaveLine({ status, savedAt }: { status: DraftStatus; savedAt: string | null }) {
  const { t } = useTranslation();
  const text =
    status === 'saving'
      ? t('assessor.save.saving')
      : status === 'unsaved'
        ? t('assessor.save.unsaved')
        : status === 'failed'
          ? t('assessor.save.failed')
          : savedAt
            ? t('assessor.save.savedAt', { time: formatOsloTime(new Date(savedAt)) })
            : t('assessor.save.nothing');
  return (
    <SaveStatusLine
      text={text}
      busy={status === 'saving'}
      tone={status === 'failed' ? 'danger' : 'ok'}
    />
  );
}

export function AssessmentForm({
  workspace,
  frame,
  onSubmitted,
}: {
  workspace: AssignmentWorkspace;
  frame: AssessmentFrame;
  onSubmitted: (workspace: AssignmentWorkspace) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const errorText = useErrorText();
  const { content, change, status, savedAt, flush } = useAssessmentDraft(
    workspace,
    emptyAssessment(frame),
  );
  const [errors, setErrors] = useState<SummaryEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const values = scaleValues(frame);
  const nameOf = (index: number, title: AssessmentFrame['criteria'][number]['title']) =>
    `${index + 1}. ${localizedText(title, locale).text}`;

  const setScore = (id: string, patch: Partial<{ score: number | null; justification: string }>) =>
    change({
      ...content,
      scores: {
        ...content.scores,
        [id]: { score: null, justification: '', ...content.scores[id], ...patch },
      },
    });
  const setHolistic = (patch: Partial<AssessmentContent['holistic']>) =>
    change({ ...content, holistic: { ...content.holistic, ...patch } });

  const missingFields = (): SummaryEntry[] => {
    const missing: SummaryEntry[] = [];
    frame.criteria.forEach((c, index) => {
      const value = content.scores[c.id];
      if (value?.score === null || value?.score === undefined) {
        missing.push({
          key: `s-${c.id}`,
          fieldId: scoreFieldId(c.id),
          text: t('assessor.form.scoreRequired', { criterion: nameOf(index, c.title) }),
        });
      }
      if (!value?.justification.trim()) {
        missing.push({
          key: `j-${c.id}`,
          fieldId: justificationFieldId(c.id),
          text: t('assessor.form.justificationRequired', { criterion: nameOf(index, c.title) }),
        });
      }
    });
    if (!content.holistic.recommendation) {
      missing.push({
        key: 'rec',
        fieldId: 'recommendation',
        text: t('assessor.form.recommendationRequired'),
      });
    }
    if (!content.holistic.reasons.trim()) {
      missing.push({
        key: 'reasons',
        fieldId: 'reasons',
        text: t('assessor.form.reasonsRequired'),
      });
    }
    return missing;
  };

  // An error goes away as soon as its field is filled in; the server's stay until the next try.
  const stillMissing = new Set(missingFields().map((m) => m.key));
  const shown = errors.filter((e) => e.key.startsWith('server-') || stillMissing.has(e.key));
  const errorOf = (fieldId: string) => shown.find((e) => e.fieldId === fieldId)?.text;

  const submit = async () => {
    setError(null);
    const missing = missingFields();
    setErrors(missing);
    if (missing.length) {
      setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    setBusy(true);
    try {
      if (!(await flush())) throw new ApiError(0, {});
      onSubmitted(await casesApi.submitAssessment(workspace.assignment.id, content));
    } catch (e) {
      const problem = e instanceof ApiError ? e : new ApiError(0, {});
      if (problem.status === 422 && problem.errors?.length) {
        setErrors(
          problem.errors.map((fe, index) => ({
            key: `server-${index}`,
            fieldId: fieldIdOfPath(fe.path, frame),
            text: fe.message,
          })),
        );
        setTimeout(() => summaryRef.current?.focus(), 0);
      } else {
        setError(errorText(problem, t('assessor.form.submitFailed')).message);
      }
    } finally {
      setBusy(false);
    }
  };

  const holistic = frame.holisticJudgement;
  return (
    <section aria-labelledby="assessment-heading" className="assessment">
      <Heading level={2} data-size="md" id="assessment-heading" tabIndex={-1}>
        {t('assessor.form.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('assessor.form.intro')}</Paragraph>
      <SaveLine status={status} savedAt={savedAt} />
      <ErrorSummaryBox ref={summaryRef} heading={t('assessor.form.missing')} entries={shown} />
      <form
        noValidate
        className="assessment-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {frame.criteria.map((criterion, index) => {
          const title = localizedText(criterion.title, locale);
          const description = criterion.description
            ? localizedText(criterion.description, locale)
            : null;
          const scoreError = errorOf(scoreFieldId(criterion.id));
          const value = content.scores[criterion.id];
          return (
            <div key={criterion.id} className="criterion">
              <Fieldset
                id={scoreFieldId(criterion.id)}
                tabIndex={-1}
                aria-describedby={scoreError ? `${scoreFieldId(criterion.id)}-error` : undefined}
              >
                <Fieldset.Legend lang={title.lang}>
                  {nameOf(index, criterion.title)}
                </Fieldset.Legend>
                {description && (
                  <Fieldset.Description lang={description.lang}>
                    {t('assessor.form.criterionText', { text: description.text })}
                  </Fieldset.Description>
                )}
                <div className="scale" role="presentation">
                  {values.map((v) => (
                    <Radio
                      key={v}
                      name={scoreFieldId(criterion.id)}
                      value={String(v)}
                      label={scaleOptionLabel(v, frame, locale)}
                      checked={value?.score === v}
                      aria-invalid={scoreError ? true : undefined}
                      onChange={() => setScore(criterion.id, { score: v })}
                    />
                  ))}
                </div>
                {scoreError && (
                  <p
                    className="ds-validation-message"
                    data-color="danger"
                    id={`${scoreFieldId(criterion.id)}-error`}
                  >
                    {scoreError}
                  </p>
                )}
              </Fieldset>
              <Textfield
                id={justificationFieldId(criterion.id)}
                label={t('assessor.form.justification', {
                  criterion: nameOf(index, criterion.title),
                })}
                multiline
                rows={3}
                value={value?.justification ?? ''}
                error={errorOf(justificationFieldId(criterion.id))}
                onChange={(e) => setScore(criterion.id, { justification: e.target.value })}
              />
            </div>
          );
        })}
        <div className="holistic">
          <Heading level={3} data-size="sm">
            {t('assessor.form.holistic')}
          </Heading>
          {holistic && (
            <>
              <Paragraph data-size="sm">{localizedText(holistic.note, locale).text}</Paragraph>
              <Paragraph data-size="xs" className="finding-note__citation">
                {t('cases.citation')} ({holistic.requirementId}):{' '}
                <q lang={localizedText(holistic.citation, locale).lang}>
                  {localizedText(holistic.citation, locale).text}
                </q>
              </Paragraph>
            </>
          )}
          <Fieldset
            id="recommendation"
            tabIndex={-1}
            aria-describedby={errorOf('recommendation') ? 'recommendation-error' : undefined}
          >
            <Fieldset.Legend>{t('assessor.form.recommendation')}</Fieldset.Legend>
            {RECOMMENDATIONS.map((r) => (
              <Radio
                key={r}
                name="recommendation"
                value={r}
                label={t(`cases.recommendation.${r}`)}
                checked={content.holistic.recommendation === r}
                onChange={() => setHolistic({ recommendation: r as Recommendation })}
              />
            ))}
            {errorOf('recommendation') && (
              <p className="ds-validation-message" data-color="danger" id="recommendation-error">
                {errorOf('recommendation')}
              </p>
            )}
          </Fieldset>
          <Textfield
            id="reasons"
            label={t('assessor.form.reasons')}
            multiline
            rows={4}
            value={content.holistic.reasons}
            error={errorOf('reasons')}
            onChange={(e) => setHolistic({ reasons: e.target.value })}
          />
        </div>
        <Paragraph data-size="sm">{t('assessor.form.submitNote')}</Paragraph>
        <Button type="submit" disabled={busy} aria-busy={busy}>
          {t('assessor.form.submit')}
        </Button>
        <div role="alert">{error && <Alert data-color="danger">{error}</Alert>}</div>
      </form>
    </section>
  );
}
