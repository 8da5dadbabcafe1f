/** The period a journal list covers: Oslo days, from ≤ to, at most a year; a month by default. */
import { addDays, isIsoDate, osloDateOf, type Locale } from '../../../domain/time/oslo.js';
import type { AppContext } from '../../context.js';
import { refuseProblems } from '../cases/problems.js';

export const DEFAULT_DAYS = 31;
export const MAX_DAYS = 366;

const messages = {
  date: {
    nb: 'må være en dato på formen ÅÅÅÅ-MM-DD',
    nn: 'må vere ein dato på forma ÅÅÅÅ-MM-DD',
    en: 'must be a date written YYYY-MM-DD',
  },
  order: {
    nb: 'må være samme dag som eller etter fra-datoen',
    nn: 'må vere same dag som eller etter frå-datoen',
    en: 'must be on or after the from date',
  },
  span: {
    nb: 'perioden kan være høyst ett år',
    nn: 'perioden kan vere høgst eitt år',
    en: 'the period can be at most one year',
  },
};

export function journalPeriod(
  ctx: AppContext,
  query: { from?: string; to?: string },
  locale: Locale,
): { from: string; to: string } {
  const to = query.to ?? osloDateOf(ctx.clock.now());
  const from = query.from ?? addDays(to, -(DEFAULT_DAYS - 1));
  if (!isIsoDate(from)) refuseProblems([{ path: 'from', message: messages.date }], locale);
  if (!isIsoDate(to)) refuseProblems([{ path: 'to', message: messages.date }], locale);
  if (to < from) refuseProblems([{ path: 'to', message: messages.order }], locale);
  if (addDays(from, MAX_DAYS - 1) < to) {
    refuseProblems([{ path: 'to', message: messages.span }], locale);
  }
  return { from, to };
}
