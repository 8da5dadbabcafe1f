/**
 * The full copy of a submitted application: every section of the call in its order, laid out to
 * be read (tables for companies, participants, the progress plan and the budget with its sums),
 * and the findings of the formal rules at the moment of submission.
 */
import { emptySectionContent } from '../../domain/application/application.js';
import {
  sectionContentSchema,
  type SectionContentByKind,
} from '../../domain/application/section-content.js';
import type { Section, SectionKind } from '../../domain/call/call-schema.js';
import {
  documentContextOf,
  PAGE_LABEL,
  type SubmissionDocumentContext,
  type SubmissionDocumentInput,
} from '../document-context.js';
import { BCP47 } from '../document-language.js';
import { formatReceivedAt } from '../format-values.js';
import type { PdfBlock, PdfDocumentModel } from '../pdf/pdf-model.js';
import { renderPdf } from '../pdf/render-pdf.js';
import { COPY } from './copy-texts.js';
import {
  attachmentsBlocks,
  budgetBlocks,
  participantsBlocks,
  progressPlanBlocks,
} from './table-sections.js';
import {
  anchoringBlocks,
  caseBlocks,
  clusterBlocks,
  offeringsBlocks,
  projectBlocks,
} from './text-sections.js';

type Ctx = SubmissionDocumentContext;

/** The content of the first section of a kind, read through the call's schema. */
function contentOfKind<K extends SectionKind>(c: Ctx, kind: K): SectionContentByKind[K] {
  const section = c.call.sections.find((s): s is Section & { kind: K } => s.kind === kind);
  if (!section) return emptySectionContent(kind);
  const parsed = sectionContentSchema(section, c.call).safeParse(
    c.stored.snapshot.content[section.id] ?? emptySectionContent(kind),
  );
  return parsed.success ? parsed.data : emptySectionContent(kind);
}

function sectionBlocks(c: Ctx, section: Section): PdfBlock[] {
  const raw = c.stored.snapshot.content[section.id];
  const parsed = sectionContentSchema(section, c.call).safeParse(
    raw ?? emptySectionContent(section.kind),
  );
  if (!parsed.success) return [{ type: 'paragraph', text: c.t(COPY.unreadable), tone: 'muted' }];
  const companies = contentOfKind(c, 'cluster').companies.map((co) => ({
    orgnr: co.orgnr,
    name: co.name?.trim() ? co.name : co.orgnr,
  }));
  const companyName = (orgnr: string) => companies.find((co) => co.orgnr === orgnr)?.name ?? orgnr;
  const content = parsed.data;
  switch (section.kind) {
    case 'project':
      return projectBlocks(c, content as SectionContentByKind['project']);
    case 'cluster':
      return clusterBlocks(c, content as SectionContentByKind['cluster']);
    case 'anchoring':
      return anchoringBlocks(c, content as SectionContentByKind['anchoring'], companyName);
    case 'case':
      return caseBlocks(c, content as SectionContentByKind['case']);
    case 'offerings':
      return offeringsBlocks(c, content as SectionContentByKind['offerings'], companyName);
    case 'participants':
      return participantsBlocks(
        c,
        content as SectionContentByKind['participants'],
        contentOfKind(c, 'offerings').offerings,
        companies,
      );
    case 'progress-plan':
      return progressPlanBlocks(c, content as SectionContentByKind['progress-plan']);
    case 'budget':
      return budgetBlocks(c, content as SectionContentByKind['budget']);
    case 'attachments':
      return attachmentsBlocks(c);
  }
}

function findingsBlocks(c: Ctx): PdfBlock[] {
  const findings = c.stored.snapshot.findings;
  if (findings.length === 0) return [{ type: 'paragraph', text: c.t(COPY.noFindings) }];
  return [
    {
      type: 'list',
      items: findings.map(
        (f) =>
          `${f.severity === 'error' ? c.t(COPY.error) : c.t(COPY.warning)} (${f.requirementId}): ${f.message[c.language]}`,
      ),
    },
  ];
}

export function buildCopyModel(input: SubmissionDocumentInput): PdfDocumentModel {
  const c = documentContextOf(input);
  const { snapshot, sha256 } = c.stored;
  const receivedAt = new Date(snapshot.receivedAt);
  const blocks: PdfBlock[] = [
    {
      type: 'paragraph',
      text: `${c.t(COPY.title)} · ${c.call.contact.organisation[c.language]}`,
      tone: 'muted',
    },
    { type: 'heading', level: 1, text: c.projectTitle ?? c.t(COPY.title) },
    { type: 'paragraph', text: c.t(COPY.intro), tone: 'muted' },
    {
      type: 'key-values',
      rows: [
        { label: c.t(COPY.call), value: c.call.title[c.language] },
        {
          label: c.t(COPY.applicant),
          value: `${c.institutionName} (${snapshot.institutionOrgnr})`,
        },
        { label: c.t(COPY.receiptNumber), value: snapshot.receiptNumber },
        { label: c.t(COPY.receivedAt), value: formatReceivedAt(receivedAt, c.language) },
        { label: c.t(COPY.version), value: String(snapshot.versionNo) },
        { label: c.t(COPY.sha256), value: sha256, mono: true },
      ],
    },
  ];
  c.call.sections.forEach((section, index) => {
    blocks.push({ type: 'heading', level: 2, text: `${index + 1}. ${section.title[c.language]}` });
    blocks.push(...sectionBlocks(c, section));
  });
  blocks.push({ type: 'heading', level: 2, text: c.t(COPY.findings) }, ...findingsBlocks(c));

  return {
    language: BCP47[c.language],
    title: `${c.t(COPY.title)}: ${c.projectTitle ?? snapshot.receiptNumber}`,
    author: c.institutionName,
    subject: c.call.title[c.language],
    keywords: `${snapshot.receiptNumber} sha256:${sha256}`,
    createdAt: receivedAt,
    footer: `${c.t(COPY.footer)} ${snapshot.receiptNumber} · ${c.institutionName}`,
    pageLabel: PAGE_LABEL,
    blocks,
  };
}

export function renderApplicationCopy(input: SubmissionDocumentInput): Promise<Buffer> {
  return renderPdf(buildCopyModel(input));
}
