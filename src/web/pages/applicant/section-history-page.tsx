/**
 * `/applications/:id/sections/:sectionId/history`: every saved version of a section, who saved it
 * and when, what changed; one old version field by field, and any field of it copied back into the
 * draft. A copy goes through the section's own autosave (useSectionDraft), with the same guard
 * against overwriting a colleague's save. After the deadline the history is read only.
 */
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import {
  sectionHistoryApi,
  type SectionVersion,
  type SectionVersionSummary,
} from '../../api/section-history.js';
import type { SavedSection, SectionState } from '../../api/types.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { localizedText } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { NotFoundPage } from '../public/not-found-page.js';
import { useApplication } from './application-context.js';
import { ApplicantBreadcrumbs } from './applicant-breadcrumbs.js';
import { SaveIndicator } from './save-indicator.js';
import { copyFieldBack } from './section-history-model.js';
import { SectionVersionView } from './section-version-view.js';
import type { Values } from './sections/editor-props.js';
import { useHistoryText } from './use-history-text.js';
import { useSectionDraft } from './use-section-draft.js';
import './section-history-page.css';

export function SectionHistoryPage() {
  const { sectionId = '' } = useParams();
  const { application } = useApplication();
  const state = application.sections.find((s) => s.id === sectionId);
  if (!state) return <NotFoundPage />;
  return <SectionHistory key={sectionId} state={state} />;
}

type Loaded<T> =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; value: T };

const asApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, {}));

function SectionHistory({ state }: { state: SectionState }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { form, application, acceptSave } = useApplication();
  const definition = form.sections.find((s) => s.id === state.id);
  const sectionTitle = definition ? localizedText(definition.title, locale).text : state.id;
  const title = t('history.title', { section: sectionTitle });
  useDocumentTitle(title);
  const text = useHistoryText(form, application, state.kind);
  const sectionPath = `/applications/${application.id}/sections/${state.id}`;

  const onSaved = useCallback(
    (content: unknown, saved: SavedSection) => acceptSave(state.id, content, saved),
    [acceptSave, state.id],
  );
  const draft = useSectionDraft<Values>(
    { applicationId: application.id, section: state, editable: application.editable, onSaved },
    {},
  );

  const [versions, setVersions] = useState<Loaded<SectionVersionSummary[]>>({ status: 'loading' });
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  // Raised to load the newest page again: after a copy was saved, or to retry.
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    sectionHistoryApi.list(application.id, state.id).then(
      (page) => {
        if (!current) return;
        setVersions({ status: 'ready', value: page.versions });
        setNextBefore(page.nextBefore);
      },
      (e: unknown) => current && setVersions({ status: 'error', error: asApiError(e) }),
    );
    return () => {
      current = false;
    };
  }, [application.id, state.id, generation]);

  const loadOlder = async () => {
    if (nextBefore === null || versions.status !== 'ready') return;
    const page = await sectionHistoryApi.list(application.id, state.id, nextBefore);
    setVersions({ status: 'ready', value: [...versions.value, ...page.versions] });
    setNextBefore(page.nextBefore);
  };

  const [params, setParams] = useSearchParams();
  const chosen = Number(params.get('version')) || null;
  const [loadedVersion, setLoadedVersion] = useState<{
    version: number;
    result: Loaded<SectionVersion>;
  } | null>(null);
  const version: Loaded<SectionVersion> | null =
    chosen === null
      ? null
      : loadedVersion?.version === chosen
        ? loadedVersion.result
        : { status: 'loading' };
  const versionHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (chosen === null) return;
    let current = true;
    sectionHistoryApi.version(application.id, state.id, chosen).then(
      (value) => {
        if (!current) return;
        setLoadedVersion({ version: chosen, result: { status: 'ready', value } });
        requestAnimationFrame(() => versionHeading.current?.focus());
      },
      (e: unknown) =>
        current &&
        setLoadedVersion({ version: chosen, result: { status: 'error', error: asApiError(e) } }),
    );
    return () => {
      current = false;
    };
  }, [application.id, state.id, chosen]);

  const [copied, setCopied] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const copy = async (path: string[], what: string) => {
    if (version?.status !== 'ready') return;
    setBusy(true);
    setCopied(null);
    draft.update(copyFieldBack(draft.content, version.value.content, path));
    const saved = await draft.flush();
    setBusy(false);
    if (saved) {
      setCopied(t('history.copied', { what, version: version.value.version }));
      setGeneration((n) => n + 1);
    }
  };
  const canCopy = application.editable && draft.status !== 'conflict' && draft.status !== 'closed';

  return (
    <div className="section-history">
      <ApplicantBreadcrumbs applicationId={application.id} current={title} />
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph>{t(application.editable ? 'history.intro' : 'history.introReadOnly')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={sectionPath}>
            {t('history.backToSection', { section: sectionTitle })}
          </RouterLink>
        </Link>
      </Paragraph>
      {!application.editable && (
        <Alert data-color="info" className="history-alert">
          <Paragraph>{t('history.readOnly')}</Paragraph>
        </Alert>
      )}
      {application.editable && <SaveIndicator status={draft.status} savedAt={draft.savedAt} />}
      <div role="status" className="history-status">
        {copied && <Paragraph>{copied}</Paragraph>}
      </div>
      {draft.status === 'conflict' && (
        <Alert data-color="warning" className="history-alert">
          <Paragraph>{t('history.conflict')}</Paragraph>
          <Link asChild>
            <RouterLink to={sectionPath}>
              {t('history.openSection', { section: sectionTitle })}
            </RouterLink>
          </Link>
        </Alert>
      )}

      {version?.status === 'loading' && <LoadingState label={t('common.loading')} />}
      {version?.status === 'error' && (
        <ErrorState
          title={version.error.title || t('common.errorTitle')}
          message={version.error.detail ?? t('history.versionLoadFailed')}
          reference={null}
          retryLabel={t('history.backToList')}
          onRetry={() => setParams({})}
        />
      )}
      {version?.status === 'ready' && (
        <SectionVersionView
          ref={versionHeading}
          version={version.value}
          draft={draft.content}
          text={text}
          busy={busy}
          onCopy={canCopy ? (path, what) => void copy(path, what) : null}
        />
      )}

      <section className="history-versions" aria-labelledby="history-list-heading">
        <Heading level={2} data-size="sm" id="history-list-heading">
          {t('history.allVersions')}
        </Heading>
        {versions.status === 'loading' && <LoadingState label={t('common.loading')} />}
        {versions.status === 'error' && (
          <ErrorState
            title={t('common.errorTitle')}
            message={t('history.loadFailed')}
            reference={
              versions.error.requestId
                ? t('common.requestId', { id: versions.error.requestId })
                : null
            }
            retryLabel={t('common.retry')}
            onRetry={() => setGeneration((n) => n + 1)}
          />
        )}
        {versions.status === 'ready' && versions.value.length === 0 && (
          <Paragraph>{t('history.none')}</Paragraph>
        )}
        {versions.status === 'ready' && versions.value.length > 0 && (
          <ol className="history-list-of-versions">
            {versions.value.map((v) => (
              <li
                key={v.version}
                className="history-entry"
                aria-current={v.version === chosen ? 'true' : undefined}
              >
                <Heading level={3} data-size="2xs">
                  {t('history.versionHeading', { version: v.version })}
                  {v.version === state.version && ` (${t('history.current')})`}
                </Heading>
                <Paragraph data-size="sm">
                  {t('history.savedBy', { name: v.savedBy.name, time: text.savedAt(v.savedAt) })}
                </Paragraph>
                <Paragraph data-size="sm">
                  {v.changedFields.length === 0
                    ? t('history.noChanges')
                    : t('history.changed', {
                        fields: text.changesInOrder(v.changedFields).map(text.change).join(', '),
                      })}
                </Paragraph>
                {v.version !== chosen && (
                  <Link asChild>
                    <RouterLink to={`?version=${v.version}`}>
                      {t('history.show', { version: v.version })}
                    </RouterLink>
                  </Link>
                )}
              </li>
            ))}
          </ol>
        )}
        {nextBefore !== null && (
          <Button type="button" variant="secondary" onClick={() => void loadOlder()}>
            {t('history.older')}
          </Button>
        )}
      </section>
    </div>
  );
}
