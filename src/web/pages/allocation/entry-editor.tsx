/**
 * One case's place in a scenario, changed in a dialog: main list with a full or reduced grant
 * (a reduction names its reason and the budget lines cut, summing to the difference), reserve list
 * at a position, or refused; and the reason when that departs from the rank order. The change is
 * sent against the entry's version as this officer last saw it: another officer's change to another
 * case never conflicts, a change to this one since then is shown, not overwritten.
 */
import {
  Alert,
  Button,
  Dialog,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { allocationApi } from '../../api/allocation.js';
import type {
  AllocationCaseView,
  Placement,
  ScenarioDetail,
  ScenarioEntry,
} from '../../api/allocation-types.js';
import { NumberField, TextField } from '../../app-components/form-fields.js';
import { formatNok } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { useNumberProblemText } from '../applicant/sections/section-kit.js';
import { CutLines } from './cut-lines.js';

interface Props {
  scenarioId: string;
  theCase: AllocationCaseView;
  entry: ScenarioEntry & { version: number };
  /** Whether the baseline funds this case: a change against it is a departure. */
  baselineFunds: boolean;
  onSaved: (detail: ScenarioDetail) => void;
  onClose: () => void;
}

export function EntryEditor({
  scenarioId,
  theCase,
  entry,
  baselineFunds,
  onSaved,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const errorText = useErrorText();
  const problemText = useNumberProblemText();
  const [base, setBase] = useState(entry);
  const [placement, setPlacement] = useState<Placement>(entry.placement);
  const [grant, setGrant] = useState<number | undefined>(entry.grantNok ?? theCase.appliedNok);
  const [reason, setReason] = useState(entry.reduction?.reason ?? '');
  const [cuts, setCuts] = useState<Record<string, number>>(
    Object.fromEntries((entry.reduction?.cuts ?? []).map((c) => [c.lineId, c.cutNok])),
  );
  const [position, setPosition] = useState<number | undefined>(entry.reservePosition ?? undefined);
  const [departure, setDeparture] = useState(entry.departureReason ?? '');
  const [error, setError] = useState<{ message: string; fields: string[] } | null>(null);
  const [theirs, setTheirs] = useState<ScenarioEntry | null>(null);
  const [saving, setSaving] = useState(false);

  const reduced = placement === 'main' && grant !== undefined && grant < theCase.appliedNok;
  const isDeparture = baselineFunds ? placement !== 'main' : placement === 'main';
  const titleId = `entry-title-${theCase.caseId}`;

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const detail = await allocationApi.changeEntry(scenarioId, theCase.caseId, {
        baseVersion: base.version,
        placement,
        grantNok: placement === 'main' ? (grant ?? null) : null,
        reduction: reduced
          ? {
              reason: reason.trim(),
              cuts: Object.entries(cuts)
                .filter(([, v]) => v > 0)
                .map(([lineId, cutNok]) => ({ lineId, cutNok })),
            }
          : null,
        reservePosition: placement === 'reserve' ? (position ?? null) : null,
        departureReason: departure.trim() === '' ? null : departure.trim(),
      });
      onSaved(detail);
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, {});
      if (err.code === 'allocation_entry_changed') {
        const current = err.problem.current as (ScenarioEntry & { version: number }) | undefined;
        if (current) {
          setTheirs(current);
          setBase(current);
        }
      }
      const fields = (err.errors ?? []).map((f) => f.message);
      setError({ message: errorText(err, t('allocation.entry.failed')).message, fields });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} className="entry-dialog">
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={titleId}>
          {t('allocation.entry.title', { number: theCase.caseNumber })}
        </Heading>
        <Paragraph data-size="sm">
          {theCase.title} · {theCase.institutionName} ·{' '}
          {t('allocation.entry.applied', { nok: formatNok(theCase.appliedNok, locale) })}
        </Paragraph>
      </Dialog.Block>
      <Dialog.Block>
        {theirs && (
          <Alert data-color="warning">
            {t('allocation.entry.theirs', {
              placement: t(`allocation.placement.${theirs.placement}`),
              grant: theirs.grantNok === null ? '–' : formatNok(theirs.grantNok, locale),
            })}
          </Alert>
        )}
        <Fieldset>
          <Fieldset.Legend>{t('allocation.entry.placement')}</Fieldset.Legend>
          {(['main', 'reserve', 'refused'] as const).map((p) => (
            <Radio
              key={p}
              name={`placement-${theCase.caseId}`}
              value={p}
              label={t(`allocation.placement.${p}`)}
              checked={placement === p}
              onChange={() => setPlacement(p)}
            />
          ))}
        </Fieldset>
        {placement === 'main' && (
          <NumberField
            id="entry-grant"
            label={t('allocation.entry.grant')}
            description={t('allocation.entry.grantHelp')}
            kind="amount"
            locale={locale}
            value={grant}
            onChange={setGrant}
            problemText={(p) => problemText(t('allocation.entry.grant'), p)}
          />
        )}
        {reduced && grant !== undefined && (
          <>
            <TextField
              id="entry-reason"
              label={t('allocation.entry.reason')}
              description={t('allocation.entry.reasonHelp')}
              multiline
              value={reason}
              onChange={setReason}
            />
            <CutLines
              lines={theCase.budgetLines}
              cuts={cuts}
              onChange={setCuts}
              needed={theCase.appliedNok - grant}
            />
          </>
        )}
        {placement === 'reserve' && (
          <NumberField
            id="entry-position"
            label={t('allocation.entry.position')}
            description={t('allocation.entry.positionHelp')}
            kind="integer"
            locale={locale}
            value={position}
            onChange={setPosition}
            problemText={(p) => problemText(t('allocation.entry.position'), p)}
          />
        )}
        <TextField
          id="entry-departure"
          label={t('allocation.entry.departure')}
          description={
            isDeparture
              ? t('allocation.entry.departureNeeded')
              : t('allocation.entry.departureHelp')
          }
          multiline
          value={departure}
          onChange={setDeparture}
        />
        {error && (
          <Alert data-color="danger" role="alert">
            {error.message}
            {error.fields.length > 0 && (
              <ul>
                {error.fields.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}
        <div className="button-row entry-dialog__actions">
          <Button type="button" onClick={() => void save()} disabled={saving}>
            {t('allocation.entry.save')}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('allocation.entry.cancel')}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
