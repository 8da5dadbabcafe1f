/** Estimated participants: a grid of companies × offerings with totals per row and column. */
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { FindingNotes } from '../../../app-components/finding-notes.js';
import { parseNorwegianNumber } from '../../../norwegian-number.js';
import { fieldIdOf } from '../application-model.js';
import {
  clusterCompanies,
  listOf,
  sectionContentOfKind,
  type EditorProps,
} from './editor-props.js';

interface Estimate {
  companyOrgnr: string;
  offeringId: string;
  participants: number;
}

export function ParticipantsEditor({ kit, content, onChange, application }: EditorProps) {
  const { t } = useTranslation();
  const companies = clusterCompanies(application);
  const offerings = listOf(sectionContentOfKind(application, 'offerings'), 'offerings');
  const estimates = (Array.isArray(content.estimates) ? content.estimates : []) as Estimate[];
  const valueOf = (orgnr: string, offeringId: string) =>
    estimates.find((e) => e.companyOrgnr === orgnr && e.offeringId === offeringId)?.participants;
  const set = (orgnr: string, offeringId: string, text: string) => {
    const value = parseNorwegianNumber(text);
    const rest = estimates.filter(
      (e) => !(e.companyOrgnr === orgnr && e.offeringId === offeringId),
    );
    const next =
      value === null || !Number.isInteger(value) || value < 0
        ? rest
        : [...rest, { companyOrgnr: orgnr, offeringId, participants: value }];
    onChange({ ...content, estimates: next });
  };
  const rowTotal = (orgnr: string) =>
    estimates.filter((e) => e.companyOrgnr === orgnr).reduce((s, e) => s + e.participants, 0);
  const columnTotal = (id: string) =>
    estimates.filter((e) => e.offeringId === id).reduce((s, e) => s + e.participants, 0);
  const total = estimates.reduce((s, e) => s + e.participants, 0);
  const titleOf = (o: Record<string, unknown>, i: number) =>
    typeof o.title === 'string' && o.title ? o.title : t('applicant.offeringN', { n: i + 1 });

  return (
    <>
      <Paragraph data-size="sm">{t('applicant.participantsHelp')}</Paragraph>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('applicant.participantsGrid')}
      >
        <Table data-size="sm" className="grid-table">
          <caption>{t('applicant.participantsGrid')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('applicant.company')}</Table.HeaderCell>
              {offerings.map((o, i) => (
                <Table.HeaderCell scope="col" key={o.id}>
                  {titleOf(o, i)}
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell scope="col">{t('applicant.total')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {companies.map((c) => (
              <Table.Row key={c.orgnr}>
                <Table.HeaderCell scope="row">{c.name}</Table.HeaderCell>
                {offerings.map((o, i) => (
                  <Table.Cell key={o.id}>
                    <input
                      className="ds-input grid-input"
                      id={fieldIdOf(kit.sectionId, `${c.orgnr}-${o.id}`)}
                      inputMode="numeric"
                      aria-label={t('applicant.participantsCell', {
                        company: c.name,
                        offering: titleOf(o, i),
                      })}
                      readOnly={kit.readOnly}
                      defaultValue={valueOf(c.orgnr, o.id)?.toString() ?? ''}
                      onChange={(e) => set(c.orgnr, o.id, e.target.value)}
                      onBlur={kit.flush}
                    />
                  </Table.Cell>
                ))}
                <Table.Cell className="num">{rowTotal(c.orgnr)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
          <tfoot>
            <Table.Row>
              <Table.HeaderCell scope="row">{t('applicant.total')}</Table.HeaderCell>
              {offerings.map((o) => (
                <Table.Cell key={o.id} className="num">
                  {columnTotal(o.id)}
                </Table.Cell>
              ))}
              <Table.Cell className="num">{total}</Table.Cell>
            </Table.Row>
          </tfoot>
        </Table>
      </div>
      <FindingNotes
        findings={kit.findings}
        locale={kit.locale}
        citationLabel={t('applicant.citation')}
      />
    </>
  );
}
