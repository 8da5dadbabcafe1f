/**
 * The receipt (kvittering) of a submission: what was received, when (Oslo time), under which
 * number, and the SHA-256 of the stored snapshot and of every attached file, so the applicant
 * can later prove exactly what they sent.
 */
import {
  documentContextOf,
  PAGE_LABEL,
  type SubmissionDocumentInput,
} from '../document-context.js';
import { BCP47 } from '../document-language.js';
import { formatBytes, formatReceivedAt } from '../format-values.js';
import type { PdfBlock, PdfDocumentModel } from '../pdf/pdf-model.js';
import { renderPdf } from '../pdf/render-pdf.js';

const TEXT = {
  title: { nb: 'Kvittering for innsendt søknad', nn: 'Kvittering for innsend søknad' },
  intro: {
    nb: 'Søknaden er mottatt og lagret. Kvitteringen er laget av den lagrede søknaden og blir lik hver gang den lastes ned.',
    nn: 'Søknaden er motteken og lagra. Kvitteringa er laga av den lagra søknaden og blir lik kvar gong ho blir lasta ned.',
  },
  call: { nb: 'Utlysning', nn: 'Utlysing' },
  applicant: { nb: 'Søker', nn: 'Søkjar' },
  project: { nb: 'Prosjekt', nn: 'Prosjekt' },
  receiptNumber: { nb: 'Kvitteringsnummer', nn: 'Kvitteringsnummer' },
  version: { nb: 'Innsendt versjon', nn: 'Innsend versjon' },
  receivedAt: { nb: 'Mottatt', nn: 'Motteke' },
  submittedBy: { nb: 'Sendt inn av', nn: 'Send inn av' },
  sha256: { nb: 'SHA-256 av søknaden', nn: 'SHA-256 av søknaden' },
  attachments: { nb: 'Vedlegg', nn: 'Vedlegg' },
  kind: { nb: 'Type', nn: 'Type' },
  file: { nb: 'Fil', nn: 'Fil' },
  noAttachments: { nb: 'Søknaden har ingen vedlegg.', nn: 'Søknaden har ingen vedlegg.' },
  verify: {
    nb: 'SHA-256 er en kontrollsum av søknaden slik den ble lagret (kanonisk JSON), og av hver vedlagt fil. Den samme summen står hos saksbehandleren. Er summene like, er søknaden og filene uendret siden innsending.',
    nn: 'SHA-256 er ein kontrollsum av søknaden slik han vart lagra (kanonisk JSON), og av kvar vedlagd fil. Den same summen står hos saksbehandlaren. Er summane like, er søknaden og filene uendra sidan innsendinga.',
  },
  footer: { nb: 'Kvittering', nn: 'Kvittering' },
  author: { nb: 'Tilskuddsforvaltningen', nn: 'Tilskotsforvaltinga' },
} as const;

export function buildReceiptModel(input: SubmissionDocumentInput): PdfDocumentModel {
  const c = documentContextOf(input);
  const { snapshot, sha256 } = c.stored;
  const t = c.t;
  const receivedAt = new Date(snapshot.receivedAt);
  const kindLabel = (id: string) =>
    c.call.attachmentKinds.find((kind) => kind.id === id)?.label[c.language] ?? id;

  const blocks: PdfBlock[] = [
    { type: 'paragraph', text: c.call.contact.organisation[c.language], tone: 'muted' },
    { type: 'heading', level: 1, text: t(TEXT.title) },
    { type: 'paragraph', text: t(TEXT.intro) },
    {
      type: 'key-values',
      rows: [
        { label: t(TEXT.call), value: c.call.title[c.language] },
        { label: t(TEXT.applicant), value: `${c.institutionName} (${snapshot.institutionOrgnr})` },
        { label: t(TEXT.project), value: c.projectTitle ?? '–' },
        { label: t(TEXT.receiptNumber), value: snapshot.receiptNumber },
        { label: t(TEXT.version), value: String(snapshot.versionNo) },
        { label: t(TEXT.receivedAt), value: formatReceivedAt(receivedAt, c.language) },
        { label: t(TEXT.submittedBy), value: snapshot.submittedBy.name },
        { label: t(TEXT.sha256), value: sha256, mono: true },
      ],
    },
    { type: 'heading', level: 2, text: t(TEXT.attachments) },
  ];
  if (snapshot.attachments.length === 0) {
    blocks.push({ type: 'paragraph', text: t(TEXT.noAttachments) });
  } else {
    for (const file of snapshot.attachments) {
      blocks.push({
        type: 'key-values',
        rows: [
          { label: t(TEXT.kind), value: kindLabel(file.kind) },
          {
            label: t(TEXT.file),
            value: `${file.fileName} (${formatBytes(file.sizeBytes, c.language)})`,
          },
          { label: 'SHA-256', value: file.sha256, mono: true },
        ],
      });
    }
  }
  blocks.push({ type: 'paragraph', text: t(TEXT.verify), tone: 'muted' });

  return {
    language: BCP47[c.language],
    title: `${t(TEXT.title)} ${snapshot.receiptNumber}`,
    author: c.call.contact.organisation[c.language] || t(TEXT.author),
    subject: c.call.title[c.language],
    keywords: `${snapshot.receiptNumber} sha256:${sha256}`,
    createdAt: receivedAt,
    footer: `${t(TEXT.footer)} ${snapshot.receiptNumber} · ${c.institutionName}`,
    pageLabel: PAGE_LABEL,
    blocks,
  };
}

export function renderReceipt(input: SubmissionDocumentInput): Promise<Buffer> {
  return renderPdf(buildReceiptModel(input));
}
