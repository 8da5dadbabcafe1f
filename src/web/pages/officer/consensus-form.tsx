/**
 * The consensus the officer records after the assessments: per criterion a score on the call's
 * scale and a text, a conclusion (fund / fund partly / do not fund) with its reasons, and dissent.
 */
import {
  Alert,
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { casesApi } from '../../api/cases.js';
import type { CaseDetail, ConsensusBody, Recommendation } from '../../api/case-types.js';
import { ErrorSummaryBox, type SummaryEntry } from '../../app-components/error-summary-box.js';
import { FactList } from '../../app-components/fact-list.js';
import { formatDateTime, localizedText } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { scaleValues, type AssessmentFrame } from './assessment-frame.js';
import { RECOMMENDATIONS, useRunner } from './case-bits.js';

interface Draft {
  scores: Record<string, { score: string; text: string }>;
  recommendation: Recommendation | '';
  conclusion: string;
  dissent: string;
}

/** The one value every assessor gave, or null when they differ or none has. */
function agreed<T>(values: readonly (T | null | undefined)[]): T | null {
  const given = values.filter((v): v is T => v !== null && v !== undefined);
  return given.length > 0 && given.length === values.length && given.every((v) => v === given[0])
    ? (given[0] ?? null)
    : null;
}

/**
 * The form as recorded, or, before any consensus, with the scores and recommendation the
 * assessors agree on filled in; where they differ the officer chooses, and the texts are theirs.
 */
function draftOf(detail: CaseDetail, frame: AssessmentFrame): Draft {
  const c = detail.consensus;
  const contents = detail.assessments.map((a) => a.content);
  return {
    scores: Object.fromEntries(
      frame.criteria.map((criterion) => {
        const saved = c?.scores[criterion.id];
        const proposed = c ? null : agreed(contents.map((a) => a.scores[criterion.id]?.score));
        const score = saved ? String(saved.score) : proposed === null ? '' : String(proposed);
        return [criterion.id, { score, text: saved?.text ?? '' }];
      }),
    ),
    recommendation:
      c?.conclusion.recommendation ?? agreed(contents.map((a) => a.holistic.recommendation)) ?? '',
    conclusion: c?.conclusion.text ?? '',
    dissent: c?.dissent ?? '',
  };
}

export function ConsensusForm({
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
  const locale = useLocale();
  const run = useRunner('cases.consensus.failed');
  const [draft, setDraft] = useState(() => draftOf(detail, frame));
  const [errors, setErrors] = useState<SummaryEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const consensus = detail.consensus;

  const setScore = (id: string, patch: Partial<{ score: string; text: string }>) =>
    setDraft((d) => ({
      ...d,
      scores: { ...d.scores, [id]: { score: '', text: '', ...d.scores[id], ...patch } },
    }));

  const missingFields = (): SummaryEntry[] => {
    const missing: SummaryEntry[] = [];
    frame.criteria.forEach((criterion, index) => {
      const value = draft.scores[criterion.id];
      const name = `${index + 1}. ${localizedText(criterion.title, locale).text}`;
      if (!value?.score) {
        missing.push({
          key: `s-${criterion.id}`,
          fieldId: `consensus-score-${criterion.id}`,
          text: t('cases.consensus.scoreRequired', { criterion: name }),
        });
      }
      if (!value?.text.trim()) {
        missing.push({
          key: `t-${criterion.id}`,
          fieldId: `consensus-text-${criterion.id}`,
          text: t('cases.consensus.textRequired', { criterion: name }),
        });
      }
    });
    if (!draft.recommendation) {
      missing.push({
        key: 'rec',
        fieldId: 'consensus-recommendation',
        text: t('cases.consensus.recommendationRequired'),
      });
    }
    if (!draft.conclusion.trim()) {
      missing.push({
        key: 'conclusion',
        fieldId: 'consensus-conclusion',
        text: t('cases.consensus.conclusionRequired'),
      });
    }
    return missing;
  };
  // An error goes away as soon as its field is filled in.
  const stillMissing = new Set(missingFields().map((m) => m.key));
  const shown = errors.filter((e) => stillMissing.has(e.key));
  const errorOf = (fieldId: string) => shown.find((e) => e.fieldId === fieldId)?.text;

  const save = async () => {
    const missing = missingFields();
    setErrors(missing);
    setSaved(false);
    if (missing.length || !draft.recommendation) {
      setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    const body: ConsensusBody = {
      scores: Object.fromEntries(
        frame.criteria.map((c) => [
          c.id,
          {
            score: Number(draft.scores[c.id]?.score),
            text: draft.scores[c.id]?.text.trim() ?? '',
          },
        ]),
      ),
      conclusion: { recommendation: draft.recommendation, text: draft.conclusion.trim() },
      dissent: draft.dissent.trim() ? draft.dissent.trim() : null,
    };
    setBusy(true);
    const answer = await run(() => casesApi.saveConsensus(detail.id, body), setError);
    setBusy(false);
    if (answer.ok) {
      onChange(answer.value);
      setSaved(true);
    }
  };

  const recorded = consensus && (
    <Paragraph data-size="sm" className="consensus-recorded">
      {t('cases.consensus.recorded', {
        name: consensus.recordedBy.name,
        time: formatDateTime(new Date(consensus.recordedAt), locale),
        version: consensus.version,
      })}
    </Paragraph>
  );

  if (!canEdit) {
    return (
      <section id="consensus" aria-labelledby="consensus-heading" className="case-section">
        <Heading level={2} data-size="md" id="consensus-heading">
          {t('cases.consensus.heading')}
        </Heading>
        {consensus ? (
          <>
            {recorded}
            <FactList
              facts={[
                ...frame.criteria.map((c) => ({
                  key: c.id,
                  term: localizedText(c.title, locale).text,
                  value: `${consensus.scores[c.id]?.score ?? '–'}: ${consensus.scores[c.id]?.text ?? ''}`,
                })),
                {
                  key: 'conclusion',
                  term: t('cases.consensus.conclusion'),
                  value: `${t(`cases.recommendation.${consensus.conclusion.recommendation}`)}: ${consensus.conclusion.text}`,
                },
                {
                  key: 'dissent',
                  term: t('cases.consensus.dissent'),
                  value: consensus.dissent ?? t('cases.consensus.noDissent'),
                },
              ]}
            />
          </>
        ) : (
          <Paragraph>{t('cases.consensus.none')}</Paragraph>
        )}
      </section>
    );
  }

  if (detail.assessments.length === 0 && !consensus) {
    return (
      <section id="consensus" aria-labelledby="consensus-heading" className="case-section">
        <Heading level={2} data-size="md" id="consensus-heading">
          {t('cases.consensus.heading')}
        </Heading>
        <Paragraph>{t('cases.consensus.waiting')}</Paragraph>
      </section>
    );
  }

  const values = scaleValues(frame);
  return (
    <section id="consensus" aria-labelledby="consensus-heading" className="case-section">
      <Heading level={2} data-size="md" id="consensus-heading">
        {t('cases.consensus.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('cases.consensus.intro')}</Paragraph>
      {!consensus && <Paragraph data-size="sm">{t('cases.consensus.prefilled')}</Paragraph>}
      {recorded}
      <ErrorSummaryBox ref={summaryRef} heading={t('cases.errorSummary')} entries={shown} />
      <form
        className="consensus-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {frame.criteria.map((criterion, index) => {
          const name = localizedText(criterion.title, locale);
          const scoreId = `consensus-score-${criterion.id}`;
          const scoreError = errorOf(scoreId);
          return (
            <Fieldset key={criterion.id} className="consensus-criterion">
              <Fieldset.Legend lang={name.lang}>
                {index + 1}. {name.text}
              </Fieldset.Legend>
              <Field>
                <Label htmlFor={scoreId}>{t('cases.consensus.score')}</Label>
                <Select
                  id={scoreId}
                  value={draft.scores[criterion.id]?.score ?? ''}
                  aria-invalid={scoreError ? true : undefined}
                  aria-describedby={scoreError ? `${scoreId}-error` : undefined}
                  onChange={(e) => setScore(criterion.id, { score: e.target.value })}
                >
                  <Select.Option value="">{t('cases.consensus.choose')}</Select.Option>
                  {values.map((v) => (
                    <Select.Option key={v} value={String(v)}>
                      {scaleOptionLabel(v, frame, locale)}
                    </Select.Option>
                  ))}
                </Select>
                {scoreError && (
                  <p className="ds-validation-message" data-color="danger" id={`${scoreId}-error`}>
                    {scoreError}
                  </p>
                )}
              </Field>
              <Textfield
                id={`consensus-text-${criterion.id}`}
                label={t('cases.consensus.text')}
                multiline
                rows={2}
                value={draft.scores[criterion.id]?.text ?? ''}
                error={errorOf(`consensus-text-${criterion.id}`)}
                onChange={(e) => setScore(criterion.id, { text: e.target.value })}
              />
            </Fieldset>
          );
        })}
        <Fieldset
          id="consensus-recommendation"
          tabIndex={-1}
          aria-describedby={
            errorOf('consensus-recommendation') ? 'consensus-recommendation-error' : undefined
          }
        >
          <Fieldset.Legend>{t('cases.consensus.conclusion')}</Fieldset.Legend>
          {RECOMMENDATIONS.map((r) => (
            <Radio
              key={r}
              name="consensus-recommendation"
              value={r}
              label={t(`cases.recommendation.${r}`)}
              checked={draft.recommendation === r}
              aria-invalid={errorOf('consensus-recommendation') ? true : undefined}
              onChange={() => setDraft((d) => ({ ...d, recommendation: r }))}
            />
          ))}
          {errorOf('consensus-recommendation') && (
            <p
              className="ds-validation-message"
              data-color="danger"
              id="consensus-recommendation-error"
            >
              {errorOf('consensus-recommendation')}
            </p>
          )}
        </Fieldset>
        <Textfield
          id="consensus-conclusion"
          label={t('cases.consensus.conclusionText')}
          multiline
          rows={3}
          value={draft.conclusion}
          error={errorOf('consensus-conclusion')}
          onChange={(e) => setDraft((d) => ({ ...d, conclusion: e.target.value }))}
        />
        <Textfield
          id="consensus-dissent"
          label={t('cases.consensus.dissent')}
          description={t('cases.consensus.dissentHelp')}
          multiline
          rows={2}
          value={draft.dissent}
          onChange={(e) => setDraft((d) => ({ ...d, dissent: e.target.value }))}
        />
        <Button type="submit" disabled={busy} aria-busy={busy}>
          {t('cases.consensus.save')}
        </Button>
        <div role="status">
          {saved && <Alert data-color="success">{t('cases.consensus.saved')}</Alert>}
        </div>
        <div role="alert">{error && <Alert data-color="danger">{error}</Alert>}</div>
      </form>
    </section>
  );
}

/** "7 – Svært god": a value of the scale, with the label of its end when it has one. */
export function scaleOptionLabel(
  value: number,
  frame: AssessmentFrame,
  locale: 'nb' | 'nn' | 'en',
) {
  const labels = frame.scale.labels;
  if (labels && value === frame.scale.min)
    return `${value} – ${localizedText(labels.min, locale).text}`;
  if (labels && value === frame.scale.max)
    return `${value} – ${localizedText(labels.max, locale).text}`;
  return String(value);
}
