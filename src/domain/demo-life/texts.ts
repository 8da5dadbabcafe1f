/**
 * Norwegian building blocks for the synthetic applications: one theme per group of SN2007
 * divisions, people's names, unions. Realistic enough for a demo; no call is named here.
 */
export interface OfferingIdea {
  title: string;
  modules: string;
  need: string;
  relevance: string;
}

export interface Theme {
  /** SN2007 divisions the theme covers, both included. */
  divisions: readonly [number, number];
  sector: string;
  offerings: readonly OfferingIdea[];
  trainingNeeds: readonly string[];
  vulnerability: readonly string[];
  competition: readonly string[];
  restructuring: readonly string[];
  effect: readonly string[];
}

const general: Omit<Theme, 'divisions' | 'sector'> = {
  offerings: [
    {
      title: 'Digitalisering og automatisering i produksjonen',
      modules: 'To moduler: sensorer og dataflyt i produksjonslinjen, og robotisering i praksis.',
      need: 'Operatørene må kunne drifte og forbedre automatiserte linjer.',
      relevance: 'Oppgavene tar utgangspunkt i data og utstyr fra virksomhetenes egne linjer.',
    },
    {
      title: 'Lean og kontinuerlig forbedring',
      modules: 'Tre moduler: verdistrømsanalyse, forbedringsarbeid i team og ledelse av endring.',
      need: 'Ledere og fagarbeidere trenger felles metoder for å redusere svinn og ledetid.',
      relevance: 'Hver deltaker gjennomfører et forbedringsprosjekt på egen arbeidsplass.',
    },
    {
      title: 'Energieffektivisering og klimaregnskap i industrien',
      modules: 'To moduler: energikartlegging og tiltak, og klimaregnskap etter kundekrav.',
      need: 'Kundene krever dokumentert klimaavtrykk, og energikostnadene øker.',
      relevance: 'Deltakerne lager energikartlegging og klimaregnskap for egen virksomhet.',
    },
  ],
  trainingNeeds: [
    'Fagarbeiderne må lære å bruke nye digitale verktøy i produksjonen og å dokumentere kvaliteten etter kundenes krav.',
    'Produksjonsledere og operatører trenger kompetanse i forbedringsarbeid, automatisering og energistyring.',
    'De ansatte har lang erfaring, men lite formell videreutdanning, og må kunne ta i bruk ny teknologi i de kommende årene.',
  ],
  vulnerability: [
    'Klyngen er avhengig av noen få store kunder, og ordreinngangen falt kraftig under pandemien.',
    'Virksomhetene har høye energikostnader og møter stadig strengere miljøkrav fra kundene.',
    'Flere av virksomhetene har mistet kontrakter til utenlandske konkurrenter med lavere kostnader.',
  ],
  competition: [
    'Virksomhetene selger mesteparten av produksjonen til kunder i Europa og konkurrerer med produsenter i Øst-Europa og Asia.',
    'Klyngen møter importkonkurranse i hjemmemarkedet og må konkurrere på kvalitet og leveringstid.',
  ],
  restructuring: [
    'Automatisering og nye dokumentasjonskrav endrer arbeidsoppgavene, og de ansatte må få ny kompetanse for å beholde jobbene.',
    'Overgangen til lavutslippsproduksjon krever nye prosesser og kompetanse som virksomhetene ikke har i dag.',
  ],
  effect: [
    'Med felles kompetanseheving kan virksomhetene vinne nye kontrakter og beholde erfarne medarbeidere.',
    'Prosjektet gir klyngen en felles standard og gjør virksomhetene bedre rustet for omstillingen.',
  ],
};

export const THEMES: readonly Theme[] = [
  {
    divisions: [10, 12],
    sector: 'sjømat- og næringsmiddelindustri',
    offerings: [
      {
        title: 'Mattrygghet og kvalitetsstyring i sjømatindustrien',
        modules: 'To moduler: HACCP og sporbarhet, og digital kvalitetsstyring.',
        need: 'Kundene krever full sporbarhet og dokumentert mattrygghet.',
        relevance: 'Deltakerne kartlegger og forbedrer kvalitetssystemet i egen virksomhet.',
      },
      {
        title: 'Automatisert foredling og prosessteknologi',
        modules: 'Tre moduler: prosessteknologi, robotisert filetering og vedlikehold.',
        need: 'Nye foredlingslinjer krever operatører som kan styre og feilsøke automatikk.',
        relevance: 'Undervisningen bruker virksomhetenes egne foredlingslinjer som case.',
      },
    ],
    trainingNeeds: [
      'Operatørene må kunne styre automatiserte foredlingslinjer og dokumentere mattrygghet digitalt.',
      'Kvalitetsansvarlige trenger kompetanse i sporbarhet og kundekrav i eksportmarkedene.',
    ],
    vulnerability: [
      'Foredlingen av sjømat flyttes i økende grad til land med lavere lønnskostnader.',
      'Råstofftilgangen svinger, og virksomhetene har små marginer og få ansatte med formell kompetanse.',
    ],
    competition: [
      'Virksomhetene eksporterer det meste av produksjonen og konkurrerer med foredling i Polen og Kina.',
    ],
    restructuring: [
      'Automatisering av foredlingen gjør at arbeidsoppgavene endres fra manuelt arbeid til styring og overvåking.',
    ],
    effect: ['Mer foredling kan skje i Norge, og arbeidsplassene langs kysten blir tryggere.'],
  },
  {
    divisions: [13, 23],
    sector: 'prosess- og materialindustri',
    ...general,
    offerings: [
      ...general.offerings,
      {
        title: 'Sirkulær plast og materialgjenvinning',
        modules:
          'To moduler: materialvalg og design for gjenvinning, og gjenvunnet råstoff i produksjon.',
        need: 'Kundene krever økt andel gjenvunnet materiale.',
        relevance: 'Deltakerne tester gjenvunnet råstoff i egen produksjon.',
      },
      {
        title: 'Prosessikkerhet og storulykkeforebygging',
        modules: 'Tre moduler: risikoanalyse, barrierestyring og læring av hendelser.',
        need: 'Nye krav til prosessikkerhet gjelder alle virksomhetene i klyngen.',
        relevance: 'Øvelsene bygger på virksomhetenes egne risikoanalyser.',
      },
    ],
  },
  {
    divisions: [24, 25],
    sector: 'metallindustri',
    ...general,
    offerings: [
      ...general.offerings,
      {
        title: 'Sveiseteknologi og sporbar dokumentasjon',
        modules: 'To moduler: digital sveiseovervåking og dokumentasjon etter standard.',
        need: 'Kundene krever sporbar sveisedokumentasjon.',
        relevance: 'Eksamen er en dokumentasjonsoppgave fra egen arbeidsplass.',
      },
      {
        title: 'Lettmetaller og avansert bearbeiding',
        modules: 'Tre moduler: aluminiumslegeringer, CNC-bearbeiding og måleteknikk.',
        need: 'Bilindustrien og andre kunder krever lettere komponenter med strammere toleranser.',
        relevance: 'Øvelsene gjøres på komponenter fra virksomhetenes egne ordrer.',
      },
    ],
  },
  {
    divisions: [26, 33],
    sector: 'verksteds- og leverandørindustri',
    ...general,
    offerings: [
      ...general.offerings,
      {
        title: 'Grønn skipsbygging og nullutslippsløsninger',
        modules:
          'To moduler: energieffektive skrog og fremdrift, og batteri- og hydrogenløsninger.',
        need: 'Rederiene etterspør lav- og nullutslippsfartøy.',
        relevance: 'Emnet bygger på ombyggingsprosjekter virksomhetene har i ordrebøkene.',
      },
      {
        title: 'Hydraulikk, elektrifisering og styringssystemer',
        modules: 'Tre moduler: hydraulikk, elektriske drivlinjer og programmerbar styring.',
        need: 'Produktene elektrifiseres, og montører og konstruktører må kunne nye systemer.',
        relevance: 'Deltakerne arbeider med virksomhetenes egne produkter og kundeordrer.',
      },
    ],
  },
];

export function themeOf(division: number): Theme {
  return (
    THEMES.find((t) => division >= t.divisions[0] && division <= t.divisions[1]) ?? {
      divisions: [division, division],
      sector: 'industri',
      ...general,
    }
  );
}

export const FIRST_NAMES = [
  'Anne',
  'Bjørn',
  'Camilla',
  'Dag',
  'Eli',
  'Frode',
  'Guro',
  'Hans',
  'Ida',
  'Jan',
  'Kristin',
  'Lars',
  'Mona',
  'Nils',
  'Oda',
  'Petter',
  'Randi',
  'Stian',
  'Tone',
  'Vegard',
  'Åse',
  'Øystein',
] as const;

export const LAST_NAMES = [
  'Aas',
  'Berge',
  'Dahle',
  'Eide',
  'Fjeld',
  'Gundersen',
  'Hagen',
  'Jakobsen',
  'Karlsen',
  'Lund',
  'Moen',
  'Nygård',
  'Pedersen',
  'Rønning',
  'Sæther',
  'Tangen',
  'Vik',
  'Ødegård',
] as const;

export const UNIONS = [
  'Fellesforbundet',
  'Industri Energi',
  'Forbundet for ledelse og teknikk (FLT)',
  'Norsk Nærings- og Nytelsesmiddelarbeiderforbund (NNN)',
  'Tekna',
  'Negotia',
] as const;

export const EMPLOYER_ORGS = ['Norsk Industri', 'NHO', 'Sjømat Norge', 'Virke'] as const;

/** Offerings any industry cluster may need, added to every theme's own. */
export const GENERAL_OFFERINGS: readonly OfferingIdea[] = general.offerings;
