/** The words of the application copy, in bokmål and nynorsk. */
import type { DocText } from '../document-language.js';

const same = (text: string): DocText => ({ nb: text, nn: text });

export const COPY = {
  title: { nb: 'Søknad', nn: 'Søknad' },
  intro: {
    nb: 'Kopi av søknaden slik den ble sendt inn. Kopien er laget av den lagrede søknaden og blir lik hver gang den lastes ned.',
    nn: 'Kopi av søknaden slik han vart send inn. Kopien er laga av den lagra søknaden og blir lik kvar gong han blir lasta ned.',
  },
  call: { nb: 'Utlysning', nn: 'Utlysing' },
  applicant: { nb: 'Søker', nn: 'Søkjar' },
  receiptNumber: same('Kvitteringsnummer'),
  receivedAt: { nb: 'Mottatt', nn: 'Motteke' },
  version: { nb: 'Innsendt versjon', nn: 'Innsend versjon' },
  sha256: same('SHA-256 av søknaden'),
  unreadable: {
    nb: 'Denne delen kunne ikke leses med dagens skjema. Innholdet er bevart uendret i den lagrede søknaden.',
    nn: 'Denne delen kunne ikkje lesast med dagens skjema. Innhaldet er teke vare på uendra i den lagra søknaden.',
  },
  empty: { nb: 'Ikke fylt ut.', nn: 'Ikkje fylt ut.' },
  // project
  projectTitle: same('Prosjekttittel'),
  summary: { nb: 'Sammendrag', nn: 'Samandrag' },
  period: same('Prosjektperiode'),
  language: same('Språk'),
  // The names of the written languages are the same in both.
  languageNames: { nb: 'Bokmål', nn: 'Nynorsk' },
  // cluster
  companies: { nb: 'Virksomheter', nn: 'Verksemder' },
  company: { nb: 'Virksomhet', nn: 'Verksemd' },
  orgnr: same('Org.nr.'),
  // Soft hyphens: narrow table headers break inside the word, with a hyphen.
  industryCode: same('Nærings\u00adkode'),
  municipality: same('Kommune'),
  employees: { nb: 'Ansatte', nn: 'Tilsette' },
  exportOrImport: {
    nb: 'Eksport-/import\u00adkonkurrerende',
    nn: 'Eksport-/import\u00adkonkurrerande',
  },
  trainingNeed: same('Opplæringsbehov'),
  contact: same('Kontaktperson'),
  cooperation: { nb: 'Samarbeidet i klyngen', nn: 'Samarbeidet i klynga' },
  // anchoring
  employerSide: { nb: 'Arbeidsgiversiden', nn: 'Arbeidsgivarsida' },
  unions: { nb: 'Arbeidstakersiden', nn: 'Arbeidstakarsida' },
  union: { nb: 'Fagforening', nn: 'Fagforeining' },
  representative: { nb: 'Tillitsvalgt', nn: 'Tillitsvald' },
  roleCompanies: { nb: 'Virksomhetenes rolle', nn: 'Rolla til verksemdene' },
  roleUnions: { nb: 'Fagforeningenes rolle', nn: 'Rolla til fagforeiningane' },
  roleInstitution: { nb: 'Institusjonens rolle', nn: 'Rolla til institusjonen' },
  // case
  vulnerability: { nb: 'Hvorfor klyngen er utsatt', nn: 'Kvifor klynga er utsett' },
  competitiveSituation: same('Konkurransesituasjon'),
  restructuringNeed: same('Omstillingsbehov'),
  effect: { nb: 'Forventet effekt', nn: 'Forventa effekt' },
  // offerings
  level: same('Nivå'),
  levels: {
    university: { nb: 'Universitetsnivå', nn: 'Universitetsnivå' },
    'university-college': { nb: 'Høyskolenivå', nn: 'Høgskulenivå' },
  },
  studiepoeng: same('Studiepoeng'),
  modules: same('Moduler'),
  deliveryMode: same('Undervisningsform'),
  deliveryModes: {
    online: same('Nett'),
    hybrid: same('Nett og samlinger'),
    campus: same('Campus'),
  },
  schedule: { nb: 'Gjennomføring', nn: 'Gjennomføring' },
  fitsFullTimeWork: {
    nb: 'Kan tas ved siden av full jobb',
    nn: 'Kan takast ved sida av full jobb',
  },
  offeringPeriod: same('Periode'),
  competenceNeed: same('Kompetansebehov'),
  workRelevance: same('Arbeidsrelevans'),
  offeringCompanies: { nb: 'Virksomheter som deltar', nn: 'Verksemder som deltek' },
  // participants
  participantsGrid: {
    nb: 'Antall deltakere per virksomhet og studietilbud',
    nn: 'Tal på deltakarar per verksemd og studietilbod',
  },
  sum: same('Sum'),
  // progress plan
  date: same('Dato'),
  milestone: same('Milepæl'),
  phase: same('Fase'),
  description: { nb: 'Beskrivelse', nn: 'Skildring' },
  // budget
  budgetLines: { nb: 'Budsjettlinjer', nn: 'Budsjettliner' },
  category: same('Kostnadskategori'),
  year: same('År'),
  amount: same('Beløp'),
  justification: same('Grunngiving'),
  byPhase: same('Kostnader per fase'),
  byYear: { nb: 'Kostnader per år', nn: 'Kostnader per år' },
  byCategory: same('Kostnader per kategori'),
  financing: same('Finansiering'),
  source: { nb: 'Kilde', nn: 'Kjelde' },
  totalCosts: same('Sum kostnader'),
  totalFinancing: same('Sum finansiering'),
  difference: {
    nb: 'Differanse (kostnader – finansiering)',
    nn: 'Differanse (kostnader – finansiering)',
  },
  unassigned: { nb: 'Ikke angitt', nn: 'Ikkje oppgitt' },
  // attachments
  attachmentKind: same('Vedleggstype'),
  file: same('Fil'),
  size: { nb: 'Størrelse', nn: 'Storleik' },
  noAttachments: { nb: 'Ingen vedlegg.', nn: 'Ingen vedlegg.' },
  // findings
  findings: { nb: 'Merknader ved innsending', nn: 'Merknader ved innsendinga' },
  noFindings: {
    nb: 'Ingen merknader: alle formelle krav som kan kontrolleres automatisk, var oppfylt ved innsending.',
    nn: 'Ingen merknader: alle formelle krav som kan kontrollerast automatisk, var oppfylte ved innsendinga.',
  },
  warning: { nb: 'Merknad', nn: 'Merknad' },
  error: same('Feil'),
  footer: { nb: 'Kopi av søknad', nn: 'Kopi av søknad' },
  author: { nb: 'Tilskuddsforvaltningen', nn: 'Tilskotsforvaltinga' },
} as const;
