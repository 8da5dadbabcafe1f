/**
 * Assessors of a case (R26): choose one and assign; when the server finds a tie between the
 * assessor and a party (409 assignment_conflict) the conflicts are shown and the officer may assign
 * anyway with a written reason. The assignments with their declarations and status, and removal.
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
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { casesApi } from '../../api/cases.js';
import type { Assessor, Assignment, CaseDetail, Conflict } from '../../api/case-types.js';
import { ErrorSummaryBox } from '../../app-components/error-summary-box.js';
import { formatDateTime } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { AssignmentStatusTag, MIN_REASON, useRunner } from './case-bits.js';
import { StandingConflictsWarning } from './standing-conflicts-warning.js';

interface PanelProps {
  detail: CaseDetail;
  onChange: (detail: CaseDetail) => void;
  canEdit: boolean;
}

function conflictsOf(problem: unknown): Conflict[] {
  if (typeof problem !== 'object' || problem === null) return [];
  const list = (problem as { conflicts?: unknown }).conflicts;
  return Array.isArray(list) ? (list as Conflict[]) : [];
}

export function AssessorsPanel({ detail, onChange, canEdit }: PanelProps) {
  const { t } = useTranslation();
  const run = useRunner('cases.assessors.failed');
  const [assessors, setAssessors] = useState<Assessor[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [conflicts, setConflicts] = useState<Conflict[] | null>(null);
  const [override, setOverride] = useState('');
  const [overrideError, setOverrideError] = useState<string | null>(null);
  const [chooseError, setChooseError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!canEdit) return;
    let current = true;
    casesApi.listAssessors().then(
      (list) => current && setAssessors(list),
      () => current && setAssessors([]),
    );
    return () => {
      current = false;
    };
  }, [canEdit]);

  const taken = new Set(
    detail.assignments
      .filter((a) => a.status === 'active' || a.status === 'awaiting_declaration')
      .map((a) => a.assessor.userId),
  );
  const available = (assessors ?? []).filter((a) => !taken.has(a.userId));
  const chosenName = assessors?.find((a) => a.userId === chosen)?.name ?? '';

  const assign = async (overrideReason?: string) => {
    if (!chosen) {
      setChooseError(t('cases.assessors.chooseRequired'));
      document.getElementById('assign-assessor')?.focus();
      return;
    }
    setChooseError(null);
    if (overrideReason !== undefined && overrideReason.trim().length < MIN_REASON) {
      setOverrideError(t('cases.assessors.overrideRequired', { min: MIN_REASON }));
      setTimeout(() => document.getElementById('override-summary')?.focus(), 0);
      return;
    }
    setOverrideError(null);
    setBusy(true);
    const answer = await run(
      () =>
        casesApi.assign(detail.id, {
          assessorUserId: chosen,
          ...(overrideReason !== undefined ? { overrideReason: overrideReason.trim() } : {}),
        }),
      setError,
    );
    setBusy(false);
    if (answer.ok) {
      onChange(answer.value);
      setConflicts(null);
      setOverride('');
      setChosen('');
      return;
    }
    if (answer.error.code === 'assignment_conflict') {
      setError(null);
      setConflicts(conflictsOf(answer.error.problem));
      setTimeout(() => document.getElementById('conflict-warning')?.focus(), 0);
    }
  };

  const unassign = async (assignment: Assignment) => {
    setBusy(true);
    const answer = await run(() => casesApi.unassign(detail.id, assignment.id), setError);
    setBusy(false);
    if (answer.ok) onChange(answer.value);
  };

  return (
    <section id="assessors" aria-labelledby="assessors-heading" className="case-section">
      <Heading level={2} data-size="md" id="assessors-heading">
        {t('cases.assessors.heading')}
      </Heading>
      <StandingConflictsWarning assignments={detail.assignments} />
      <AssignmentTable
        assignments={detail.assignments}
        canEdit={canEdit}
        busy={busy}
        onRemove={(a) => void unassign(a)}
      />
      {canEdit && detail.formalCheck.result === 'proposed_rejection' && (
        <Paragraph>{t('cases.assessors.notAssessable')}</Paragraph>
      )}
      {canEdit && detail.formalCheck.result !== 'proposed_rejection' && (
        <div className="assign-form">
          <Heading level={3} data-size="xs">
            {t('cases.assessors.assignHeading')}
          </Heading>
          <Field>
            <Label htmlFor="assign-assessor">{t('cases.assessors.choose')}</Label>
            <Select
              id="assign-assessor"
              value={chosen}
              aria-invalid={chooseError ? true : undefined}
              aria-describedby={chooseError ? 'assign-assessor-error' : undefined}
              onChange={(e) => {
                setChosen(e.target.value);
                setConflicts(null);
                setOverride('');
                setOverrideError(null);
              }}
            >
              <Select.Option value="">{t('cases.assessors.choosePlaceholder')}</Select.Option>
              {available.map((a) => (
                <Select.Option key={a.userId} value={a.userId}>
                  {t('cases.assessors.option', { name: a.name, count: a.activeAssignments })}
                </Select.Option>
              ))}
            </Select>
            {chooseError && (
              <p className="ds-validation-message" data-color="danger" id="assign-assessor-error">
                {chooseError}
              </p>
            )}
          </Field>
          {!conflicts && (
            <Button type="button" disabled={busy} aria-busy={busy} onClick={() => void assign()}>
              {t('cases.assessors.assign')}
            </Button>
          )}
          {conflicts && (
            <ConflictWarning
              name={chosenName}
              conflicts={conflicts}
              override={override}
              onOverride={setOverride}
              error={overrideError}
              busy={busy}
              onAssign={() => void assign(override)}
              onCancel={() => {
                setConflicts(null);
                setOverride('');
                setOverrideError(null);
              }}
            />
          )}
        </div>
      )}
      <div role="alert">{error && <Alert data-color="danger">{error}</Alert>}</div>
    </section>
  );
}

function ConflictWarning(props: {
  name: string;
  conflicts: Conflict[];
  override: string;
  onOverride: (text: string) => void;
  error: string | null;
  busy: boolean;
  onAssign: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="conflict-warning">
      <Alert data-color="warning" id="conflict-warning" tabIndex={-1}>
        <Heading level={4} data-size="xs">
          {t('cases.assessors.conflictHeading', { name: props.name })}
        </Heading>
        <Paragraph>{t('cases.assessors.conflictText')}</Paragraph>
        <ul>
          {props.conflicts.map((c) => (
            <li key={`${c.orgnr}-${c.role}-${c.party}`}>
              {t('cases.assessors.conflictLine', {
                role: t(`adminAssessors.role.${c.role}`),
                org: c.orgName,
                orgnr: c.orgnr,
                party: t(`cases.assessors.party.${c.party}`),
              })}
            </li>
          ))}
        </ul>
      </Alert>
      <div id="override-summary" tabIndex={-1}>
        <ErrorSummaryBox
          heading={t('cases.errorSummary')}
          entries={
            props.error ? [{ key: 'override', fieldId: 'override-reason', text: props.error }] : []
          }
        />
      </div>
      <Textfield
        id="override-reason"
        label={t('cases.assessors.overrideLabel')}
        description={t('cases.assessors.overrideHelp', { min: MIN_REASON })}
        multiline
        rows={3}
        value={props.override}
        error={props.error ?? undefined}
        onChange={(e) => props.onOverride(e.target.value)}
      />
      <div className="button-row">
        <Button type="button" data-color="danger" disabled={props.busy} onClick={props.onAssign}>
          {t('cases.assessors.assignAnyway')}
        </Button>
        <Button type="button" variant="tertiary" onClick={props.onCancel}>
          {t('cases.assessors.cancel')}
        </Button>
      </div>
    </div>
  );
}

function AssignmentTable({
  assignments,
  canEdit,
  busy,
  onRemove,
}: {
  assignments: Assignment[];
  canEdit: boolean;
  busy: boolean;
  onRemove: (assignment: Assignment) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (assignments.length === 0) return <Paragraph>{t('cases.assessors.none')}</Paragraph>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="assignments-caption">
      <Table data-size="sm" zebra className="assignment-table">
        <caption id="assignments-caption">{t('cases.assessors.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('cases.assessors.assessor')}</Table.HeaderCell>
            <Table.HeaderCell>{t('cases.assessors.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('cases.assessors.declaration')}</Table.HeaderCell>
            <Table.HeaderCell>{t('cases.assessors.assessment')}</Table.HeaderCell>
            {canEdit && <Table.HeaderCell>{t('cases.assessors.actions')}</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {assignments.map((a) => (
            <Table.Row key={a.id}>
              <Table.Cell>
                {a.assessor.name}
                <div className="muted">
                  {t('cases.assessors.assignedAt', {
                    time: formatDateTime(new Date(a.assignedAt), locale),
                  })}
                </div>
                {a.overrideReason && (
                  <div className="muted">
                    {t('cases.assessors.overriddenBecause', { reason: a.overrideReason })}
                  </div>
                )}
              </Table.Cell>
              <Table.Cell>
                <AssignmentStatusTag status={a.status} />
                {a.removedReason && a.removedReason !== 'declared_conflict' && (
                  <div className="muted">{a.removedReason}</div>
                )}
              </Table.Cell>
              <Table.Cell>
                {a.declaration && a.declaredAt ? (
                  <>
                    {a.declaration.grounds.length === 0
                      ? t('cases.assessors.declaredClean')
                      : a.declaration.grounds
                          .map((g) => t(`assessor.ground.${g}.short`))
                          .join('; ')}
                    {a.declaration.explanation && (
                      <div className="muted">{a.declaration.explanation}</div>
                    )}
                    <div className="muted">{formatDateTime(new Date(a.declaredAt), locale)}</div>
                  </>
                ) : (
                  t('cases.assessors.notDeclared')
                )}
              </Table.Cell>
              <Table.Cell>{t(`cases.assessors.assessmentStatus.${a.assessmentStatus}`)}</Table.Cell>
              {canEdit && (
                <Table.Cell>
                  {(a.status === 'active' || a.status === 'awaiting_declaration') && (
                    <Button
                      type="button"
                      variant="tertiary"
                      data-color="danger"
                      data-size="sm"
                      disabled={busy}
                      onClick={() => onRemove(a)}
                    >
                      {t('cases.assessors.remove')}
                      <span className="visually-hidden"> {a.assessor.name}</span>
                    </Button>
                  )}
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
