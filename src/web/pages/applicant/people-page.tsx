/**
 * `/institutions/:orgnr/people`: who may act for the institution, an invitation form for a
 * colleague's e-mail address, and the open invitations with a confirmed "revoke".
 */
import {
  Alert,
  Button,
  Dialog,
  Heading,
  Paragraph,
  Table,
  Tag,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { INVITATION_TTL_DAYS } from '../../../domain/access/invitation.js';
import { ApiError } from '../../api/client.js';
import { peopleApi, type OpenInvitation, type PeopleView } from '../../api/people.js';
import { ErrorSummaryBox } from '../../app-components/error-summary-box.js';
import { TextField } from '../../app-components/form-fields.js';
import { ErrorState, LoadingState, NotFoundState } from '../../app-components/page-states.js';
import { formatDate, formatDateTime } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { ApplicantBreadcrumbs } from './applicant-breadcrumbs.js';
import './people-page.css';

const EMAIL_FIELD = 'invite-email';

export function PeoplePage() {
  const { t } = useTranslation();
  const { orgnr = '' } = useParams();
  const errorText = useErrorText();
  const title = t('people.title');
  const { resource, retry } = useApiResource(orgnr, peopleApi.listPeople);
  const notFound = resource.status === 'error' && resource.error.status === 404;
  useDocumentTitle(notFound ? t('polish.peopleNotFoundTitle') : title);
  // After an invitation or a revocation the list is read again without a loading flash.
  const [fresh, setFresh] = useState<{ orgnr: string; view: PeopleView } | null>(null);

  const heading = (
    <Heading level={1} data-size="lg">
      {title}
    </Heading>
  );
  if (resource.status === 'loading') {
    return (
      <>
        <ApplicantBreadcrumbs current={title} />
        {heading}
        <LoadingState label={t('common.loading')} />
      </>
    );
  }
  if (notFound) {
    // Not one's own institution, or none by that number: the same answer, so as not to tell
    // which institutions exist. Trying again would not help.
    return (
      <>
        <ApplicantBreadcrumbs current={t('polish.peopleNotFoundTitle')} />
        <NotFoundState
          title={t('polish.peopleNotFoundTitle')}
          body={t('polish.peopleNotFoundBody')}
          linkTo="/applications"
          linkText={t('polish.toMyApplications')}
        />
      </>
    );
  }
  if (resource.status === 'error') {
    return (
      <>
        <ApplicantBreadcrumbs current={title} />
        {heading}
        <ErrorState
          title={t('common.errorTitle')}
          {...errorText(resource.error, t('people.loadFailed'))}
          retryLabel={t('common.retry')}
          onRetry={retry}
        />
      </>
    );
  }
  const view = fresh?.orgnr === orgnr ? fresh.view : resource.data;
  const reload = async () => {
    setFresh({ orgnr, view: await peopleApi.listPeople(orgnr) });
  };

  return (
    <>
      <ApplicantBreadcrumbs current={title} />
      <Paragraph data-size="sm" className="muted">
        {view.institution.name}
      </Paragraph>
      {heading}
      <Paragraph>{t('people.intro', { institution: view.institution.name })}</Paragraph>
      <PeopleTable view={view} />
      <InviteForm orgnr={orgnr} institution={view.institution.name} onInvited={reload} />
      <OpenInvitations orgnr={orgnr} invitations={view.invitations} onRevoked={reload} />
    </>
  );
}

function PeopleTable({ view }: { view: PeopleView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="people-with-access" className="people-section">
      <Heading level={2} data-size="sm" id="people-with-access">
        {t('people.withAccess')}
      </Heading>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="people-caption">
        <Table zebra data-size="sm">
          <caption id="people-caption">
            {t('people.peopleCaption', { institution: view.institution.name })}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('people.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('people.email')}</Table.HeaderCell>
              <Table.HeaderCell>{t('people.since')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {view.people.map((p, i) => (
              <Table.Row key={`${p.email ?? ''}-${i}`}>
                <Table.Cell>
                  {p.name}
                  {p.you && (
                    <>
                      {' '}
                      <Tag data-size="sm" data-color="info">
                        {t('people.you')}
                      </Tag>
                    </>
                  )}
                </Table.Cell>
                <Table.Cell>{p.email ?? t('people.noEmail')}</Table.Cell>
                <Table.Cell>{formatDate(new Date(p.since), locale)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}

function InviteForm(props: { orgnr: string; institution: string; onInvited: () => Promise<void> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Bumped on each failed submit, so the summary takes focus even when its text is unchanged.
  const [failures, setFailures] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (failures > 0) summaryRef.current?.focus();
  }, [failures]);

  const fail = (field: string | null, form: string | null) => {
    setFieldError(field);
    setFormError(form);
    setFailures((n) => n + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (email.trim() === '') return fail(t('people.emailRequired'), null);
    setBusy(true);
    try {
      const created = await peopleApi.invite(props.orgnr, email);
      setFieldError(null);
      setFormError(null);
      setEmail('');
      setDone(
        t('people.invited', {
          email: created.email,
          expires: formatDateTime(new Date(created.expiresAt), locale),
        }),
      );
      await props.onInvited().catch(() => undefined);
    } catch (error) {
      const api = error instanceof ApiError ? error : null;
      const onField = api?.errors?.find((e) => e.path === 'email');
      if (onField) fail(onField.message, null);
      else if (api && api.status !== 0 && (api.detail ?? api.title))
        fail(null, api.detail ?? api.title);
      else fail(null, t('people.inviteFailed'));
    } finally {
      setBusy(false);
    }
  };

  const entries = [
    ...(fieldError ? [{ key: 'email', fieldId: EMAIL_FIELD, text: fieldError }] : []),
    ...(formError ? [{ key: 'form', fieldId: EMAIL_FIELD, text: formError }] : []),
  ];

  return (
    <section aria-labelledby="invite-heading" className="people-section people-invite">
      <Heading level={2} data-size="sm" id="invite-heading">
        {t('people.inviteHeading')}
      </Heading>
      <ErrorSummaryBox ref={summaryRef} heading={t('people.summaryHeading')} entries={entries} />
      <form noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          id={EMAIL_FIELD}
          type="email"
          label={t('people.emailLabel')}
          description={t('people.emailHelp', {
            institution: props.institution,
            days: INVITATION_TTL_DAYS,
          })}
          value={email}
          onChange={setEmail}
          {...(fieldError ? { error: fieldError } : {})}
        />
        <Button type="submit" disabled={busy} aria-busy={busy}>
          {t('people.inviteButton')}
        </Button>
      </form>
      <div role="status" className="people-status">
        {done && <Alert data-color="success">{done}</Alert>}
      </div>
    </section>
  );
}

function OpenInvitations(props: {
  orgnr: string;
  invitations: OpenInvitation[];
  onRevoked: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [confirming, setConfirming] = useState<OpenInvitation | null>(null);
  const [status, setStatus] = useState<{ text: string; ok: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // After the Dialog's own effect has opened it: the safe choice takes focus.
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const revoke = async (invitation: OpenInvitation) => {
    setBusy(true);
    try {
      await peopleApi.revoke(props.orgnr, invitation.id);
      setStatus({ text: t('people.revoked', { email: invitation.email }), ok: true });
      await props.onRevoked().catch(() => undefined);
    } catch (error) {
      const detail = error instanceof ApiError && error.status !== 0 ? error.title : null;
      setStatus({ text: detail || t('people.revokeFailed'), ok: false });
      // Refused because someone else got there first: show the list as it now is.
      await props.onRevoked().catch(() => undefined);
    } finally {
      setBusy(false);
      setConfirming(null);
      // The row and its button are gone: the outcome is the next sensible place for focus.
      statusRef.current?.focus();
    }
  };

  return (
    <section aria-labelledby="open-invitations" className="people-section">
      <Heading level={2} data-size="sm" id="open-invitations">
        {t('people.openHeading')}
      </Heading>
      <div role="status" ref={statusRef} tabIndex={-1} className="people-status">
        {status && <Alert data-color={status.ok ? 'success' : 'danger'}>{status.text}</Alert>}
      </div>
      {props.invitations.length === 0 ? (
        <Paragraph>{t('people.noInvitations')}</Paragraph>
      ) : (
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-labelledby="invitations-caption"
        >
          <Table zebra data-size="sm">
            <caption id="invitations-caption">{t('people.invitationsCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('people.email')}</Table.HeaderCell>
                <Table.HeaderCell>{t('people.invitedBy')}</Table.HeaderCell>
                <Table.HeaderCell>{t('people.created')}</Table.HeaderCell>
                <Table.HeaderCell>{t('people.expires')}</Table.HeaderCell>
                <Table.HeaderCell>{t('people.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {props.invitations.map((invitation) => (
                <Table.Row key={invitation.id}>
                  <Table.Cell>{invitation.email}</Table.Cell>
                  <Table.Cell>{invitation.invitedBy.name}</Table.Cell>
                  <Table.Cell>{formatDateTime(new Date(invitation.createdAt), locale)}</Table.Cell>
                  <Table.Cell>{formatDateTime(new Date(invitation.expiresAt), locale)}</Table.Cell>
                  <Table.Cell>
                    <Button
                      type="button"
                      variant="secondary"
                      data-size="sm"
                      aria-label={t('people.revokeLabel', { email: invitation.email })}
                      onClick={() => setConfirming(invitation)}
                    >
                      {t('people.revoke')}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <Dialog
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        closeButton={t('people.close')}
        aria-labelledby="revoke-title"
        aria-describedby="revoke-body"
        className="people-dialog"
      >
        <Dialog.Block>
          <Heading level={2} data-size="xs" id="revoke-title">
            {t('people.confirmTitle')}
          </Heading>
        </Dialog.Block>
        <Dialog.Block>
          <Paragraph id="revoke-body">
            {t('people.confirmBody', { email: confirming?.email ?? '' })}
          </Paragraph>
          <div className="people-dialog__actions">
            <Button
              type="button"
              data-color="danger"
              disabled={busy}
              aria-busy={busy}
              onClick={() => {
                if (confirming) void revoke(confirming);
              }}
            >
              {t('people.confirmRevoke')}
            </Button>
            <Button
              type="button"
              variant="secondary"
              ref={cancelRef}
              onClick={() => setConfirming(null)}
            >
              {t('people.cancel')}
            </Button>
          </div>
        </Dialog.Block>
      </Dialog>
    </section>
  );
}
