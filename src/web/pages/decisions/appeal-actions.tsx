/**
 * What the officer does with a klage (R29): a foreløpig svar when handling takes long, a new
 * decision when the body that decided changes its mind (through the same four eyes), or the case
 * sent on to the appeal body with a summary; and, when it answers, its outcome. Each form names a
 * missing field next to it, and the server's refusal of a field stands there too.
 */
import { Alert, Button, Fieldset, Heading, Radio } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { appealApi } from '../../api/decisions.js';
import type { AppealDetail } from '../../api/decision-types.js';
import type { FieldError } from '../../api/types.js';
import { NumberField, TextField } from '../../app-components/form-fields.js';
import { useLocale } from '../../i18n/index.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { useNumberProblemText } from '../applicant/sections/section-kit.js';

type Errors = Record<string, string>;

/** Runs one action; a missing field or a refused one becomes a message by the field's name. */
function useAction(onDone: (a: AppealDetail) => void) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (missing: Errors, action: () => Promise<AppealDetail>) => {
    setError(null);
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      document.getElementById(Object.keys(missing)[0] ?? '')?.focus();
      return;
    }
    setBusy(true);
    try {
      onDone(await action());
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, {});
      const fields: Errors = {};
      for (const f of err.errors ?? ([] as FieldError[])) {
        fields[f.path.replace(/^body\./, '')] = f.message;
      }
      setErrors(fields);
      setError(errorText(err, t('decisions.appeal.failed')).message);
    } finally {
      setBusy(false);
    }
  };
  return { errors, error, busy, submit };
}

function ActionForm(props: {
  id: string;
  title: string;
  submitLabel: string;
  busy: boolean;
  error: string | null;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <form
      className="scenario-actions appeal-action"
      aria-labelledby={`${props.id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <Heading level={3} data-size="xs" id={`${props.id}-title`}>
        {props.title}
      </Heading>
      {props.children}
      <div className="button-row">
        <Button type="submit" disabled={props.busy}>
          {props.submitLabel}
        </Button>
      </div>
      {props.error && (
        <Alert data-color="danger" role="alert">
          {props.error}
        </Alert>
      )}
    </form>
  );
}

type Done = { appeal: AppealDetail; onDone: (a: AppealDetail) => void };

export function PreliminaryReplyForm({ appeal, onDone }: Done) {
  const { t } = useTranslation();
  const { errors, error, busy, submit } = useAction(onDone);
  const [text, setText] = useState('');
  const [expectedBy, setExpectedBy] = useState('');
  const textLabel = t('decisions.appeal.replyText');
  const dateLabel = t('decisions.appeal.expectedBy');
  return (
    <ActionForm
      id="reply"
      title={t('decisions.appeal.replyTitle')}
      submitLabel={t('decisions.appeal.replySend')}
      busy={busy}
      error={error}
      onSubmit={() =>
        void submit(
          {
            ...(text.trim() === ''
              ? { 'reply-text': t('decisions.required', { field: textLabel }) }
              : {}),
            ...(expectedBy === ''
              ? { 'reply-date': t('decisions.required', { field: dateLabel }) }
              : {}),
          },
          () => appealApi.preliminaryReply(appeal.id, text.trim(), expectedBy),
        )
      }
    >
      <TextField
        id="reply-text"
        label={textLabel}
        description={t('decisions.appeal.replyHelp')}
        multiline
        value={text}
        onChange={setText}
        error={errors['reply-text'] ?? errors.text}
      />
      <TextField
        id="reply-date"
        type="date"
        label={dateLabel}
        value={expectedBy}
        onChange={setExpectedBy}
        error={errors['reply-date'] ?? errors.expectedBy}
      />
    </ActionForm>
  );
}

export function ForwardForm({ appeal, onDone }: Done) {
  const { t } = useTranslation();
  const { errors, error, busy, submit } = useAction(onDone);
  const [summary, setSummary] = useState('');
  const label = t('decisions.appeal.summary');
  return (
    <ActionForm
      id="forward"
      title={t('decisions.appeal.forwardTitle')}
      submitLabel={t('decisions.appeal.forwardSend')}
      busy={busy}
      error={error}
      onSubmit={() =>
        void submit(
          summary.trim() === ''
            ? { 'forward-summary': t('decisions.required', { field: label }) }
            : {},
          () => appealApi.forward(appeal.id, summary.trim()),
        )
      }
    >
      <TextField
        id="forward-summary"
        label={label}
        description={t('decisions.appeal.summaryHelp')}
        multiline
        value={summary}
        onChange={setSummary}
        error={errors['forward-summary'] ?? errors.summary}
      />
    </ActionForm>
  );
}

export function ReconsiderForm({ appeal, onDone }: Done) {
  const { t } = useTranslation();
  const locale = useLocale();
  const problemText = useNumberProblemText();
  const { errors, error, busy, submit } = useAction(onDone);
  const [outcome, setOutcome] = useState<'innvilget' | 'delvis_innvilget'>('innvilget');
  const [grant, setGrant] = useState<number | undefined>(undefined);
  const [reason, setReason] = useState('');
  const grantLabel = t('decisions.appeal.grant');
  const reasonLabel = t('decisions.appeal.reason');
  return (
    <ActionForm
      id="reconsider"
      title={t('decisions.appeal.reconsiderTitle')}
      submitLabel={t('decisions.appeal.reconsiderSend')}
      busy={busy}
      error={error}
      onSubmit={() =>
        void submit(
          {
            ...(grant === undefined || grant <= 0
              ? { 'reconsider-grant': t('decisions.required', { field: grantLabel }) }
              : {}),
            ...(reason.trim() === ''
              ? { 'reconsider-reason': t('decisions.required', { field: reasonLabel }) }
              : {}),
          },
          () =>
            appealApi.reconsider(appeal.id, {
              outcome,
              grantNok: grant ?? 0,
              reason: reason.trim(),
            }),
        )
      }
    >
      <Fieldset>
        <Fieldset.Legend>{t('decisions.appeal.newOutcome')}</Fieldset.Legend>
        {(['innvilget', 'delvis_innvilget'] as const).map((o) => (
          <Radio
            key={o}
            name="reconsider-outcome"
            value={o}
            label={t(`decisions.kind.${o}`)}
            checked={outcome === o}
            onChange={() => setOutcome(o)}
          />
        ))}
      </Fieldset>
      <NumberField
        id="reconsider-grant"
        label={grantLabel}
        kind="amount"
        locale={locale}
        value={grant}
        onChange={setGrant}
        problemText={(p) => problemText(grantLabel, p)}
        error={errors['reconsider-grant'] ?? errors.grantNok}
      />
      <TextField
        id="reconsider-reason"
        label={reasonLabel}
        description={t('decisions.appeal.reasonHelp')}
        multiline
        value={reason}
        onChange={setReason}
        error={errors['reconsider-reason'] ?? errors.reason}
      />
    </ActionForm>
  );
}

export function SettleForm({ appeal, onDone }: Done) {
  const { t } = useTranslation();
  const { errors, error, busy, submit } = useAction(onDone);
  const [result, setResult] = useState<'upheld' | 'changed' | 'quashed'>('upheld');
  const [text, setText] = useState('');
  const label = t('decisions.appeal.resultText');
  return (
    <ActionForm
      id="settle"
      title={t('decisions.appeal.settleTitle')}
      submitLabel={t('decisions.appeal.settleSend')}
      busy={busy}
      error={error}
      onSubmit={() =>
        void submit(
          text.trim() === '' ? { 'settle-text': t('decisions.required', { field: label }) } : {},
          () => appealApi.settle(appeal.id, { result, text: text.trim() }),
        )
      }
    >
      <Fieldset>
        <Fieldset.Legend>{t('decisions.appeal.result')}</Fieldset.Legend>
        {(['upheld', 'changed', 'quashed'] as const).map((r) => (
          <Radio
            key={r}
            name="settle-result"
            value={r}
            label={t(`decisions.appeal.results.${r}`)}
            checked={result === r}
            onChange={() => setResult(r)}
          />
        ))}
      </Fieldset>
      <TextField
        id="settle-text"
        label={label}
        multiline
        value={text}
        onChange={setText}
        error={errors['settle-text'] ?? errors.text}
      />
    </ActionForm>
  );
}
