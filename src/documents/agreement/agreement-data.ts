/**
 * What the cooperation agreement (R10) is filled in with, read from an application's current
 * content; and the same shape left blank for the template on the public call page.
 */
import type { ApplicationContent } from '../../domain/application/application.js';
import {
  sectionContentSchema,
  type SectionContentByKind,
} from '../../domain/application/section-content.js';
import type { CallDefinition, Section, SectionKind } from '../../domain/call/call-schema.js';
import { languageOfApplication, type DocLanguage } from '../document-language.js';

export interface AgreementParty {
  name: string;
  orgnr: string;
}

export interface AgreementData {
  language: DocLanguage;
  callTitle: string;
  /** Blank: every name, number and date is a line to fill in by hand. */
  blank: boolean;
  projectTitle: string;
  institution: AgreementParty;
  companies: AgreementParty[];
  employerSide: string;
  unions: { company: string; union: string; representative: string }[];
  offerings: { title: string; studiepoeng: number | null; startDate: string; endDate: string }[];
  roles: { institution: string; companies: string; unions: string };
  period: { startDate: string; endDate: string };
}

function read<K extends SectionKind>(
  call: CallDefinition,
  content: ApplicationContent,
  kind: K,
): SectionContentByKind[K] | undefined {
  const section = call.sections.find((s): s is Section & { kind: K } => s.kind === kind);
  if (!section) return undefined;
  const parsed = sectionContentSchema(section, call).safeParse(content[section.id] ?? {});
  return parsed.success ? parsed.data : undefined;
}

export function agreementDataFromApplication(
  call: CallDefinition,
  content: ApplicationContent,
  institution: AgreementParty,
): AgreementData {
  const language = languageOfApplication(call, content);
  const project = read(call, content, 'project');
  const companies = read(call, content, 'cluster')?.companies ?? [];
  const anchoring = read(call, content, 'anchoring');
  const offerings = read(call, content, 'offerings')?.offerings ?? [];
  const nameOf = (orgnr: string) => companies.find((c) => c.orgnr === orgnr)?.name ?? orgnr;
  return {
    language,
    callTitle: call.title[language],
    blank: false,
    projectTitle: project?.title ?? '',
    institution,
    companies: companies.map((c) => ({ name: c.name ?? '', orgnr: c.orgnr })),
    employerSide: anchoring?.employerSide ?? '',
    unions: (anchoring?.unions ?? []).map((u) => ({
      company: nameOf(u.companyOrgnr),
      union: u.unionName ?? '',
      representative: u.representativeName ?? '',
    })),
    offerings: offerings.map((o) => ({
      title: o.title ?? '',
      studiepoeng: o.studiepoeng ?? null,
      startDate: o.startDate ?? '',
      endDate: o.endDate ?? '',
    })),
    roles: {
      institution: anchoring?.roleInstitution ?? '',
      companies: anchoring?.roleCompanies ?? '',
      unions: anchoring?.roleUnions ?? '',
    },
    period: { startDate: project?.startDate ?? '', endDate: project?.endDate ?? '' },
  };
}

/** Rows to fill in by hand: as many companies as the call's rule asks for at least. */
export function blankAgreementData(call: CallDefinition, language: DocLanguage): AgreementData {
  const companies = call.rules.minCompanies?.min ?? 1;
  const empty: AgreementParty = { name: '', orgnr: '' };
  return {
    language,
    callTitle: call.title[language],
    blank: true,
    projectTitle: '',
    institution: empty,
    companies: Array.from({ length: companies }, () => empty),
    employerSide: '',
    unions: Array.from({ length: companies }, () => ({
      company: '',
      union: '',
      representative: '',
    })),
    offerings: Array.from({ length: 2 }, () => ({
      title: '',
      studiepoeng: null,
      startDate: '',
      endDate: '',
    })),
    roles: { institution: '', companies: '', unions: '' },
    period: { startDate: '', endDate: '' },
  };
}
