/**
 * The submitted version of an application, read-only: every section of the call with its answers,
 * rendered as the applicant saw them on "check your answers" (labels, amounts, dates, names of
 * companies instead of their numbers). Shared by the officer's case page and the assessor's workspace.
 */
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ApplicationView, CallFormView } from '../../api/types.js';
import { localizedText } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { answerRows, type AnswerRow } from '../applicant/answer-rows.js';
import { useAnswerText } from '../applicant/use-answer-text.js';

/** The snapshot as the answer formatter expects an application: only `sections` is read. */
function asApplication(form: CallFormView, content: Record<string, unknown>): ApplicationView {
  return {
    id: '',
    callId: form.id,
    institution: { orgnr: '', name: '' },
    status: 'submitted',
    updatedAt: '',
    updatedBy: { name: '' },
    deadline: form.dates.deadline,
    editable: false,
    sections: form.sections.map((s) => ({
      id: s.id,
      kind: s.kind,
      version: 0,
      content: content[s.id] ?? null,
      updatedAt: null,
      updatedBy: null,
    })),
    findings: [],
    submissions: [],
  };
}

/**
 * The snapshot's keys are sorted (canonical JSON); the rows follow the form's order instead, as
 * the field labels list it, within each run of rows of the same list item.
 */
function inFormOrder(rows: AnswerRow[], order: string[]): AnswerRow[] {
  const rank = (field: string) => {
    const index = order.indexOf(field);
    return index === -1 ? order.length : index;
  };
  const out: AnswerRow[] = [];
  let run: AnswerRow[] = [];
  const flush = () => {
    out.push(...run.sort((a, b) => rank(a.field) - rank(b.field)));
    run = [];
  };
  for (const row of rows) {
    if (run.length && run[0]?.item !== row.item) flush();
    run.push(row);
  }
  flush();
  return out;
}

export function SubmittedContent({
  form,
  content,
  headingLevel = 3,
}: {
  form: CallFormView;
  content: Record<string, unknown>;
  headingLevel?: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const answerText = useAnswerText(form, asApplication(form, content));
  const fieldOrder = (kind: string): string[] => {
    const labels: unknown = t(`fields.${kind}`, { returnObjects: true });
    return labels && typeof labels === 'object' ? Object.keys(labels) : [];
  };
  const label = (kind: string, field: string) => {
    const key = `fields.${kind}.${field}`;
    return i18n.exists(key) ? t(key) : field;
  };
  return (
    <div className="submitted-content">
      {form.sections.map((section) => {
        const rows = inFormOrder(answerRows(content[section.id]), fieldOrder(section.kind));
        const name = localizedText(section.title, locale);
        const headingId = `content-${section.id}`;
        return (
          <section key={section.id} className="answers" aria-labelledby={headingId}>
            <Heading level={headingLevel} data-size="xs" id={headingId} lang={name.lang}>
              {name.text}
            </Heading>
            {rows.length === 0 ? (
              <Paragraph data-size="sm">{t('cases.content.notAnswered')}</Paragraph>
            ) : (
              <dl className="answers__list">
                {rows.map((row) => (
                  <div key={row.key} className="answers__row">
                    <dt>
                      {row.item !== null ? `${row.item}. ` : ''}
                      {label(section.kind, row.field)}
                    </dt>
                    <dd>{answerText(row.field, row.value)}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        );
      })}
    </div>
  );
}
