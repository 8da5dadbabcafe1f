/** The cluster: companies added by organisasjonsnummer with facts from the register, and their cooperation. */
import { Button, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.js';
import { ItemList } from '../../../app-components/item-list.js';
import { fieldIdOf } from '../application-model.js';
import { listOf, type EditorProps, type Item } from './editor-props.js';
import { inFieldOrder, itemOrderOf } from './field-order.js';
import { newItemId, useFieldRenderer, type FieldSpec } from './section-kit.js';

const COMPANY_FIELDS: FieldSpec[] = [
  { name: 'name', type: 'text' },
  { name: 'industryCode', type: 'text' },
  { name: 'municipalityName', type: 'text' },
  { name: 'county', type: 'text' },
  { name: 'employees', type: 'integer' },
  { name: 'exportOrImportCompeting', type: 'yesno' },
  { name: 'trainingNeed', type: 'textarea' },
  { name: 'contactName', type: 'text' },
  { name: 'contactEmail', type: 'text' },
  { name: 'contactPhone', type: 'text' },
];

type LookupNote = {
  kind: 'found' | 'not-found' | 'unavailable' | 'invalid' | 'duplicate';
  orgnr: string;
};

export function ClusterEditor({ kit, content, onChange, form }: EditorProps) {
  const { t } = useTranslation();
  const render = useFieldRenderer(kit);
  const companies = listOf(content, 'companies');
  const [orgnr, setOrgnr] = useState('');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<LookupNote | null>(null);

  const addCompany = async () => {
    const digits = orgnr.replace(/\s/g, '');
    if (!/^\d{9}$/.test(digits)) return setNote({ kind: 'invalid', orgnr: digits });
    if (companies.some((c) => c.orgnr === digits))
      return setNote({ kind: 'duplicate', orgnr: digits });
    setBusy(true);
    let company: Item = { id: newItemId('c'), orgnr: digits };
    let kind: LookupNote['kind'] = 'unavailable';
    try {
      const answer = await api.lookupCompany(digits);
      kind = answer.status;
      if (answer.status === 'found') {
        const c = answer.company;
        company = {
          ...company,
          name: c.name,
          industryCode: c.industryCode ?? undefined,
          municipalityNumber: c.municipalityNumber ?? undefined,
          municipalityName: c.municipalityName ?? undefined,
          county: c.county ?? undefined,
          employees: c.employees ?? undefined,
        };
      }
    } catch {
      // The register is down: the company is still added, and its facts are typed by hand.
    }
    setBusy(false);
    setNote({ kind, orgnr: digits });
    setOrgnr('');
    onChange({ ...content, companies: [...companies, company] });
  };

  const minCompanies = form.rules.minCompanies?.min;
  return (
    <>
      {minCompanies !== undefined && (
        <Paragraph data-size="sm">
          {t('applicant.minCompaniesHint', { count: minCompanies })}
        </Paragraph>
      )}
      {companies.length > 0 && (
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('applicant.companiesTable', { count: companies.length })}
        >
          <Table zebra data-size="sm" className="summary-table">
            <caption>{t('applicant.companiesTable', { count: companies.length })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('fields.cluster.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('fields.cluster.orgnr')}</Table.HeaderCell>
                <Table.HeaderCell>{t('fields.cluster.industryCode')}</Table.HeaderCell>
                <Table.HeaderCell>{t('fields.cluster.municipalityName')}</Table.HeaderCell>
                <Table.HeaderCell>{t('fields.cluster.employees')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {companies.map((c) => (
                <Table.Row key={c.id}>
                  <Table.Cell>{String(c.name ?? '')}</Table.Cell>
                  <Table.Cell>{String(c.orgnr ?? '')}</Table.Cell>
                  <Table.Cell>{String(c.industryCode ?? '')}</Table.Cell>
                  <Table.Cell>{String(c.municipalityName ?? '')}</Table.Cell>
                  <Table.Cell>{String(c.employees ?? '')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {!kit.readOnly && (
        <div className="lookup-box">
          <Textfield
            id={fieldIdOf(kit.sectionId, 'companies')}
            label={t('applicant.addCompanyLabel')}
            description={t('applicant.addCompanyHelp')}
            inputMode="numeric"
            autoComplete="off"
            value={orgnr}
            onChange={(e) => setOrgnr(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void addCompany();
              }
            }}
          />
          <Button type="button" onClick={() => void addCompany()} disabled={busy} aria-busy={busy}>
            {t('applicant.lookUpAndAdd')}
          </Button>
        </div>
      )}
      <div role="status" className="lookup-note">
        {note && t(`applicant.lookup.${note.kind}`, { orgnr: note.orgnr })}
      </div>
      <ItemList<Item>
        items={companies}
        readOnly={kit.readOnly}
        nameOf={(c, i) =>
          typeof c.name === 'string' && c.name ? c.name : t('applicant.companyN', { n: i + 1 })
        }
        newItem={() => ({ id: newItemId('c'), orgnr: '' })}
        addLabel={t('applicant.addCompanyByHand')}
        removeLabel={(name) => t('applicant.removeItem', { name })}
        focusIdOf={(i) => fieldIdOf(kit.sectionId, `companies[${i}].orgnr`)}
        onChange={(items) => onChange({ ...content, companies: items })}
        renderItem={(item, index, change) => {
          const base = `companies[${index}]`;
          const update = (next: Record<string, unknown>) => change({ ...item, ...next });
          return inFieldOrder(
            [{ name: 'orgnr', type: 'text' } as FieldSpec, ...COMPANY_FIELDS],
            itemOrderOf('cluster', 'companies'),
          ).map((spec) => render(spec, base, item, update));
        }}
      />
      {render({ name: 'cooperation', type: 'textarea' }, '', content, onChange)}
    </>
  );
}
