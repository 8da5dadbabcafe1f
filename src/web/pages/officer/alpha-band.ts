/**
 * Where a Krippendorff's alpha falls, in the usual reading: reliable from 0.8, tentative from
 * 0.667, low below; null when too few cases had two or more scores to compute it.
 */
export function alphaBand(alpha: number | null): 'reliable' | 'tentative' | 'low' | 'none' {
  if (alpha === null) return 'none';
  if (alpha >= 0.8) return 'reliable';
  if (alpha >= 0.667) return 'tentative';
  return 'low';
}
