/**
 * The call's scenarios with their totals, and the officer's ways to make one: from the rank order,
 * by the optimiser, or as a copy; and two scenarios picked for the side-by-side comparison.
 */
import {
  Alert,
  Button,
  Link,
  Paragraph,
  Select,
  Field,
  Label,
  Table,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { allocationApi } from '../../api/allocation.js';
import type { AllocationWorkspace, ScenarioSummary } from '../../api/allocation-types.js';
import { TextField } from '../../app-components/form-fields.js';
import { formatDateTime, formatNok } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useRunner } from '../officer/case-bits.js';
import { ScenarioStateTag, comparePath, scenarioPath } from './allocation-bits.js';

function ScenarioTable({ scenarios }: { scenarios: ScenarioSummary[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="scenarios-caption">
      <Table data-size="sm">
        <caption id="scenarios-caption" className="visually-hidden">
          {t('allocation.scenarios.caption')}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('allocation.col.scenario')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('allocation.col.state')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('allocation.col.granted')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('allocation.col.mainCount')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('allocation.col.reserveCount')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('allocation.col.updated')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {scenarios.map((s) => (
            <Table.Row key={s.id}>
              <Table.HeaderCell scope="row">
                <Link asChild>
                  <RouterLink to={scenarioPath(s.id)}>{s.name}</RouterLink>
                </Link>
                <span className="muted"> · {t(`allocation.origin.${s.origin}`)}</span>
              </Table.HeaderCell>
              <Table.Cell>
                <ScenarioStateTag state={s.state} />
              </Table.Cell>
              <Table.Cell className="numeric">{formatNok(s.totals.grantedNok, locale)}</Table.Cell>
              <Table.Cell className="numeric">{s.mainCount}</Table.Cell>
              <Table.Cell className="numeric">{s.reserveCount}</Table.Cell>
              <Table.Cell>
                {formatDateTime(new Date(s.updatedAt), locale)} · {s.updatedBy}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

function CompareForm({ callId, scenarios }: { callId: string; scenarios: ScenarioSummary[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [a, setA] = useState(scenarios[0]?.id ?? '');
  const [b, setB] = useState(scenarios[1]?.id ?? '');
  const pick = (id: string, label: string, value: string, set: (v: string) => void) => (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} value={value} onChange={(e) => set(e.target.value)}>
        {scenarios.map((s) => (
          <Select.Option key={s.id} value={s.id}>
            {s.name}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
  return (
    <form
      className="compare-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (a && b) void navigate(comparePath(callId, a, b));
      }}
    >
      {pick('compare-a', t('allocation.compare.a'), a, setA)}
      {pick('compare-b', t('allocation.compare.b'), b, setB)}
      <Button type="submit" variant="secondary" disabled={!a || !b || a === b}>
        {t('allocation.compare.go')}
      </Button>
    </form>
  );
}

export function ScenarioList({
  workspace,
  canEdit,
}: {
  workspace: AllocationWorkspace;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const run = useRunner('allocation.scenarios.failed');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'greedy' | 'optimiser' | null>(null);
  const { scenarios } = workspace;
  const create = async (kind: 'greedy' | 'optimiser') => {
    setBusy(kind);
    const fallback = t(
      kind === 'greedy' ? 'allocation.scenarios.greedyName' : 'allocation.scenarios.optimiserName',
      {
        n: scenarios.length + 1,
      },
    );
    const chosen = name.trim() || fallback;
    const result = await run(
      () =>
        kind === 'greedy'
          ? allocationApi.createScenario(workspace.callId, { name: chosen, from: 'greedy' })
          : allocationApi.optimise(workspace.callId, chosen),
      setError,
    );
    setBusy(null);
    if (result.ok) void navigate(scenarioPath(result.value.id));
  };
  return (
    <>
      {scenarios.length === 0 ? (
        <Paragraph>{t('allocation.scenarios.none')}</Paragraph>
      ) : (
        <ScenarioTable scenarios={scenarios} />
      )}
      {canEdit && (
        <div className="scenario-create">
          <TextField
            id="scenario-name"
            label={t('allocation.scenarios.name')}
            description={t('allocation.scenarios.nameHelp')}
            value={name}
            onChange={setName}
          />
          <div className="button-row">
            <Button type="button" onClick={() => void create('optimiser')} disabled={busy !== null}>
              {busy === 'optimiser'
                ? t('allocation.scenarios.optimising')
                : t('allocation.scenarios.optimise')}
            </Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => void create('greedy')}
              disabled={busy !== null}
            >
              {t('allocation.scenarios.fromGreedy')}
            </Button>
          </div>
          {error && (
            <Alert data-color="danger" role="alert">
              {error}
            </Alert>
          )}
        </div>
      )}
      {scenarios.length >= 2 && <CompareForm callId={workspace.callId} scenarios={scenarios} />}
    </>
  );
}
