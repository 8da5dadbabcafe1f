import type { ContentProblem } from '../../../domain/cases/assessment-content.js';
import type { Locale } from '../../i18n/locale.js';
import { AppError } from '../../errors/catalogue.js';

/** Refuses with 422 naming each field and the reason in the user's language, when any. */
export function refuseProblems(problems: readonly ContentProblem[], locale: Locale): void {
  if (problems.length === 0) return;
  throw new AppError('validation_failed', {
    fieldErrors: problems.map((p) => ({ path: p.path, message: p.message[locale] })),
  });
}

/** A written reason of at least ten characters, as an override or an overruling needs. */
export function requireReason(path: string, reason: string | undefined, locale: Locale): string {
  const text = reason?.trim() ?? '';
  if (text.length >= 10) return text;
  refuseProblems(
    [
      {
        path,
        message: {
          nb: 'skriv en begrunnelse på minst 10 tegn',
          nn: 'skriv ei grunngiving på minst 10 teikn',
          en: 'write a reason of at least 10 characters',
        },
      },
    ],
    locale,
  );
  return text;
}
