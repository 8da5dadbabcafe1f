/**
 * Recording a payment on a grant, in a dialog: amount in whole kroner, the day paid, the
 * accounting reference. The server refuses a payment before acceptance or past the grant; its
 * answer is shown in the dialog, and field errors beside their field.
 */
import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { grantApi } from '../../api/followup.js';
import type { GrantSummary } from '../../api/followup-types.js';
import { TextField } from '../../app-components/form-fields.js';
import { formatNok } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useErrorText } from '../../shell/use-error-text.js';

export function PaymentDialog({
  grant,
  today,
  onClose,
  onRecorded,
}: {
  grant: GrantSummary | null;
  today: string;
  onClose: () => void;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const errorText = useErrorText();
  const [amount, setAmount] = useState('');
  const [paidOn, setPaidOn] = useState(today);
  const [reference, setReference] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setAmount('');
    setReference('');
    setFieldErrors({});
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (!grant) return;
    setError(null);
    const digits = amount.replace(/[\s\u00a0.]/g, '');
    const errors: Record<string, string> = {};
    if (!/^\d+$/.test(digits) || Number(digits) <= 0) {
      errors.amountNok = t('followup.pay.amountInvalid');
    }
    if (reference.trim() === '') errors.reference = t('followup.pay.referenceRequired');
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    try {
      await grantApi.recordPayment(grant.decisionId, {
        amountNok: Number(digits),
        paidOn,
        reference: reference.trim(),
      });
      onRecorded();
      close();
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, {});
      const byField: Record<string, string> = {};
      for (const f of err.errors ?? []) byField[f.path.split('.').at(-1) ?? f.path] = f.message;
      setFieldErrors(byField);
      setError(errorText(err, t('followup.pay.failed')).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={grant !== null}
      onClose={close}
      closeButton={t('followup.own.cancel')}
      aria-labelledby="payment-title"
      className="payment-dialog"
    >
      <Dialog.Block>
        <Heading level={2} data-size="xs" id="payment-title">
          {t('followup.pay.title', { caseNumber: grant?.caseNumber ?? '' })}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        {grant && (
          <Paragraph>
            {t('followup.pay.left', {
              left: formatNok(grant.grantNok - grant.paidNok, locale),
              due: formatNok(Math.max(0, grant.dueNok - grant.paidNok), locale),
            })}
          </Paragraph>
        )}
        <form
          noValidate
          aria-labelledby="payment-title"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <TextField
            id="payment-amount"
            label={t('followup.pay.amount')}
            description={t('followup.pay.amountHelp')}
            value={amount}
            onChange={setAmount}
            error={fieldErrors.amountNok}
          />
          <TextField
            id="payment-date"
            label={t('followup.pay.paidOn')}
            type="date"
            value={paidOn}
            onChange={setPaidOn}
            error={fieldErrors.paidOn}
          />
          <TextField
            id="payment-reference"
            label={t('followup.pay.reference')}
            description={t('followup.pay.referenceHelp')}
            value={reference}
            onChange={setReference}
            error={fieldErrors.reference}
          />
          {error && (
            <Alert data-color="danger" role="alert">
              {error}
            </Alert>
          )}
          <div className="button-row">
            <Button type="submit" disabled={busy}>
              {t('followup.pay.record')}
            </Button>
            <Button type="button" variant="secondary" onClick={close}>
              {t('followup.own.cancel')}
            </Button>
          </div>
        </form>
      </Dialog.Block>
    </Dialog>
  );
}
