/** The keys of legal/letters/reasons.json: the phrases reasons are drafted with. */
export const REASON_TEXT_KEYS = [
  'fact-criterion',
  'fact-holistic',
  'recommendation-fund',
  'recommendation-fund-partly',
  'recommendation-do-not-fund',
  'fact-reduction',
  'fact-cut-line',
  'fact-formal',
  'fact-formal-reason',
  'consideration-rank',
  'consideration-pot',
  'consideration-cut-inside',
  'consideration-cut-outside',
  'consideration-cut-reduced',
  'consideration-not-recommended',
  'consideration-reserve',
  'consideration-departure',
  'consideration-avvist',
] as const;
export type ReasonTextKey = (typeof REASON_TEXT_KEYS)[number];
