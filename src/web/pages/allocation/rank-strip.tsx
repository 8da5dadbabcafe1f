/**
 * The rank list as one picture: every case a segment as wide as its applied amount, in rank order,
 * coloured by where the scenario puts it, with the pot drawn as a line. What fits before the line
 * is what the pot can fund in rank order. The table under it holds the same facts in words.
 */
import { useTranslation } from 'react-i18next';
import type { AllocationCaseView, ScenarioEntry } from '../../api/allocation-types.js';

const WIDTH = 600;
const HEIGHT = 22;

interface Props {
  id: string;
  cases: AllocationCaseView[];
  entries: Map<string, ScenarioEntry>;
  potNok: number;
}

export function RankStrip({ id, cases, entries, potNok }: Props) {
  const { t } = useTranslation();
  const total = cases.reduce((sum, c) => sum + c.appliedNok, 0);
  const scale = Math.max(total, potNok, 1);
  // Where each case starts: the sum applied by the cases ranked before it.
  const starts = cases.reduce<number[]>(
    (acc, c, i) => [...acc, i === 0 ? 0 : (acc[i - 1] ?? 0) + (cases[i - 1]?.appliedNok ?? 0)],
    [],
  );
  const segments = cases.map((c, i) => {
    const x = ((starts[i] ?? 0) / scale) * WIDTH;
    const w = (c.appliedNok / scale) * WIDTH;
    const entry = entries.get(c.caseId);
    const placement = entry?.placement ?? 'none';
    const reduced =
      entry?.placement === 'main' && entry.grantNok !== null && entry.grantNok < c.appliedNok;
    return {
      c,
      x,
      w,
      placement,
      reduced,
      grantW: entry?.grantNok ? (entry.grantNok / scale) * WIDTH : 0,
    };
  });
  const potX = (potNok / scale) * WIDTH;
  return (
    <figure className="rank-strip" aria-labelledby={id}>
      <svg
        className="rank-strip__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT + 16}`}
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        {segments.map((s) => (
          <g key={s.c.caseId}>
            <rect
              className={`rank-strip__seg rank-strip__seg--${s.placement}`}
              x={s.x}
              y={8}
              width={Math.max(0, s.w - 0.6)}
              height={HEIGHT}
            />
            {s.reduced && (
              <rect
                className="rank-strip__seg rank-strip__seg--cut"
                x={s.x + s.grantW}
                y={8}
                width={Math.max(0, s.w - s.grantW - 0.6)}
                height={HEIGHT}
              />
            )}
          </g>
        ))}
        <line className="rank-strip__pot" x1={potX} x2={potX} y1={0} y2={HEIGHT + 16} />
      </svg>
      <ul className="pot-bar__legend" aria-hidden="true">
        <li>
          <span className="swatch swatch--main" />
          {t('allocation.placement.main')}
        </li>
        <li>
          <span className="swatch swatch--reserve" />
          {t('allocation.placement.reserve')}
        </li>
        <li>
          <span className="swatch swatch--refused" />
          {t('allocation.placement.refused')}
        </li>
        <li>
          <span className="swatch swatch--pot" />
          {t('allocation.strip.pot')}
        </li>
      </ul>
      <figcaption id={id} className="muted">
        {t('allocation.strip.caption')}
      </figcaption>
    </figure>
  );
}
