/** Estimated participants: a grid of companies × offerings with totals per row and column. */
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { FindingNotes } from '../../../app-components/finding-notes.js';
import { checkNumberText } from '../../../norwegian-number.js';
import { fieldIdOf } from '../application-model.js';
import {
  clusterCompanies,
  listOf,
  sectionContentOfKind,
  type EditorProps,
} from './editor-props.js';
import { useNumberProblemText } from './section-kit.js';

interface Estimate {
  companyOrgnr: string;
  offeringId: string;
  participants: number;
}

export function ParticipantsEditor({ kit, content, onChange, application }: EditorProps) {
  const { t } = useTranslation();
  const problemText = useNumberProblemText();
  // Cells whose text is no count of participants, by input id, with the message naming the cell.
  const [problems, setProblems] = useState<ReadonlyMap<string, string>>(new Map());
  const companies = clusterCompanies(application);
  const offerings = listOf(sectionContentOfKind(application, 'offerings'), 'offerings');
  const estimates = (Array.isArray(content.estimates) ? content.estimates : []) as Estimate[];
  const valueOf = (orgnr: string, offeringId: string) =>
    estimates.find((e) => e.companyOrgnr === orgnr && e.offeringId === offeringId)?.participants;
  const set = (orgnr: string, offeringId: string, text: string, cellLabel: string) => {
    const cellId = fieldIdOf(kit.sectionId, `${orgnr}-${offeringId}`);
    const checked = checkNumberText(text, 'integer', kit.locale);
    const message = checked.problem ? problemText(cellLabel, checked.problem) : null;
    setProblems((previous) => {
      const next = new Map(previous);
      if (message) next.set(cellId, message);
      else next.delete(cellId);
      return next;
    });
    kit.reportLocalError?.(`${orgnr}-${offeringId}`, message);
    // What cannot be kept is not sent; the last count stays until the text is a count again.
    if (checked.problem) return;
    const rest = estimates.filter(
      (e) => !(e.companyOrgnr === orgnr && e.offeringId === offeringId),
    );
    const next =
      checked.value === undefined
        ? rest
        : [...rest, { companyOrgnr: orgnr, offeringId, participants: checked.value }];
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
                {offerings.map((o, i) => {
                  const cellId = fieldIdOf(kit.sectionId, `${c.orgnr}-${o.id}`);
                  const cellLabel = t('applicant.participantsCell', {
                    company: c.name,
                    offering: titleOf(o, i),
                  });
                  return (
                    <Table.Cell key={o.id}>
                      <input
                        className="ds-input grid-input"
                        id={cellId}
                        inputMode="numeric"
                        aria-label={cellLabel}
                        aria-invalid={problems.has(cellId) ? true : undefined}
                        aria-describedby={problems.has(cellId) ? `${cellId}-problem` : undefined}
                        readOnly={kit.readOnly}
                        defaultValue={valueOf(c.orgnr, o.id)?.toString() ?? ''}
                        onChange={(e) => set(c.orgnr, o.id, e.target.value, cellLabel)}
                        onBlur={kit.flush}
                      />
                    </Table.Cell>
                  );
                })}
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
      {problems.size > 0 && (
        <ul className="grid-problems">
          {[...problems].map(([cellId, message]) => (
            <li
              key={cellId}
              id={`${cellId}-problem`}
              className="ds-validation-message"
              data-color="danger"
            >
              {message}
            </li>
          ))}
        </ul>
      )}
      <FindingNotes
        findings={kit.findings}
        locale={kit.locale}
        citationLabel={t('applicant.citation')}
      />
    </>
  );
}
