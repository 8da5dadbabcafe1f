/** The words of the cooperation agreement, in bokmål and nynorsk. */
import type { DocText } from '../document-language.js';

const same = (text: string): DocText => ({ nb: text, nn: text });

export const AGREEMENT = {
  title: same('Samarbeidsavtale'),
  about: { nb: 'om kompetanseutvikling i prosjektet', nn: 'om kompetanseutvikling i prosjektet' },
  intro: {
    nb: 'Denne avtalen gjelder samarbeidet mellom utdanningstilbyderen og de deltakende virksomhetene i industriklyngen om prosjektet som søkes finansiert gjennom utlysningen',
    nn: 'Denne avtalen gjeld samarbeidet mellom utdanningstilbydaren og dei deltakande verksemdene i industriklynga om prosjektet som det blir søkt finansiering til gjennom utlysinga',
  },
  parties: { nb: '1. Parter', nn: '1. Partar' },
  party: same('Part'),
  orgnr: same('Organisasjonsnummer'),
  role: same('Rolle'),
  institutionRole: {
    nb: 'Utdanningstilbyder og ansvarlig søker',
    nn: 'Utdanningstilbydar og ansvarleg søkjar',
  },
  companyRole: { nb: 'Deltakende virksomhet', nn: 'Deltakande verksemd' },
  socialPartners: { nb: '2. Partene i arbeidslivet', nn: '2. Partane i arbeidslivet' },
  employerSide: { nb: 'Arbeidsgiversiden', nn: 'Arbeidsgivarsida' },
  employeeSide: { nb: 'Arbeidstakersiden', nn: 'Arbeidstakarsida' },
  company: { nb: 'Virksomhet', nn: 'Verksemd' },
  union: { nb: 'Fagforening', nn: 'Fagforeining' },
  representative: { nb: 'Tillitsvalgt', nn: 'Tillitsvald' },
  offerings: { nb: '3. Studietilbud', nn: '3. Studietilbod' },
  offeringTitle: same('Tittel'),
  studiepoeng: same('Studiepoeng'),
  offeringPeriod: same('Periode'),
  roles: { nb: '4. Roller og ansvar', nn: '4. Roller og ansvar' },
  roleInstitution: { nb: 'Utdanningstilbyderen', nn: 'Utdanningstilbydaren' },
  roleCompanies: { nb: 'Virksomhetene', nn: 'Verksemdene' },
  roleUnions: { nb: 'Fagforeningene', nn: 'Fagforeiningane' },
  period: { nb: '5. Prosjektperiode', nn: '5. Prosjektperiode' },
  periodText: { nb: 'Prosjektet varer fra', nn: 'Prosjektet varer frå' },
  periodTo: { nb: 'til', nn: 'til' },
  signatures: { nb: '6. Underskrifter', nn: '6. Underskrifter' },
  signaturesIntro: {
    nb: 'Avtalen er undertegnet i ett eksemplar per part. Hver part signerer på vegne av sin virksomhet.',
    nn: 'Avtalen er underteikna i eitt eksemplar per part. Kvar part signerer på vegner av si verksemd.',
  },
  for: same('For'),
  placeAndDate: { nb: 'Sted og dato', nn: 'Stad og dato' },
  signature: { nb: 'Underskrift', nn: 'Underskrift' },
  nameInCapitals: { nb: 'Navn med blokkbokstaver', nn: 'Namn med blokkbokstavar' },
  position: same('Stilling'),
  blankHint: {
    nb: 'Mal: fyll inn partene, studietilbudene og rollene, eller last ned avtalen ferdig utfylt fra søknaden.',
    nn: 'Mal: fyll inn partane, studietilboda og rollene, eller last ned avtalen ferdig utfylt frå søknaden.',
  },
} as const;
