/**
 * The pot (R27): the sum of a scenario's grants never passes the call's pot. The rule is here; the
 * saving transaction applies it again to the sums it has just read, so two officers cannot
 * overspend together.
 */
import type { Localized } from '../call/call-schema-parts.js';
import type { PotTotals, ScenarioEntry } from './model.js';

/** Whole kroner with a space between thousands, as nb, nn and en texts here write them. */
export function formatNok(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

export function grantedOf(entries: readonly Pick<ScenarioEntry, 'placement' | 'grantNok'>[]) {
  return entries.reduce((sum, e) => sum + (e.placement === 'main' ? (e.grantNok ?? 0) : 0), 0);
}

export function potTotals(potNok: number, appliedNok: number, grantedNok: number): PotTotals {
  return { potNok, grantedNok, remainingNok: potNok - grantedNok, appliedNok };
}

/**
 * What is left of the pot for one entry, given what every other entry of the scenario grants.
 * A change is refused when the entry's new grant is above this.
 */
export function potRoom(potNok: number, othersGrantedNok: number): number {
  return potNok - othersGrantedNok;
}

/** True when the change keeps the scenario within the pot. */
export function fitsThePot(potNok: number, othersGrantedNok: number, grantNok: number): boolean {
  return othersGrantedNok + grantNok <= potNok;
}

export function potExceeded(remainingNok: number): Localized {
  const left = formatNok(Math.max(0, remainingNok));
  return {
    nb: `tilskuddet går over rammen: ${left} kr er igjen`,
    nn: `tilskotet går over ramma: ${left} kr er att`,
    en: `the grant goes past the pot: NOK ${left} is left`,
  };
}
