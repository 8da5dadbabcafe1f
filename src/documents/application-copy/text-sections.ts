/** The sections of the copy that are mostly text: project, cluster, anchoring, case, offerings. */
import type {
  AnchoringContent,
  CaseContent,
  ClusterContent,
  OfferingsContent,
  ProjectContent,
} from '../../domain/application/section-content.js';
import type { SubmissionDocumentContext } from '../document-context.js';
import {
  formatNumber,
  formatPeriod,
  formatStudiepoeng,
  formatYesNo,
  orDash,
} from '../format-values.js';
import type { PdfBlock } from '../pdf/pdf-model.js';
import { COPY } from './copy-texts.js';

type Ctx = SubmissionDocumentContext;

/** A sub-heading and its text, or nothing when the applicant left it empty. */
function textBlock(heading: string, text: string | undefined): PdfBlock[] {
  if (!text || !/\S/.test(text)) return [];
  return [
    { type: 'heading', level: 3, text: heading },
    { type: 'paragraph', text },
  ];
}

export function projectBlocks(c: Ctx, content: ProjectContent): PdfBlock[] {
  return [
    {
      type: 'key-values',
      rows: [
        { label: c.t(COPY.projectTitle), value: orDash(content.title) },
        {
          label: c.t(COPY.period),
          value: formatPeriod(content.startDate, content.endDate, c.language),
        },
        {
          label: c.t(COPY.language),
          value: content.language ? COPY.languageNames[content.language] : '–',
        },
      ],
    },
    ...textBlock(c.t(COPY.summary), content.summary),
  ];
}

export function clusterBlocks(c: Ctx, content: ClusterContent): PdfBlock[] {
  const blocks: PdfBlock[] = [
    {
      type: 'table',
      columns: [
        { header: c.t(COPY.company), weight: 2.8 },
        { header: c.t(COPY.orgnr), weight: 1.5 },
        { header: c.t(COPY.industryCode), weight: 1.6 },
        { header: c.t(COPY.municipality), weight: 1.6 },
        { header: c.t(COPY.employees), weight: 1.1, align: 'right' },
        { header: c.t(COPY.exportOrImport), weight: 2 },
      ],
      rows: content.companies.map((company) => [
        orDash(company.name),
        company.orgnr,
        orDash(company.industryCode),
        orDash(company.municipalityName),
        company.employees === undefined ? '–' : formatNumber(company.employees, c.language),
        formatYesNo(company.exportOrImportCompeting),
      ]),
    },
  ];
  for (const company of content.companies) {
    const contact = [company.contactName, company.contactEmail, company.contactPhone]
      .filter((part) => part && /\S/.test(part))
      .join(', ');
    blocks.push(
      { type: 'heading', level: 3, text: `${orDash(company.name)} (${company.orgnr})` },
      {
        type: 'key-values',
        rows: [
          { label: c.t(COPY.trainingNeed), value: orDash(company.trainingNeed) },
          { label: c.t(COPY.contact), value: orDash(contact) },
        ],
      },
    );
  }
  return [...blocks, ...textBlock(c.t(COPY.cooperation), content.cooperation)];
}

export function anchoringBlocks(
  c: Ctx,
  content: AnchoringContent,
  companyName: (orgnr: string) => string,
): PdfBlock[] {
  return [
    ...textBlock(c.t(COPY.employerSide), content.employerSide),
    { type: 'heading', level: 3, text: c.t(COPY.unions) },
    {
      type: 'table',
      columns: [
        { header: c.t(COPY.company), weight: 3 },
        { header: c.t(COPY.union), weight: 3 },
        { header: c.t(COPY.representative), weight: 3 },
      ],
      rows: content.unions.map((union) => [
        companyName(union.companyOrgnr),
        orDash(union.unionName),
        orDash(union.representativeName),
      ]),
    },
    ...textBlock(c.t(COPY.roleInstitution), content.roleInstitution),
    ...textBlock(c.t(COPY.roleCompanies), content.roleCompanies),
    ...textBlock(c.t(COPY.roleUnions), content.roleUnions),
  ];
}

export function caseBlocks(c: Ctx, content: CaseContent): PdfBlock[] {
  return [
    ...textBlock(c.t(COPY.vulnerability), content.vulnerability),
    ...textBlock(c.t(COPY.competitiveSituation), content.competitiveSituation),
    {
      type: 'key-values',
      rows: [
        { label: c.t(COPY.exportOrImport), value: formatYesNo(content.exportOrImportCompeting) },
      ],
    },
    ...textBlock(c.t(COPY.restructuringNeed), content.restructuringNeed),
    ...textBlock(c.t(COPY.effect), content.effect),
  ];
}

export function offeringsBlocks(
  c: Ctx,
  content: OfferingsContent,
  companyName: (orgnr: string) => string,
): PdfBlock[] {
  return content.offerings.flatMap((offering, index): PdfBlock[] => {
    const fits = formatYesNo(offering.fitsFullTimeWork);
    return [
      {
        type: 'heading',
        level: 3,
        text: offering.title?.trim() ? offering.title : `#${index + 1}`,
      },
      {
        type: 'key-values',
        rows: [
          {
            label: c.t(COPY.level),
            value: offering.level ? c.t(COPY.levels[offering.level]) : '–',
          },
          {
            label: c.t(COPY.studiepoeng),
            value: formatStudiepoeng(offering.studiepoeng, c.language),
          },
          {
            label: c.t(COPY.deliveryMode),
            value: offering.deliveryMode ? c.t(COPY.deliveryModes[offering.deliveryMode]) : '–',
          },
          {
            label: c.t(COPY.offeringPeriod),
            value: formatPeriod(offering.startDate, offering.endDate, c.language),
          },
          { label: c.t(COPY.modules), value: orDash(offering.modules) },
          { label: c.t(COPY.schedule), value: orDash(offering.schedule) },
          {
            label: c.t(COPY.fitsFullTimeWork),
            value: offering.fitsFullTimeWorkDescription
              ? `${fits}. ${offering.fitsFullTimeWorkDescription}`
              : fits,
          },
          { label: c.t(COPY.competenceNeed), value: orDash(offering.competenceNeed) },
          { label: c.t(COPY.workRelevance), value: orDash(offering.workRelevance) },
          {
            label: c.t(COPY.offeringCompanies),
            value: offering.companyOrgnrs.length
              ? offering.companyOrgnrs.map(companyName).join(', ')
              : '–',
          },
        ],
      },
    ];
  });
}
