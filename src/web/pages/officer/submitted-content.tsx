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
import { answerRows } from '../applicant/answer-rows.js';
import { useAnswerRowText } from '../applicant/use-answer-text.js';

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

export function SubmittedContent({
  form,
  content,
  headingLevel = 3,
}: {
  form: CallFormView;
  content: Record<string, unknown>;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rowText = useAnswerRowText(form, asApplication(form, content));
  return (
    <div className="submitted-content">
      {form.sections.map((section) => {
        const rows = answerRows(content[section.id], section.kind);
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
                      {rowText.label(section.kind, row)}
                    </dt>
                    <dd>{rowText.value(row)}</dd>
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
