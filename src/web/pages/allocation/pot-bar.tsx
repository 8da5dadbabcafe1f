/**
 * The pot bar: what is granted, what remains and what was applied for, drawn against the pot. The
 * picture is decoration for the sentence under it, which says the same in words (R27, part 6).
 */
import { useTranslation } from 'react-i18next';
import type { PotTotals } from '../../api/allocation-types.js';
import { formatNok } from '../../format.js';
import { useLocale } from '../../i18n/index.js';

const WIDTH = 600;
const HEIGHT = 28;

export function PotBar({ totals, id }: { totals: PotTotals; id: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // The scale is the larger of the pot and the sum applied, so the over-demand is visible.
  const scale = Math.max(totals.potNok, totals.appliedNok, 1);
  const x = (nok: number) => (nok / scale) * WIDTH;
  const potX = x(totals.potNok);
  const grantedX = x(Math.min(totals.grantedNok, totals.potNok));
  const text = t('allocation.pot.text', {
    granted: formatNok(totals.grantedNok, locale),
    pot: formatNok(totals.potNok, locale),
    remaining: formatNok(totals.remainingNok, locale),
    applied: formatNok(totals.appliedNok, locale),
    ratio: new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nb-NO', {
      maximumFractionDigits: 1,
    }).format(totals.appliedNok / Math.max(totals.potNok, 1)),
  });
  return (
    <figure className="pot-bar" aria-labelledby={id}>
      <svg
        className="pot-bar__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT + 18}`}
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <rect
          className="pot-bar__applied"
          x={0}
          y={4}
          width={x(totals.appliedNok)}
          height={HEIGHT - 8}
        />
        <rect className="pot-bar__pot" x={0} y={0} width={potX} height={HEIGHT} />
        <rect className="pot-bar__granted" x={0} y={0} width={grantedX} height={HEIGHT} />
        <line className="pot-bar__limit" x1={potX} x2={potX} y1={0} y2={HEIGHT + 18} />
      </svg>
      <ul className="pot-bar__legend" aria-hidden="true">
        <li>
          <span className="swatch swatch--granted" />
          {t('allocation.pot.granted')}
        </li>
        <li>
          <span className="swatch swatch--remaining" />
          {t('allocation.pot.remaining')}
        </li>
        <li>
          <span className="swatch swatch--applied" />
          {t('allocation.pot.applied')}
        </li>
      </ul>
      <figcaption id={id} className="pot-bar__text">
        {text}
      </figcaption>
    </figure>
  );
}
