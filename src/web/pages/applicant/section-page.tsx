/**
 * `/applications/:id/sections/:sectionId`: one section of the form, drawn by its kind, with
 * autosave, the error summary, findings beside the fields and in a side panel, and the conflict
 * dialog when a colleague (or the same person, in another window) changed a field this edit changed.
 */
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import type { SavedSection, SectionState } from '../../api/types.js';
import { ErrorSummaryBox } from '../../app-components/error-summary-box.js';
import { FindingsPanel } from '../../app-components/findings-panel.js';
import { localizedText } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { NotFoundPage } from '../public/not-found-page.js';
import { useApplication } from './application-context.js';
import { fieldIdOf, findingsOfSection, pathInSection } from './application-model.js';
import { ApplicantBreadcrumbs } from './applicant-breadcrumbs.js';
import { SaveIndicator } from './save-indicator.js';
import { SectionConflict } from './section-conflict.js';
import { EDITORS } from './sections/editors.js';
import type { Values } from './sections/editor-props.js';
import { useLocalFieldErrors, type SectionKit } from './sections/section-kit.js';
import { useSectionDraft } from './use-section-draft.js';

export function SectionPage() {
  const { sectionId = '' } = useParams();
  const { application } = useApplication();
  const state = application.sections.find((s) => s.id === sectionId);
  if (!state) return <NotFoundPage />;
  // Keyed so that moving to another section starts a fresh draft.
  return <SectionEditor key={sectionId} state={state} />;
}

function SectionEditor({ state }: { state: SectionState }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { form, application, acceptSave } = useApplication();
  const definition = form.sections.find((s) => s.id === state.id);
  const title = definition
    ? localizedText(definition.title, locale)
    : { text: state.id, lang: locale };
  useDocumentTitle(title.text);
  const summaryRef = useRef<HTMLDivElement>(null);

  const onSaved = useCallback(
    (content: unknown, saved: SavedSection) => acceptSave(state.id, content, saved),
    [acceptSave, state.id],
  );
  const draft = useSectionDraft<Values>(
    { applicationId: application.id, section: state, editable: application.editable, onSaved },
    {},
  );
  const local = useLocalFieldErrors();
  const findings = findingsOfSection(application.findings, state.id);
  const kit: SectionKit = {
    sectionId: state.id,
    kind: state.kind,
    locale,
    readOnly: !application.editable,
    limits: definition?.limits ?? {},
    fieldErrors: draft.fieldErrors,
    findings,
    flush: () => void draft.flush(),
    reportLocalError: local.report,
  };
  const Editor = EDITORS[state.kind];
  const summary = [
    ...[...local.errors, ...draft.fieldErrors].map((e, i) => ({
      key: `e${i}`,
      fieldId: fieldIdOf(
        state.id,
        e.path.startsWith(`${state.id}.`) ? e.path.slice(state.id.length + 1) : e.path,
      ),
      text: e.message,
    })),
    ...findings
      .filter((f) => f.severity === 'error')
      .map((f, i) => ({
        key: `${f.ruleId}-${f.path}-${i}`,
        fieldId: fieldIdOf(state.id, pathInSection(f, state.id) ?? ''),
        text: localizedText(f.message, locale).text,
      })),
  ];

  const saveAndContinue = async () => {
    if (local.errors.length > 0 || !(await draft.flush())) {
      summaryRef.current?.focus();
      return;
    }
    void navigate(`/applications/${application.id}`);
  };

  return (
    <>
      <ApplicantBreadcrumbs applicationId={application.id} current={title.text} />
      <div className="section-layout">
        <div className="section-main">
          <Heading level={1} data-size="lg" lang={title.lang}>
            {title.text}
          </Heading>
          {definition && (
            <Paragraph className="section-help">
              {localizedText(definition.help, locale).text}
            </Paragraph>
          )}
          <SaveIndicator
            status={local.errors.length > 0 ? 'invalid' : draft.status}
            savedAt={draft.savedAt}
          />
          {state.version > 0 && (
            <Paragraph data-size="sm">
              <Link asChild>
                <RouterLink
                  to="history"
                  onClick={(e) => {
                    // Saved first: the history page picks up the draft from the saved version.
                    e.preventDefault();
                    void draft.flush().then(() => navigate('history'));
                  }}
                >
                  {t('history.link')}
                </RouterLink>
              </Link>
            </Paragraph>
          )}
          <ErrorSummaryBox
            ref={summaryRef}
            heading={t('applicant.summaryHeading')}
            entries={summary}
          />
          <form
            className="section-form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void saveAndContinue();
            }}
          >
            {Editor ? (
              <Editor
                kit={kit}
                content={draft.content}
                onChange={draft.update}
                form={form}
                application={application}
              />
            ) : (
              <Paragraph>{t('applicant.unknownKind')}</Paragraph>
            )}
            <div className="section-actions">
              <Button type="submit">
                {t(application.editable ? 'applicant.saveAndContinue' : 'applicant.backToTasks')}
              </Button>
            </div>
          </form>
        </div>
        <FindingsPanel
          heading={t('applicant.findingsHeading')}
          emptyText={t('applicant.noFindings')}
          citationLabel={t('applicant.citation')}
          findings={findings}
          locale={locale}
          hrefOf={(f) => `#${fieldIdOf(state.id, pathInSection(f, state.id) ?? '')}`}
        />
      </div>
      {draft.conflict && (
        <SectionConflict
          conflict={draft.conflict}
          kind={state.kind}
          form={form}
          application={application}
          onResolve={(chosen) => void draft.resolve(chosen)}
        />
      )}
    </>
  );
}
