/**
 * Which legal track a decision follows, from the institution register (administrative_body): a
 * private institution is a party and gets an enkeltvedtak with the right to appeal; a state
 * administrative body is not a private party (forvaltningsloven's definitions, provision id
 * `definitions` in legal/), so it gets a tilskuddsbrev without appeal rights.
 */
export const LEGAL_TRACKS = ['enkeltvedtak', 'tilskuddsbrev'] as const;
export type LegalTrack = (typeof LEGAL_TRACKS)[number];

export interface InstitutionLegalFacts {
  orgnr: string;
  name: string;
  /** From the register: true for a state administrative body, null while not known. */
  administrativeBody: boolean | null;
}

export class LegalTrackUnknownError extends Error {
  override readonly name = 'LegalTrackUnknownError';
  readonly orgnr: string;

  constructor(institution: InstitutionLegalFacts) {
    super(
      `administrative_body is not known for ${institution.name} (${institution.orgnr}): ` +
        'fill it in the institution register before a letter can say whether it may be appealed',
    );
    this.orgnr = institution.orgnr;
  }
}

/** Never guessed: an unknown register value stops the letter rather than name a wrong right. */
export function legalTrack(institution: InstitutionLegalFacts): LegalTrack {
  if (institution.administrativeBody === null) throw new LegalTrackUnknownError(institution);
  return institution.administrativeBody ? 'tilskuddsbrev' : 'enkeltvedtak';
}

export function hasAppealRight(track: LegalTrack): boolean {
  return track === 'enkeltvedtak';
}
