/**
 * The optimiser explains itself (R27): one sentence per case in nb, nn and en — funded in full,
 * reduced (and what bound it), or left out (the binding limit, the rank, or not recommended) —
 * and, for a recommended case the rank order would have funded but the optimiser left out, what
 * would have funded it. The numbers come from optimiser-solve.ts; this file only words them.
 */
import type { AllocationMethod } from '../call/call-allocation-schema.js';
import type { Localized } from '../call/call-schema-parts.js';
import type { Explanation, LimitName, RankedCase } from './model.js';
import { ceilingOf, floorOf } from './greedy.js';

const t = (nb: string, nn: string, en: string): Localized => ({ nb, nn, en });

/** 1250000 → "1 250 000 kr" (a no-break space between groups, as Norwegian prints money). */
export function formatNok(nok: number): string {
  return `${String(Math.round(nok)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')}\u00a0kr`;
}

export type Binding = Explanation['binding'];
export type Sensitivity = NonNullable<Explanation['sensitivity']>;

export interface CaseFacts {
  r: RankedCase;
  /** The grant, or null when left out. */
  grantNok: number | null;
  /** What the case's institution got in total, and the pot's remainder, in this proposal. */
  institutionTotalNok: number;
  potRemainingNok: number;
  /** The plain rank order (greedy) funds this case. */
  greedyFunds: boolean;
  /**
   * What would have funded a case left out above the cut: found, or 'pending' while the
   * background re-solves run, or 'unfinished' when their time ran out before this case.
   */
  sensitivity: Sensitivity | 'pending' | 'unfinished' | null;
}

/** Which limit bound a reduced grant or kept a case out; 'rank' when only the ranking did. */
export function bindingOf(method: AllocationMethod, f: CaseFacts): Binding {
  const { limits } = method;
  const applied = f.r.case.appliedNok;
  const cap = limits.maxPerInstitutionNok ?? Infinity;
  if (f.grantNok !== null) {
    if (f.grantNok >= applied) return null;
    if (limits.maxGrantNok !== undefined && f.grantNok === limits.maxGrantNok) return 'maxGrantNok';
    if (f.institutionTotalNok >= cap) return 'maxPerInstitutionNok';
    return 'pot';
  }
  if (!f.r.recommended) return 'not_recommended';
  const floor = floorOf(method, applied);
  if (floor > ceilingOf(method, applied)) {
    if (limits.minGrantNok !== undefined && limits.minGrantNok > ceilingOf(method, applied)) {
      return 'minGrantNok';
    }
    return limits.minPartialShare === undefined ? 'maxGrantNok' : 'minPartialShare';
  }
  if (cap - f.institutionTotalNok < floor) return 'maxPerInstitutionNok';
  return f.greedyFunds ? 'pot' : 'rank';
}

const limitWords: Record<LimitName, Localized> = {
  pot: t('rammen', 'ramma', 'the pot'),
  maxPerInstitutionNok: t(
    'taket per institusjon',
    'taket per institusjon',
    'the cap per institution',
  ),
  minCounties: t(
    'kravet om spredning på fylker',
    'kravet om spreiing på fylke',
    'the minimum spread over counties',
  ),
  minGrantNok: t('minste tilskudd', 'minste tilskot', 'the minimum grant'),
  maxGrantNok: t('største tilskudd', 'største tilskot', 'the maximum grant'),
  minPartialShare: t(
    'minste andel ved delvis tilskudd',
    'minste del ved delvis tilskot',
    'the minimum share of a partial grant',
  ),
};

export function limitName(limit: LimitName): Localized {
  return limitWords[limit];
}

/** The tail of a left-out case's sentence while its sensitivity is still being worked out. */
export const PENDING_TEXT: Localized = t(
  ' Hva som ville gitt tilskudd, regnes ut i bakgrunnen og vises her når det er klart.',
  ' Kva som ville gitt tilskot, blir rekna ut i bakgrunnen og blir vist her når det er klart.',
  ' What would have funded it is being worked out in the background and is shown here when ready.',
);

/** A pending explanation with `note` in place of the pending tail (the cases changed meanwhile). */
export function replacePending(x: Explanation, note: Localized): Explanation {
  if (!x.sensitivityPending) return x;
  const cut = (text: string, tail: string) =>
    text.endsWith(tail) ? text.slice(0, text.length - tail.length) : text;
  return {
    ...x,
    sensitivityPending: false,
    text: {
      nb: cut(x.text.nb, PENDING_TEXT.nb) + note.nb,
      nn: cut(x.text.nn, PENDING_TEXT.nn) + note.nn,
      en: cut(x.text.en, PENDING_TEXT.en) + note.en,
    },
  };
}

function sensitivityText(s: CaseFacts['sensitivity']): Localized {
  if (s === null) return t('', '', '');
  if (s === 'pending') return PENDING_TEXT;
  if (s === 'unfinished') {
    return t(
      ' Hva som ville gitt tilskudd, ble ikke ferdig regnet ut innen tidsrammen for utregningen.',
      ' Kva som ville gitt tilskot, vart ikkje ferdig rekna ut innan tidsramma for utrekninga.',
      ' What would have funded it was not worked out within the time allowed for it.',
    );
  }
  const nok = s.cutNok === null ? null : formatNok(s.cutNok);
  const score = s.meanScoreNeeded === null ? null : s.meanScoreNeeded.toFixed(2);
  if (nok !== null && score !== null) {
    return t(
      ` Den ville fått tilskudd med en søknad ${nok} lavere, eller med et snitt av kriteriekarakterene på ${score}.`,
      ` Han ville fått tilskot med ein søknad ${nok} lågare, eller med eit snitt av kriteriekarakterane på ${score}.`,
      ` It would have been funded had it applied for ${nok} less, or with a mean criterion score of ${score}.`,
    );
  }
  if (nok !== null) {
    return t(
      ` Den ville fått tilskudd med en søknad ${nok} lavere.`,
      ` Han ville fått tilskot med ein søknad ${nok} lågare.`,
      ` It would have been funded had it applied for ${nok} less.`,
    );
  }
  if (score !== null) {
    return t(
      ` Den ville fått tilskudd med et snitt av kriteriekarakterene på ${score}.`,
      ` Han ville fått tilskot med eit snitt av kriteriekarakterane på ${score}.`,
      ` It would have been funded with a mean criterion score of ${score}.`,
    );
  }
  return t(
    ' Verken et lavere beløp eller høyere karakterer ville alene gitt tilskudd.',
    ' Verken eit lågare beløp eller høgare karakterar ville åleine gitt tilskot.',
    ' Neither a smaller amount nor higher scores alone would have funded it.',
  );
}

/** One sentence per case, in the three languages. */
export function explainCase(method: AllocationMethod, f: CaseFacts): Explanation {
  const binding = bindingOf(method, f);
  const applied = formatNok(f.r.case.appliedNok);
  const rank = f.r.rank;
  let text: Localized;
  let outcome: Explanation['outcome'];
  if (f.grantNok !== null && binding === null) {
    outcome = 'funded';
    text = t(
      `Rangert som nr. ${rank}: får hele søknadsbeløpet, ${applied}.`,
      `Rangert som nr. ${rank}: får heile søknadsbeløpet, ${applied}.`,
      `Ranked ${rank}: funded in full, ${applied}.`,
    );
  } else if (f.grantNok !== null) {
    outcome = 'reduced';
    const grant = formatNok(f.grantNok);
    const by = limitWords[binding === 'pot' || binding === null ? 'pot' : (binding as LimitName)];
    text = t(
      `Rangert som nr. ${rank}: får ${grant} av ${applied}; beløpet er begrenset av ${by.nb}.`,
      `Rangert som nr. ${rank}: får ${grant} av ${applied}; beløpet er avgrensa av ${by.nn}.`,
      `Ranked ${rank}: granted ${grant} of ${applied}; the amount is bound by ${by.en}.`,
    );
  } else {
    outcome = 'left_out';
    text = leftOutText(rank, binding);
  }
  const found = outcome === 'left_out' ? f.sensitivity : null;
  const extra = sensitivityText(found);
  return {
    caseId: f.r.case.caseId,
    outcome,
    binding,
    text: { nb: text.nb + extra.nb, nn: text.nn + extra.nn, en: text.en + extra.en },
    sensitivity: typeof found === 'object' ? found : null,
    sensitivityPending: found === 'pending',
  };
}

function leftOutText(rank: number, binding: Binding): Localized {
  const head = t(`Rangert som nr. ${rank}: `, `Rangert som nr. ${rank}: `, `Ranked ${rank}: `);
  const tail = ((): Localized => {
    switch (binding) {
      case 'not_recommended':
        return t(
          'ikke anbefalt i helhetsvurderingen.',
          'ikkje tilrådd i heilskapsvurderinga.',
          'not recommended in the overall assessment.',
        );
      case 'rank':
        return t(
          'under streken i rangeringen; rammen er brukt på saker rangert høyere.',
          'under streken i rangeringa; ramma er brukt på saker rangerte høgare.',
          'below the cut in the rank order; the pot went to cases ranked higher.',
        );
      case 'pot':
        return t(
          'utelatt fordi rammen gir mer av utlysningens mål brukt på andre saker.',
          'utelaten fordi ramma gir meir av måla i utlysinga brukt på andre saker.',
          'left out because the pot achieves more of the call’s objective spent on other cases.',
        );
      default: {
        const limit = limitWords[(binding ?? 'pot') as LimitName];
        return t(
          `utelatt på grunn av ${limit.nb}.`,
          `utelaten på grunn av ${limit.nn}.`,
          `left out because of ${limit.en}.`,
        );
      }
    }
  })();
  return { nb: head.nb + tail.nb, nn: head.nn + tail.nn, en: head.en + tail.en };
}

/** Why the call's limits cannot all be met, naming the limit and any other whose relaxation helps. */
export function infeasibleText(limit: LimitName, alsoHelps: readonly LimitName[]): Localized {
  const name = limitWords[limit];
  const others = alsoHelps.filter((l) => l !== limit).map((l) => limitWords[l]);
  const list = (lang: keyof Localized, and: string): string =>
    others.length === 0 ? '' : others.map((o) => o[lang]).join(` ${and} `);
  return {
    nb: `Forslaget kan ikke lages: ${name.nb} kan ikke oppfylles med denne rammen og disse sakene.${others.length ? ` Det går uten ${list('nb', 'eller')}.` : ''}`,
    nn: `Forslaget kan ikkje lagast: ${name.nn} kan ikkje oppfyllast med denne ramma og desse sakene.${others.length ? ` Det går utan ${list('nn', 'eller')}.` : ''}`,
    en: `No proposal can be made: ${name.en} cannot be met with this pot and these cases.${others.length ? ` It can without ${list('en', 'or')}.` : ''}`,
  };
}
