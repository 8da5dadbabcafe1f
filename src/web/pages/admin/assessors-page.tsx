/**
 * `/admin/assessors`: the assessors with their ties to organisations (affiliations), which the
 * conflict check (R26) compares with the parties of each case. The admin adds (orgnr, role,
 * optional name; the register fills the name when left out) and removes them.
 */
import {
  Alert,
  Button,
  Card,
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
import { isValidOrgnr } from '../../../domain/application/orgnr.js';
import { casesApi } from '../../api/cases.js';
import type { AffiliationRole, Assessor } from '../../api/case-types.js';
import { ErrorSummaryBox, type SummaryEntry } from '../../app-components/error-summary-box.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { useRunner } from '../officer/case-bits.js';

const ROLES: readonly AffiliationRole[] = ['employee', 'board_member', 'owner', 'other'];
/** The form's input for each field the server may name in a 422. */
const SERVER_FIELDS: Readonly<Record<string, string>> = {
  orgnr: 'orgnr',
  orgName: 'name',
  role: 'role',
};

export function AssessorsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const title = t('adminAssessors.title');
  useDocumentTitle(title);
  const load = useCallback(() => casesApi.listAssessors(), []);
  const { resource, retry } = useApiResource('assessors', load);

  const body = () => {
    if (resource.status === 'loading') return <LoadingState label={t('common.loading')} />;
    if (resource.status === 'error') {
      return (
        <ErrorState
          title={t('common.errorTitle')}
          {...errorText(resource.error, t('adminAssessors.loadFailed'))}
          retryLabel={t('common.retry')}
          onRetry={retry}
        />
      );
    }
    if (resource.data.length === 0) return <Paragraph>{t('adminAssessors.empty')}</Paragraph>;
    return (
      <ul className="assessor-list">
        {resource.data.map((a) => (
          <li key={a.userId}>
            <AssessorCard initial={a} />
          </li>
        ))}
      </ul>
    );
  };
  return (
    <>
      <Heading level={1} data-size="xl">
        {title}
      </Heading>
      <Paragraph data-size="lg" className="lead">
        {t('adminAssessors.intro')}
      </Paragraph>
      {body()}
    </>
  );
}

function AssessorCard({ initial }: { initial: Assessor }) {
  const { t } = useTranslation();
  const run = useRunner('adminAssessors.failed');
  const [assessor, setAssessor] = useState(initial);
  const [orgnr, setOrgnr] = useState('');
  const [role, setRole] = useState<AffiliationRole | ''>('');
  const [orgName, setOrgName] = useState('');
  const [errors, setErrors] = useState<SummaryEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const prefix = `aff-${assessor.userId}`;
  const headingId = `${prefix}-heading`;
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.text;

  const add = async () => {
    const found: SummaryEntry[] = [];
    const cleaned = orgnr.replace(/\s/g, '');
    if (!/^\d{9}$/.test(cleaned)) {
      found.push({
        key: 'orgnr',
        fieldId: `${prefix}-orgnr`,
        text: t('adminAssessors.orgnrFormat'),
      });
    } else if (!isValidOrgnr(cleaned)) {
      found.push({
        key: 'orgnr',
        fieldId: `${prefix}-orgnr`,
        text: t('adminAssessors.orgnrInvalid'),
      });
    }
    if (!role) {
      found.push({
        key: 'role',
        fieldId: `${prefix}-role`,
        text: t('adminAssessors.roleRequired'),
      });
    }
    setErrors(found);
    if (found.length || !role) {
      setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    setBusy(true);
    const answer = await run(
      () =>
        casesApi.addAffiliation(assessor.userId, {
          orgnr: cleaned,
          role,
          ...(orgName.trim() ? { orgName: orgName.trim() } : {}),
        }),
      setError,
    );
    setBusy(false);
    if (answer.ok) {
      setAssessor(answer.value);
      setOrgnr('');
      setRole('');
      setOrgName('');
      return;
    }
    // The server's reasons (an invalid orgnr, a name it cannot find) go beside their fields.
    const fromServer = (answer.error.errors ?? []).flatMap((e): SummaryEntry[] => {
      const field = SERVER_FIELDS[e.path];
      return field ? [{ key: e.path, fieldId: `${prefix}-${field}`, text: e.message }] : [];
    });
    if (fromServer.length > 0) {
      setError(null);
      setErrors(fromServer);
      setTimeout(() => summaryRef.current?.focus(), 0);
    }
  };

  const remove = async (affiliationId: string) => {
    setBusy(true);
    const answer = await run(
      () => casesApi.removeAffiliation(assessor.userId, affiliationId),
      setError,
    );
    setBusy(false);
    if (answer.ok) setAssessor(answer.value);
  };

  return (
    <Card data-color="neutral" className="assessor-card">
      <Heading level={2} data-size="sm" id={headingId}>
        {assessor.name}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {assessor.email ?? t('adminAssessors.noEmail')} ·{' '}
        {t('adminAssessors.activeAssignments', { count: assessor.activeAssignments })}
      </Paragraph>
      {assessor.affiliations.length === 0 ? (
        <Paragraph data-size="sm">{t('adminAssessors.noAffiliations')}</Paragraph>
      ) : (
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-labelledby={`${prefix}-caption`}
        >
          <Table data-size="sm" zebra>
            <caption id={`${prefix}-caption`}>
              {t('adminAssessors.caption', { name: assessor.name })}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('adminAssessors.organisation')}</Table.HeaderCell>
                <Table.HeaderCell>{t('adminAssessors.orgnr')}</Table.HeaderCell>
                <Table.HeaderCell>{t('adminAssessors.roleLabel')}</Table.HeaderCell>
                <Table.HeaderCell>{t('adminAssessors.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {assessor.affiliations.map((aff) => (
                <Table.Row key={aff.id}>
                  <Table.Cell>{aff.orgName}</Table.Cell>
                  <Table.Cell>{aff.orgnr}</Table.Cell>
                  <Table.Cell>{t(`adminAssessors.role.${aff.role}`)}</Table.Cell>
                  <Table.Cell>
                    <Button
                      type="button"
                      variant="tertiary"
                      data-color="danger"
                      data-size="sm"
                      disabled={busy}
                      onClick={() => void remove(aff.id)}
                    >
                      {t('adminAssessors.remove')}
                      <span className="visually-hidden"> {aff.orgName}</span>
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <ErrorSummaryBox ref={summaryRef} heading={t('cases.errorSummary')} entries={errors} />
      <form
        noValidate
        className="affiliation-form"
        aria-labelledby={`${prefix}-add`}
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <Heading level={3} data-size="2xs" id={`${prefix}-add`}>
          {t('adminAssessors.addHeading', { name: assessor.name })}
        </Heading>
        <div className="affiliation-form__fields">
          <Textfield
            id={`${prefix}-orgnr`}
            label={t('adminAssessors.orgnr')}
            description={t('adminAssessors.orgnrHelp')}
            inputMode="numeric"
            value={orgnr}
            error={errorOf(`${prefix}-orgnr`)}
            onChange={(e) => setOrgnr(e.target.value)}
          />
          <Field>
            <Label htmlFor={`${prefix}-role`}>{t('adminAssessors.roleLabel')}</Label>
            <Select
              id={`${prefix}-role`}
              value={role}
              aria-invalid={errorOf(`${prefix}-role`) ? true : undefined}
              aria-describedby={errorOf(`${prefix}-role`) ? `${prefix}-role-error` : undefined}
              onChange={(e) => setRole(e.target.value as AffiliationRole | '')}
            >
              <Select.Option value="">{t('adminAssessors.chooseRole')}</Select.Option>
              {ROLES.map((r) => (
                <Select.Option key={r} value={r}>
                  {t(`adminAssessors.role.${r}`)}
                </Select.Option>
              ))}
            </Select>
            {errorOf(`${prefix}-role`) && (
              <p className="ds-validation-message" data-color="danger" id={`${prefix}-role-error`}>
                {errorOf(`${prefix}-role`)}
              </p>
            )}
          </Field>
          <Textfield
            id={`${prefix}-name`}
            label={t('adminAssessors.orgName')}
            description={t('adminAssessors.orgNameHelp')}
            value={orgName}
            error={errorOf(`${prefix}-name`)}
            onChange={(e) => setOrgName(e.target.value)}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={busy} aria-busy={busy}>
          {t('adminAssessors.add')}
        </Button>
        <div role="alert">{error && <Alert data-color="danger">{error}</Alert>}</div>
      </form>
    </Card>
  );
}
