/**
 * The case list's filters as a form: nothing changes until "Use filters", so a screen reader user
 * is not surprised by a table that reloads under them while they type.
 */
import {
  Button,
  Checkbox,
  Details,
  Field,
  Fieldset,
  Label,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseListPage, CaseListQuery, CaseStatus } from '../../api/case-types.js';
import { parseWhole } from './case-bits.js';
import { CASE_STATUSES, activeFilterCount, type RangeKey } from './case-query.js';

interface CaseFiltersProps {
  query: CaseListQuery;
  facets: CaseListPage['facets'];
  onApply: (query: CaseListQuery) => void;
  onReset: () => void;
}

const RANGES: { key: string; min: RangeKey; max: RangeKey }[] = [
  { key: 'grant', min: 'minGrant', max: 'maxGrant' },
  { key: 'companies', min: 'minCompanies', max: 'maxCompanies' },
  { key: 'participants', min: 'minParticipants', max: 'maxParticipants' },
];

type Texts = Record<string, string>;

function initialTexts(query: CaseListQuery): Texts {
  const texts: Texts = {};
  for (const range of RANGES) {
    texts[range.min] = query[range.min]?.toString() ?? '';
    texts[range.max] = query[range.max]?.toString() ?? '';
  }
  return texts;
}

export function CaseFilters({ query, facets, onApply, onReset }: CaseFiltersProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(query.q ?? '');
  const [statuses, setStatuses] = useState<CaseStatus[]>(query.status ?? []);
  const [institution, setInstitution] = useState(query.institution ?? '');
  const [county, setCounty] = useState(query.county ?? '');
  const [hasFindings, setHasFindings] = useState(
    query.hasFindings === undefined ? '' : String(query.hasFindings),
  );
  const [disagreement, setDisagreement] = useState(query.disagreement === true);
  const [ranges, setRanges] = useState<Texts>(() => initialTexts(query));
  const [invalid, setInvalid] = useState<string[]>([]);
  const active = activeFilterCount(query);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const wrong = Object.entries(ranges)
      .filter(([, text]) => text.trim() !== '' && parseWhole(text) === undefined)
      .map(([key]) => key);
    setInvalid(wrong);
    if (wrong.length) {
      document.getElementById(`filter-${wrong[0]}`)?.focus();
      return;
    }
    const next: CaseListQuery = { sort: query.sort, dir: query.dir };
    if (q.trim()) next.q = q.trim();
    if (statuses.length) next.status = statuses;
    if (institution) next.institution = institution;
    if (county) next.county = county;
    if (hasFindings) next.hasFindings = hasFindings === 'true';
    if (disagreement) next.disagreement = true;
    for (const range of RANGES) {
      const min = parseWhole(ranges[range.min] ?? '');
      const max = parseWhole(ranges[range.max] ?? '');
      if (min !== undefined) next[range.min] = min;
      if (max !== undefined) next[range.max] = max;
    }
    onApply(next);
  };

  const rangeField = (key: RangeKey, label: string) => (
    <Textfield
      id={`filter-${key}`}
      label={label}
      inputMode="numeric"
      value={ranges[key] ?? ''}
      error={invalid.includes(key) ? t('cases.filters.wholeNumber') : undefined}
      onChange={(e) => setRanges((r) => ({ ...r, [key]: e.target.value }))}
    />
  );

  return (
    <form
      className="case-filters"
      onSubmit={apply}
      role="search"
      aria-label={t('cases.filters.label')}
    >
      <div className="case-filters__search">
        <Textfield
          id="filter-q"
          label={t('cases.filters.q')}
          description={t('cases.filters.qHelp')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <Button type="submit">{t('cases.filters.apply')}</Button>
      </div>
      <Details defaultOpen={active > (query.q ? 1 : 0)} className="case-filters__more">
        <Details.Summary>
          {t('cases.filters.more')}
          {active > 0 ? ` (${t('cases.filters.active', { count: active })})` : ''}
        </Details.Summary>
        <Details.Content>
          <div className="case-filters__grid">
            <Fieldset>
              <Fieldset.Legend>{t('cases.filters.status')}</Fieldset.Legend>
              {CASE_STATUSES.map((status) => {
                const count = facets.statuses.find((s) => s.status === status)?.count ?? 0;
                return (
                  <Checkbox
                    key={status}
                    label={`${t(`cases.status.${status}`)} (${count})`}
                    value={status}
                    checked={statuses.includes(status)}
                    onChange={(e) =>
                      setStatuses((list) =>
                        e.target.checked ? [...list, status] : list.filter((s) => s !== status),
                      )
                    }
                  />
                );
              })}
            </Fieldset>
            <div className="case-filters__column">
              <Field>
                <Label htmlFor="filter-institution">{t('cases.filters.institution')}</Label>
                <Select
                  id="filter-institution"
                  value={institution}
                  onChange={(e) => setInstitution(e.target.value)}
                >
                  <Select.Option value="">{t('cases.filters.all')}</Select.Option>
                  {facets.institutions.map((i) => (
                    <Select.Option key={i.orgnr} value={i.orgnr}>
                      {i.name}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <Field>
                <Label htmlFor="filter-county">{t('cases.filters.county')}</Label>
                <Select
                  id="filter-county"
                  value={county}
                  onChange={(e) => setCounty(e.target.value)}
                >
                  <Select.Option value="">{t('cases.filters.all')}</Select.Option>
                  {facets.counties.map((c) => (
                    <Select.Option key={c} value={c}>
                      {c}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <Field>
                <Label htmlFor="filter-hasFindings">{t('cases.filters.hasFindings')}</Label>
                <Select
                  id="filter-hasFindings"
                  value={hasFindings}
                  onChange={(e) => setHasFindings(e.target.value)}
                >
                  <Select.Option value="">{t('cases.filters.all')}</Select.Option>
                  <Select.Option value="true">{t('cases.filters.withFindings')}</Select.Option>
                  <Select.Option value="false">{t('cases.filters.withoutFindings')}</Select.Option>
                </Select>
              </Field>
              <Checkbox
                id="filter-disagreement"
                label={t('cases.filters.disagreement')}
                checked={disagreement}
                onChange={(e) => setDisagreement(e.target.checked)}
              />
            </div>
            {RANGES.map((range) => (
              <Fieldset key={range.key} className="case-filters__range">
                <Fieldset.Legend>{t(`cases.filters.range.${range.key}`)}</Fieldset.Legend>
                <div className="case-filters__pair">
                  {rangeField(range.min, t('cases.filters.min'))}
                  {rangeField(range.max, t('cases.filters.max'))}
                </div>
              </Fieldset>
            ))}
          </div>
          <div className="case-filters__actions">
            <Button type="submit">{t('cases.filters.apply')}</Button>
            <Button type="button" variant="tertiary" onClick={onReset}>
              {t('cases.filters.reset')}
            </Button>
          </div>
        </Details.Content>
      </Details>
    </form>
  );
}
