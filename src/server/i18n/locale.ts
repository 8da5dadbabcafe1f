import type { FastifyRequest } from 'fastify';
import type { Locale } from '../../domain/time/oslo.js';

export type { Locale };
export type Localized = Record<Locale, string>;

/**
 * The user's language for server answers: the first of nb, nn, en in Accept-Language, by order of
 * preference. "no" means bokmål; anything else falls back to bokmål, the service's default.
 */
export function localeOf(request: FastifyRequest): Locale {
  const header = request.headers['accept-language'];
  if (typeof header !== 'string') return 'nb';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((x) => !Number.isNaN(x.q) && x.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0];
    if (base === 'nn') return 'nn';
    if (base === 'nb' || base === 'no') return 'nb';
    if (base === 'en') return 'en';
  }
  return 'nb';
}
