import { describe, expect, it } from 'vitest';
import {
  fixtureCall,
  KRISTIANIA,
  letterInput,
  NTNU,
  OUTCOMES,
  type LetterCase,
} from '../../../test/fixtures/decision-letter.js';
import { readPdf } from '../../../test/fixtures/files/read-pdf.js';
import { ReasonsError } from '../../domain/decisions/reasons.js';
import { renderDecisionLetter } from './render-letter.js';

/**
 * The letter's text with line breaks made spaces, so a sentence reads as one; a line broken
 * after a hyphen ("teknisk-|naturvitenskapelige") is joined again.
 */
function flatten(text: string): string {
  return text.replace(/-\n/g, '-').replace(/\s+/g, ' ');
}

async function letterText(options: LetterCase): Promise<string> {
  const { pdf } = await renderDecisionLetter(letterInput(options));
  return flatten((await readPdf(pdf)).text);
}

describe('decision letters of the enkeltvedtak track (R28)', () => {
  it('the private college’s letter names the right to appeal, the appeal body and the last day (nb)', async () => {
    const text = await letterText({ institution: KRISTIANIA });
    expect(text).toContain('Vedtak om tilskudd');
    expect(text).toContain(
      'Dere kan klage på vedtaket, jf. forvaltningsloven § 28. Klageinstans er Kunnskapsdepartementet.',
    );
    expect(text).toContain(
      'Klagefristen er 3 uker fra det tidspunktet dette brevet kom fram til dere',
    );
    // Received Wednesday 1 December 2021 → Wednesday 22 December, a working day.
    expect(text).toContain(
      'Vi legger til grunn at brevet kom fram til dere 1. desember 2021. Da er siste dag for klage 22. desember 2021, og fristen løper ut kl. 23.59.59 norsk tid den dagen.',
    );
    expect(text).toContain(
      'Klagen sendes til Direktoratet for høyere utdanning og kompetanse (HK-dir), som traff vedtaket, jf. forvaltningsloven § 32.',
    );
    expect(text).toContain('Som part har dere rett til å se sakens dokumenter');
    expect(text).toContain('jf. forvaltningsloven § 24');
    expect(text).not.toContain('ikke en privat part');
  });

  it('the private college’s letter in nynorsk, with a last day moved past Christmas', async () => {
    // Received Saturday 4 December 2021 → Saturday 25 December (Christmas Day) → Monday 27.
    const text = await letterText({
      institution: KRISTIANIA,
      language: 'nn',
      outcome: OUTCOMES.avslatt,
      assumedReceivedAt: new Date('2021-12-04T09:00:00.000Z'),
    });
    expect(text).toContain('Vedtak om avslag på søknad om tilskot');
    expect(text).toContain(
      'De kan klage på vedtaket, jf. forvaltningslova § 28. Klageinstans er Kunnskapsdepartementet.',
    );
    expect(text).toContain('Då er siste dag for klage 27. desember 2021');
    expect(text).toContain('Rekna i veker ville fristen ha enda 25. desember 2021');
    expect(text).toContain(
      'Klaga blir send til Direktoratet for høgare utdanning og kompetanse (HK-dir)',
    );
  });
});

describe('tilskuddsbrev to a state body (R28)', () => {
  it.each(['nb', 'nn'] as const)(
    'the state university’s letter has no appeal section and says why (%s)',
    async (language) => {
      const text = await letterText({ institution: NTNU, language });
      const words = {
        nb: [
          'Tilskuddsbrev',
          'forvaltningsloven § 2',
          'er et statlig forvaltningsorgan og er ikke en privat part',
          'Ikke et enkeltvedtak – ingen klagerett',
        ],
        nn: [
          'Tilskotsbrev',
          'forvaltningslova § 2',
          'er eit statleg forvaltingsorgan og er ikkje ein privat part',
          'Ikkje eit enkeltvedtak – ingen klagerett',
        ],
      }[language];
      for (const w of words) expect(text).toContain(w);
      expect(text).toContain(`${NTNU.name} er ${language === 'nb' ? 'et statlig' : 'eit statleg'}`);
      for (const absent of ['Klageinstans', 'Klagefrist', '§ 28', '§ 29', '§ 32', 'Innsyn']) {
        expect(text).not.toContain(absent);
      }
    },
  );

  it('a refusal to a state body has no appeal section either', async () => {
    const text = await letterText({ institution: NTNU, outcome: OUTCOMES.avvist });
    expect(text).toContain('Svar på søknad om tilskudd – avvist');
    expect(text).not.toContain('Klageinstans');
    expect(text).toContain('Den formelle kontrollen fant: Den signerte samarbeidsavtalen mangler.');
  });
});

describe('grant letter content (R29)', () => {
  it('states purpose, amount, period, conditions, use, reporting, control, breach, payment and acceptance', async () => {
    const text = await letterText({ outcome: OUTCOMES.delvis_innvilget });
    for (const expected of [
      'jf. økonomiregelverket punkt 6.3.3',
      'Tilskuddet skal bidra til å bedre konkurransesituasjonen for industriklynger',
      'Tilskuddet er på 950 000 kr. Prosjektperioden er 1. desember 2021 – 15. desember 2022',
      'Tilskuddet kan ikke gå til innkjøp av varig utstyr.',
      'Det gis normalt ikke støtte til kjøp av lisenser.',
      'Varig utstyr: dekkes ikke.',
      'Antall deltakere fra hver virksomhet i hvert studietilbud. Frist: 15. desember 2022.',
      'og Riksrevisjonen kan kontrollere at tilskuddet blir brukt etter forutsetningene',
      'kan tilskuddet kreves tilbakebetalt helt eller delvis, og utbetalinger som ikke er gjort, kan holdes tilbake',
      '80 prosent (760 000 kr) når vi har mottatt aksepten.',
      '20 prosent (190 000 kr) når rapporten er godkjent',
      'Tilskuddet må aksepteres innen 22. desember 2021.',
      'Budsjettlinjen «Reiser til samlinger» (Reiser) er redusert med 100 000 kr av 150 000 kr.',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('takes a second call’s bodies, conditions, dates and payment plan from its data alone', async () => {
    const text = await letterText({ call: fixtureCall, language: 'nn' });
    for (const expected of [
      'Eksempeldirektoratet',
      'Klageinstans er Eksempeldepartementet.',
      'Tilskotet skal gi tilsette i havbruksnæringa etterutdanning.',
      'Tilskotet dekkjer ikkje utstyr eller lisensar.',
      'Sluttrapport med rekneskap. Frist: 31. januar 2024.',
      // Project end 31 December 2023 plus 30 days.
      'Deltakarar per verksemd. Frist: 30. januar 2024.',
      '30 prosent (360 000 kr) 1. august 2023.',
      'Tilskotet må aksepterast innan 15. desember 2021.',
      'Kari Nordmann',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Kunnskapsdepartementet');
  });
});

describe('every letter (R28)', () => {
  it.each(
    (['innvilget', 'delvis_innvilget', 'avslatt', 'avvist', 'reserve'] as const).flatMap((kind) =>
      (['nb', 'nn', 'en'] as const).flatMap((language) =>
        [KRISTIANIA, NTNU].map((institution) => [kind, language, institution.name] as const),
      ),
    ),
  )('renders %s in %s for %s, as PDF/A in its language', async (kind, language, name) => {
    const institution = name === KRISTIANIA.name ? KRISTIANIA : NTNU;
    const { pdf } = await renderDecisionLetter(
      letterInput({ outcome: OUTCOMES[kind], language, institution }),
    );
    const read = await readPdf(pdf);
    expect(read.xmp('pdfaid:part')).toBe('2');
    expect(read.info.Language).toBe({ nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' }[language]);
    expect(read.text).toContain('SAK-KOMP21-0007');
    if (language === 'en') {
      expect(read.text).toContain('This is a courtesy translation.');
      expect(read.text).toMatch(/^The Norwegian Directorate/);
    }
    const appeal = kind !== 'reserve' && institution === KRISTIANIA;
    const text = flatten(read.text);
    expect(text.includes('Klageinstans') || text.includes('The appeal body is')).toBe(appeal);
  });

  it('a reserve notice gives the place and until when the list holds, and no appeal section', async () => {
    const text = await letterText({ outcome: OUTCOMES.reserve });
    expect(text).toContain('står som nr. 2 på reservelisten');
    expect(text).toContain('Reservelisten gjelder til og med 31. desember 2021.');
    expect(text).not.toContain('Klagefrist');
  });

  it('gives the same bytes and SHA-256 for the same decision, another for a changed one', async () => {
    const [a, b] = await Promise.all([
      renderDecisionLetter(letterInput({ outcome: OUTCOMES.delvis_innvilget })),
      renderDecisionLetter(letterInput({ outcome: OUTCOMES.delvis_innvilget })),
    ]);
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(a.pdf.equals(b.pdf)).toBe(true);
    expect(a.sha256).toBe(b.sha256);
    const other = await renderDecisionLetter(letterInput({ outcome: OUTCOMES.innvilget }));
    expect(other.sha256).not.toBe(a.sha256);
  });

  it('refuses to print empty reasons, and reasons in another language', async () => {
    const input = letterInput();
    const blank = { ...input, reasons: { ...input.reasons, facts: [{ source: 'x', text: '  ' }] } };
    await expect(renderDecisionLetter(blank)).rejects.toThrow(ReasonsError);
    await expect(renderDecisionLetter(blank)).rejects.toThrow('facts[0].text');
    const nn = letterInput({ language: 'nn' });
    await expect(renderDecisionLetter({ ...input, reasons: nn.reasons })).rejects.toThrow(
      'the reasons are in nn, the letter in nb',
    );
  });
});
