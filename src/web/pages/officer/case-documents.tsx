/**
 * The documents of a case: the official PDF copy and receipt, the attachments as submitted, every
 * version the applicant sent, and the findings the applicant saw when submitting.
 */
import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { submissionDocs } from '../../api/cases.js';
import type { CaseAttachment, CaseDetail } from '../../api/case-types.js';
import { formatDateTime, formatFileSize, localizedText } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { canOpen, ScanStateTag } from '../../app-components/scan-state-tag.js';

/** Attachments with download links (the reader's own route to the files as submitted). */
export function AttachmentList({
  attachments,
  hrefOf,
}: {
  attachments: CaseAttachment[];
  hrefOf: (attachmentId: string) => string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (attachments.length === 0)
    return <Paragraph data-size="sm">{t('cases.case.noAttachments')}</Paragraph>;
  return (
    <ul className="attachment-list case-files">
      {attachments.map((a) => (
        <li key={a.id}>
          {canOpen(a.scanState) ? (
            <Link href={hrefOf(a.id)}>{a.fileName}</Link>
          ) : (
            <span>{a.fileName}</span>
          )}{' '}
          <span className="muted">
            ({t(`cases.attachmentKind.${a.kind}`, { defaultValue: a.kind })},{' '}
            {formatFileSize(a.sizeBytes, locale)})
          </span>{' '}
          <ScanStateTag state={a.scanState} />
          {!canOpen(a.scanState) && (
            <Paragraph data-size="xs">{t(`virusScan.help.${a.scanState}`)}</Paragraph>
          )}
          {a.warnings && a.warnings.length > 0 && (
            <ul
              className="upload-warnings"
              aria-label={t('uploadInspection.warningsOf', { name: a.fileName })}
            >
              {a.warnings.map((w) => {
                const message = localizedText(w.message, locale);
                return (
                  <li key={w.code} lang={message.lang}>
                    <Tag data-size="sm" data-color="warning">
                      {t('uploadInspection.note')}
                    </Tag>{' '}
                    {message.text}
                  </li>
                );
              })}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The findings the applicant saw at submission, each with the call's sentence it comes from. */
export function FindingsAtSubmission({
  findings,
}: {
  findings: CaseDetail['findingsAtSubmission'];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (findings.length === 0)
    return <Paragraph data-size="sm">{t('cases.case.noFindings')}</Paragraph>;
  return (
    <ul className="findings-panel__list case-findings">
      {findings.map((f, index) => {
        const citation = localizedText(f.citation, locale);
        return (
          <li key={`${f.ruleId}-${f.path}-${index}`} className={`finding finding--${f.severity}`}>
            <span className="finding__severity">{f.requirementId}</span>{' '}
            {t(`cases.severity.${f.severity}`)}: {localizedText(f.message, locale).text}
            <Paragraph data-size="xs" className="finding-note__citation">
              {t('cases.citation')}: <q lang={citation.lang}>{citation.text}</q>
            </Paragraph>
          </li>
        );
      })}
    </ul>
  );
}

export function CaseDocuments({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const submissionId = detail.submission.id;
  return (
    <div className="case-documents">
      <Heading level={3} data-size="xs">
        {t('cases.case.documents')}
      </Heading>
      <ul className="attachment-list">
        <li>
          <Link href={submissionDocs.copy(submissionId)}>{t('cases.case.copyPdf')}</Link>
        </li>
        <li>
          <Link href={submissionDocs.receipt(submissionId)}>{t('cases.case.receiptPdf')}</Link>
        </li>
      </ul>
      <Heading level={3} data-size="xs">
        {t('cases.case.attachments')}
      </Heading>
      <AttachmentList
        attachments={detail.attachments}
        hrefOf={(id) => submissionDocs.attachment(submissionId, id)}
      />
      <Heading level={3} data-size="xs" id="versions-heading">
        {t('cases.case.versions')}
      </Heading>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="versions-heading">
        <Table data-size="sm" zebra>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('cases.case.version')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cases.case.receiptNumber')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cases.case.receivedAt')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cases.case.versionState')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {detail.versions.map((v) => (
              <Table.Row key={v.submissionId}>
                <Table.Cell>{v.versionNo}</Table.Cell>
                <Table.Cell>{v.receiptNumber}</Table.Cell>
                <Table.Cell>{formatDateTime(new Date(v.receivedAt), locale)}</Table.Cell>
                <Table.Cell>
                  {v.current && (
                    <Tag data-size="sm" data-color="success">
                      {t('cases.case.currentVersion')}
                    </Tag>
                  )}{' '}
                  {v.withdrawn && (
                    <Tag data-size="sm" data-color="neutral">
                      {t('cases.case.withdrawnVersion')}
                    </Tag>
                  )}
                  {!v.current && !v.withdrawn && t('cases.case.replacedVersion')}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Heading level={3} data-size="xs">
        {t('cases.case.findingsAtSubmission')}
      </Heading>
      <FindingsAtSubmission findings={detail.findingsAtSubmission} />
    </div>
  );
}
