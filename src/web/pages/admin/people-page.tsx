/**
 * `/admin/people`: everyone known to the system, and the erasure of one person's personal data
 * with a reason (GDPR art. 17, docs/adr/0024). What the archive keeps stays; the person becomes a
 * tombstone and the audit trail still verifies.
 */
import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatOsloDate, type Locale } from '../../../domain/time/oslo.js';
import { privacyApi, type Person } from '../../api/privacy.js';
import { ErrorSummaryBox, type SummaryEntry } from '../../app-components/error-summary-box.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { MIN_REASON, useRunner } from '../officer/case-bits.js';

export function AdminPeoplePage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const title = t('privacy.people.title');
  useDocumentTitle(title);
  const load = useCallback(() => privacyApi.people(), []);
  const { resource, retry } = useApiResource('people', load);
  const locale = i18n.language as Locale;
  // Kept here: the list reloads after an erasure and the form is drawn anew.
  const [done, setDone] = useState<{ name: string; events: number } | null>(null);
  const erased = (name: string, events: number) => {
    setDone({ name, events });
    retry();
  };

  const body = () => {
    if (resource.status === 'loading') return <LoadingState label={t('common.loading')} />;
    if (resource.status === 'error') {
      return (
        <ErrorState
          title={t('common.errorTitle')}
          {...errorText(resource.error, t('privacy.people.loadFailed'))}
          retryLabel={t('common.retry')}
          onRetry={retry}
        />
      );
    }
    const people = resource.data.people;
    return (
      <>
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="people-caption">
          <Table data-size="sm" zebra>
            <caption id="people-caption">{t('privacy.people.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('privacy.people.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('privacy.people.email')}</Table.HeaderCell>
                <Table.HeaderCell>{t('privacy.people.roles')}</Table.HeaderCell>
                <Table.HeaderCell>{t('privacy.people.status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {people.map((p) => (
                <Table.Row key={p.id}>
                  <Table.Cell>{p.name}</Table.Cell>
                  <Table.Cell>{p.email ?? '–'}</Table.Cell>
                  <Table.Cell>
                    {p.roles.length ? p.roles.map((r) => t(`role.${r}`)).join(', ') : '–'}
                  </Table.Cell>
                  <Table.Cell>
                    {p.erasedAt
                      ? t('privacy.people.erasedOn', {
                          date: formatOsloDate(new Date(p.erasedAt), locale),
                        })
                      : t('privacy.people.active')}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
        <EraseForm people={people.filter((p) => !p.erasedAt)} onErased={erased} />
      </>
    );
  };

  return (
    <>
      <Heading level={1} data-size="xl">
        {title}
      </Heading>
      <Paragraph data-size="lg" className="lead">
        {t('privacy.people.intro')}
      </Paragraph>
      {done && (
        <Alert data-color="success" role="status">
          {t('privacy.erase.done', { name: done.name, count: done.events })}
        </Alert>
      )}
      {body()}
    </>
  );
}

function EraseForm({
  people,
  onErased,
}: {
  people: Person[];
  onErased: (name: string, events: number) => void;
}) {
  const { t } = useTranslation();
  const run = useRunner('privacy.erase.failed');
  const [userId, setUserId] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<SummaryEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.text;

  const submit = async () => {
    const found: SummaryEntry[] = [];
    if (!userId) {
      found.push({
        key: 'person',
        fieldId: 'erase-person',
        text: t('privacy.erase.personRequired'),
      });
    }
    if (reason.trim().length < MIN_REASON) {
      found.push({
        key: 'reason',
        fieldId: 'erase-reason',
        text: t('privacy.erase.reasonShort', { min: MIN_REASON }),
      });
    }
    setErrors(found);
    if (found.length) {
      setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    const name = people.find((p) => p.id === userId)?.name ?? '';
    setBusy(true);
    const answer = await run(() => privacyApi.erase(userId, reason.trim()), setError);
    setBusy(false);
    if (answer.ok) {
      setUserId('');
      setReason('');
      onErased(name, answer.value.eventsRedacted);
    }
  };

  return (
    <section aria-labelledby="erase-heading" className="erase-form">
      <Heading level={2} data-size="md" id="erase-heading">
        {t('privacy.erase.title')}
      </Heading>
      <Paragraph>{t('privacy.erase.intro')}</Paragraph>
      {error && <Alert data-color="danger">{error}</Alert>}
      <div ref={summaryRef} tabIndex={-1}>
        <ErrorSummaryBox heading={t('privacy.erase.errorSummary')} entries={errors} />
      </div>
      <Field>
        <Label htmlFor="erase-person">{t('privacy.erase.person')}</Label>
        <Select
          id="erase-person"
          value={userId}
          aria-invalid={errorOf('erase-person') ? true : undefined}
          aria-describedby={errorOf('erase-person') ? 'erase-person-error' : undefined}
          onChange={(e) => setUserId(e.target.value)}
        >
          <Select.Option value="">{t('privacy.erase.choose')}</Select.Option>
          {people.map((p) => (
            <Select.Option key={p.id} value={p.id}>
              {p.email ? `${p.name} (${p.email})` : p.name}
            </Select.Option>
          ))}
        </Select>
        {errorOf('erase-person') && (
          <p className="ds-validation-message" data-color="danger" id="erase-person-error">
            {errorOf('erase-person')}
          </p>
        )}
      </Field>
      <Textfield
        id="erase-reason"
        label={t('privacy.erase.reason')}
        description={t('privacy.erase.reasonHelp', { min: MIN_REASON })}
        multiline
        rows={3}
        value={reason}
        error={errorOf('erase-reason')}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="button-row">
        <Button type="button" data-color="danger" disabled={busy} onClick={() => void submit()}>
          {t('privacy.erase.submit')}
        </Button>
      </div>
    </section>
  );
}
