import { useTranslation } from 'react-i18next';
import { countdownParts } from '../format.js';

/** "3 dager 4 timer", "1 minutt 59 sekunder": a remaining time in the active language. */
export function useRemainingText(): (remainingMs: number) => string {
  const { t } = useTranslation();
  return (remainingMs) =>
    countdownParts(remainingMs)
      .map(({ unit, value }) => t(`duration.${unit}`, { count: value }))
      .join(' ');
}
