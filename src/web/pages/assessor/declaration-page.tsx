/**
 * `/assignments/:assignmentId/declaration`: the assessor's declaration under forvaltningsloven § 6
 * before seeing anything of the application. The parties are listed; each ground of the law is a
 * checkbox in plain words; "none of these apply" must be confirmed; a ticked ground needs an
 * explanation. Declaring a conflict removes the assessor from the case, and the officer is told.
 */
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Link,
  Paragraph,
  Textfield,
} from '@digdir/designsystemet-react';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { DECLARATION_GROUND_TEXTS, HABILITET_LAW } from '../../../domain/assessment/conflicts.js';
import { casesApi } from '../../api/cases.js';
import type { DeclarationGround, MyAssignment } from '../../api/case-types.js';
import { ErrorSummaryBox, type SummaryEntry } from '../../app-components/error-summary-box.js';
import { FactList } from '../../app-components/fact-list.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { localizedText } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { useRunner } from '../officer/case-bits.js';
import { AssessorBreadcrumbs } from './my-assignments-page.js';

export const GROUNDS: readonly DeclarationGround[] = [
  'party',
  'related_to_party',
  'guardian_or_agent',
  'leads_or_board_of_party',
  'other_special_circumstances',
];

export function DeclarationPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { assignmentId = '' } = useParams();
  const load = useCallback(async (id: string): Promise<MyAssignment | null> => {
    const mine = await casesApi.myAssignments();
    return mine.find((a) => a.id === id) ?? null;
  }, []);
  const { resource, retry } = useApiResource(assignmentId, load);
  const title = t('assessor.declaration.title');
  useDocumentTitle(title);

  const body = () => {
    if (resource.status === 'loading') return <LoadingState label={t('common.loading')} />;
    if (resource.status === 'error') {
      return (
        <ErrorState
          level={1}
          title={t('common.errorTitle')}
          {...errorText(resource.error, t('assessor.mine.loadFailed'))}
          retryLabel={t('common.retry')}
          onRetry={retry}
        />
      );
    }
    if (!resource.data) {
      return (
        <>
          <Heading level={1} data-size="lg">
            {title}
          </Heading>
          <Paragraph>{t('assessor.declaration.notFound')}</Paragraph>
        </>
      );
    }
    return <DeclarationForm key={resource.data.id} assignment={resource.data} />;
  };
  return (
    <div className="declaration-page">
      <AssessorBreadcrumbs current={title} />
      {body()}
    </div>
  );
}

function DeclarationForm({ assignment: initial }: { assignment: MyAssignment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const run = useRunner('assessor.declaration.failed');
  const [assignment, setAssignment] = useState(initial);
  const [grounds, setGrounds] = useState<DeclarationGround[]>([]);
  const [none, setNone] = useState(false);
  const [explanation, setExplanation] = useState('');
  const [errors, setErrors] = useState<SummaryEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const title = t('assessor.declaration.title');
  const errorOf = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.text;

  const submit = async () => {
    const found: SummaryEntry[] = [];
    if (grounds.length === 0 && !none) {
      found.push({
        key: 'choice',
        fieldId: 'declaration-grounds',
        text: t('assessor.declaration.chooseOne'),
      });
    }
    if (grounds.length > 0 && none) {
      found.push({
        key: 'both',
        fieldId: 'declaration-grounds',
        text: t('assessor.declaration.contradiction'),
      });
    }
    if (grounds.length > 0 && !explanation.trim()) {
      found.push({
        key: 'explanation',
        fieldId: 'declaration-explanation',
        text: t('assessor.declaration.explanationRequired'),
      });
    }
    setErrors(found);
    if (found.length) {
      setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    setBusy(true);
    const answer = await run(
      () =>
        casesApi.declare(assignment.id, {
          grounds,
          ...(explanation.trim() ? { explanation: explanation.trim() } : {}),
        }),
      setError,
    );
    setBusy(false);
    if (!answer.ok) return;
    if (answer.value.status === 'active') {
      void navigate(`/assignments/${assignment.id}`);
      return;
    }
    setAssignment(answer.value);
  };

  if (assignment.status === 'removed_conflict' || assignment.status === 'removed') {
    return (
      <>
        <Alert data-color="info" className="declaration-removed">
          <Heading level={1} data-size="md">
            {t('assessor.declaration.removedTitle')}
          </Heading>
          <Paragraph>
            {t(
              assignment.status === 'removed_conflict'
                ? 'assessor.declaration.removedText'
                : 'assessor.declaration.removedByOfficer',
              { caseNumber: assignment.caseNumber },
            )}
          </Paragraph>
        </Alert>
        <Paragraph>
          <Link asChild>
            <RouterLink to="/assignments">{t('assessor.declaration.back')}</RouterLink>
          </Link>
        </Paragraph>
      </>
    );
  }
  if (assignment.status === 'active') {
    return (
      <>
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        <Paragraph>{t('assessor.declaration.alreadyDeclared')}</Paragraph>
        <Link asChild>
          <RouterLink to={`/assignments/${assignment.id}`}>{t('assessor.mine.assess')}</RouterLink>
        </Link>
      </>
    );
  }

  return (
    <>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph data-size="lg" className="lead">
        {t('assessor.declaration.intro')}
      </Paragraph>
      <details className="law-text">
        <summary>{localizedText(HABILITET_LAW.reference, locale).text}</summary>
        <Paragraph data-size="sm" lang={localizedText(HABILITET_LAW.citation, locale).lang}>
          {localizedText(HABILITET_LAW.citation, locale).text}
        </Paragraph>
      </details>
      <section aria-labelledby="parties-heading" className="declaration-parties">
        <Heading level={2} data-size="sm" id="parties-heading">
          {t('assessor.declaration.parties', { caseNumber: assignment.caseNumber })}
        </Heading>
        <FactList
          facts={[
            { key: 'project', term: t('assessor.mine.project'), value: assignment.title },
            {
              key: 'institution',
              term: t('assessor.declaration.applicant'),
              value: `${assignment.institution.name} (${assignment.institution.orgnr})`,
            },
            {
              key: 'partners',
              term: t('assessor.mine.partners'),
              value: (
                <ul className="plain-list">
                  {assignment.partners.map((p) => (
                    <li key={p.orgnr}>
                      {p.name} ({p.orgnr})
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      </section>
      <ErrorSummaryBox ref={summaryRef} heading={t('cases.errorSummary')} entries={errors} />
      <form
        noValidate
        className="declaration-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Fieldset
          id="declaration-grounds"
          tabIndex={-1}
          aria-describedby={
            errorOf('declaration-grounds') ? 'declaration-grounds-error' : undefined
          }
        >
          <Fieldset.Legend>{t('assessor.declaration.groundsLegend')}</Fieldset.Legend>
          <Fieldset.Description>{t('assessor.declaration.groundsHelp')}</Fieldset.Description>
          {GROUNDS.map((ground) => (
            <Checkbox
              key={ground}
              id={`ground-${ground}`}
              value={ground}
              label={localizedText(DECLARATION_GROUND_TEXTS[ground], locale).text}
              description={t(`assessor.ground.${ground}.help`)}
              checked={grounds.includes(ground)}
              aria-invalid={errorOf('declaration-grounds') ? true : undefined}
              onChange={(e) =>
                setGrounds((list) =>
                  e.target.checked ? [...list, ground] : list.filter((g) => g !== ground),
                )
              }
            />
          ))}
          {errorOf('declaration-grounds') && (
            <p className="ds-validation-message" data-color="danger" id="declaration-grounds-error">
              {errorOf('declaration-grounds')}
            </p>
          )}
        </Fieldset>
        {grounds.length > 0 && (
          <Textfield
            id="declaration-explanation"
            label={t('assessor.declaration.explanation')}
            description={t('assessor.declaration.explanationHelp')}
            multiline
            rows={3}
            value={explanation}
            error={errorOf('declaration-explanation')}
            onChange={(e) => setExplanation(e.target.value)}
          />
        )}
        <Checkbox
          id="declaration-none"
          label={t('assessor.declaration.none')}
          checked={none}
          onChange={(e) => setNone(e.target.checked)}
        />
        {grounds.length > 0 && (
          <Alert data-color="warning">{t('assessor.declaration.conflictConsequence')}</Alert>
        )}
        <Button type="submit" disabled={busy} aria-busy={busy}>
          {t('assessor.declaration.submit')}
        </Button>
        <div role="alert">{error && <Alert data-color="danger">{error}</Alert>}</div>
      </form>
    </>
  );
}
