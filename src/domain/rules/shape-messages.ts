/**
 * A content shape problem in words for the applicant. The API refuses such content when it is
 * saved; this is for content that reached the rules anyway (an old draft, a changed form).
 */
import type { z } from 'zod';
import type { Localized } from '../call/call-schema.js';

type Issue = z.core.$ZodIssue;

export function describeShapeIssue(issue: Issue): Localized {
  const own = ownMessages(issue);
  if (own) return own;
  switch (issue.code) {
    case 'invalid_type':
      return {
        nb: 'Feltet har feil type verdi.',
        nn: 'Feltet har feil type verdi.',
        en: 'The field has the wrong type of value.',
      };
    case 'too_big':
      return issue.origin === 'string'
        ? {
            nb: `Teksten er for lang. Den kan være høyst ${String(issue.maximum)} tegn.`,
            nn: `Teksten er for lang. Han kan vere høgst ${String(issue.maximum)} teikn.`,
            en: `The text is too long. It may be at most ${String(issue.maximum)} characters.`,
          }
        : {
            nb: `Verdien er for stor. Den kan være høyst ${String(issue.maximum)}.`,
            nn: `Verdien er for stor. Han kan vere høgst ${String(issue.maximum)}.`,
            en: `The value is too large. It may be at most ${String(issue.maximum)}.`,
          };
    case 'too_small':
      return {
        nb: `Verdien er for liten. Den må være minst ${String(issue.minimum)}.`,
        nn: `Verdien er for liten. Han må vere minst ${String(issue.minimum)}.`,
        en: `The value is too small. It must be at least ${String(issue.minimum)}.`,
      };
    case 'unrecognized_keys':
      return {
        nb: `Ukjente felt: ${issue.keys.join(', ')}.`,
        nn: `Ukjende felt: ${issue.keys.join(', ')}.`,
        en: `Unknown fields: ${issue.keys.join(', ')}.`,
      };
    default:
      return {
        nb: 'Feltet har en ugyldig verdi.',
        nn: 'Feltet har ein ugyldig verdi.',
        en: 'The field has an invalid value.',
      };
  }
}

function ownMessages(issue: Issue): Localized | undefined {
  if (issue.code !== 'custom') return undefined;
  const messages: unknown = issue.params?.messages;
  if (typeof messages !== 'object' || messages === null) return undefined;
  const { nb, nn, en } = messages as Partial<Record<keyof Localized, unknown>>;
  if (typeof nb !== 'string' || typeof nn !== 'string' || typeof en !== 'string') return undefined;
  return { nb: capitalise(nb), nn: capitalise(nn), en: capitalise(en) };
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
