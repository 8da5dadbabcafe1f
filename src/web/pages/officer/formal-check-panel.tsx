/**
 * The formal check (R23): each finding of the rules with the call's sentence it cites; the officer
 * confirms it or overrules it with a written reason; completing the check shows the result, passed
 * or a proposed rejection (avvisning) with the confirmed errors as reasons.
 */
import { Alert, Button, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { casesApi } from '../../api/cases.js';
import type { CaseDetail, CaseFinding } from '../../api/case-types.js';
import { ErrorSummaryBox, type SummaryEntry } from '../../app-components/error-summary-box.js';
import { formatDateTime, localizedText } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { MIN_REASON, useRunner } from './case-bits.js';

interface PanelProps {
  detail: CaseDetail;
  onChange: (detail: CaseDetail) => void;
  canEdit: boolean;
}

export function FormalCheckPanel({ detail, onChange, canEdit }: PanelProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const run = useRunner('cases.formal.failed');
  const [reasons, setReasons] = useState<Record<string, string>>(() =>
    Object.fromEntries(detail.formalCheck.findings.map((f) => [f.key, f.reason ?? ''])),
  );
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const { findings, result, rejectionReasons } = detail.formalCheck;
  const open = canEdit && result === 'pending';

  const reasonId = (finding: CaseFinding) => `overrule-reason-${finding.key}`;

  const decide = async (finding: CaseFinding, decision: 'confirmed' | 'overruled') => {
    const reason = (reasons[finding.key] ?? '').trim();
    if (decision === 'overruled' && reason.length < MIN_REASON) {
      setFieldErrors((e) => ({
        ...e,
        [finding.key]: t('cases.formal.reasonRequired', { min: MIN_REASON }),
      }));
      setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    setFieldErrors((e) =>
      Object.fromEntries(Object.entries(e).filter(([key]) => key !== finding.key)),
    );
    setBusy(finding.key);
    const answer = await run(
      () =>
        casesApi.decideFinding(detail.id, finding.key, {
          decision,
          ...(reason ? { reason } : {}),
        }),
      setError,
    );
    setBusy(null);
    if (answer.ok) onChange(answer.value);
  };

  const complete = async () => {
    setBusy('complete');
    const answer = await run(() => casesApi.completeFormalCheck(detail.id), setError);
    setBusy(null);
    if (answer.ok) onChange(answer.value);
  };

  const entries: SummaryEntry[] = findings
    .filter((f) => fieldErrors[f.key])
    .map((f) => ({
      key: f.key,
      fieldId: reasonId(f),
      text: `${f.requirementId}: ${fieldErrors[f.key] ?? ''}`,
    }));
  const undecided = findings.filter((f) => f.decision === null).length;

  return (
    <section id="formal-check" aria-labelledby="formal-heading" className="case-section">
      <Heading level={2} data-size="md" id="formal-heading">
        {t('cases.formal.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('cases.formal.intro')}</Paragraph>
      <ErrorSummaryBox ref={summaryRef} heading={t('cases.errorSummary')} entries={entries} />
      {findings.length === 0 ? (
        <Paragraph>{t('cases.formal.none')}</Paragraph>
      ) : (
        <ol className="formal-findings">
          {findings.map((finding) => {
            const citation = localizedText(finding.citation, locale);
            const headingId = `finding-${finding.key}`;
            return (
              <li key={finding.key} className={`formal-finding finding--${finding.severity}`}>
                <article aria-labelledby={headingId}>
                  <Heading level={3} data-size="2xs" id={headingId}>
                    <span className="finding__severity">{finding.requirementId}</span>{' '}
                    {t(`cases.severity.${finding.severity}`)}:{' '}
                    {localizedText(finding.message, locale).text}
                  </Heading>
                  <Paragraph data-size="xs" className="finding-note__citation">
                    {t('cases.citation')}: <q lang={citation.lang}>{citation.text}</q>
                  </Paragraph>
                  {finding.decision && (
                    <Paragraph data-size="sm" className="formal-finding__decision">
                      <Tag
                        data-size="sm"
                        data-color={finding.decision === 'overruled' ? 'info' : 'neutral'}
                      >
                        {t(`cases.formal.decision.${finding.decision}`)}
                      </Tag>{' '}
                      {finding.decidedBy &&
                        finding.decidedAt &&
                        t('cases.formal.decidedBy', {
                          name: finding.decidedBy.name,
                          time: formatDateTime(new Date(finding.decidedAt), locale),
                        })}
                      {finding.reason && (
                        <>
                          <br />
                          {t('cases.formal.reason')}: {finding.reason}
                        </>
                      )}
                    </Paragraph>
                  )}
                  {open && (
                    <div className="formal-finding__actions">
                      <Textfield
                        id={reasonId(finding)}
                        label={t('cases.formal.reasonLabel')}
                        description={t('cases.formal.reasonHelp', { min: MIN_REASON })}
                        multiline
                        rows={2}
                        value={reasons[finding.key] ?? ''}
                        error={fieldErrors[finding.key]}
                        onChange={(e) =>
                          setReasons((r) => ({ ...r, [finding.key]: e.target.value }))
                        }
                      />
                      <div className="button-row">
                        <Button
                          type="button"
                          variant="secondary"
                          data-size="sm"
                          aria-busy={busy === finding.key}
                          disabled={busy !== null}
                          onClick={() => void decide(finding, 'confirmed')}
                        >
                          {t('cases.formal.confirm')}
                          <span className="visually-hidden"> {finding.requirementId}</span>
                        </Button>
                        <Button
                          type="button"
                          variant="secondary"
                          data-size="sm"
                          aria-busy={busy === finding.key}
                          disabled={busy !== null}
                          onClick={() => void decide(finding, 'overruled')}
                        >
                          {t('cases.formal.overrule')}
                          <span className="visually-hidden"> {finding.requirementId}</span>
                        </Button>
                      </div>
                    </div>
                  )}
                </article>
              </li>
            );
          })}
        </ol>
      )}
      <div role="alert">{error && <Alert data-color="danger">{error}</Alert>}</div>
      <FormalResult result={result} reasons={rejectionReasons} />
      {open && (
        <div className="formal-complete">
          {undecided > 0 && (
            <Paragraph data-size="sm" id="formal-undecided">
              {t('cases.formal.undecided', { count: undecided })}
            </Paragraph>
          )}
          <Button
            type="button"
            disabled={busy !== null}
            aria-busy={busy === 'complete'}
            aria-describedby={undecided > 0 ? 'formal-undecided' : undefined}
            onClick={() => void complete()}
          >
            {t('cases.formal.complete')}
          </Button>
        </div>
      )}
    </section>
  );
}

function FormalResult({
  result,
  reasons,
}: {
  result: CaseDetail['formalCheck']['result'];
  reasons: CaseDetail['formalCheck']['rejectionReasons'];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (result === 'pending') {
    return <Paragraph className="formal-result">{t('cases.formal.pending')}</Paragraph>;
  }
  if (result === 'passed') {
    return (
      <Alert data-color="success" className="formal-result">
        <Heading level={3} data-size="xs">
          {t('cases.formal.passed')}
        </Heading>
        <Paragraph>{t('cases.formal.passedText')}</Paragraph>
      </Alert>
    );
  }
  return (
    <Alert data-color="danger" className="formal-result">
      <Heading level={3} data-size="xs">
        {t('cases.formal.proposedRejection')}
      </Heading>
      <Paragraph>{t('cases.formal.rejectionReasons')}</Paragraph>
      <ul>
        {reasons.map((reason, index) => (
          <li key={index}>{localizedText(reason, locale).text}</li>
        ))}
      </ul>
    </Alert>
  );
}
