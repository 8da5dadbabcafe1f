import type { ReactNode } from 'react';

interface DemoBannerProps {
  /** Accessible name of the region. */
  label: string;
  /** "Demo – simulert tid: 15. september 2021 kl. 16:02" */
  timeText: string;
  explanation: string;
  /** Clock controls, shown to administrators only. */
  children?: ReactNode;
}

/**
 * Tells every visitor that the clock is simulated. The time is not a live region: it changes every
 * minute and announcing that would drown out everything else.
 */
export function DemoBanner({ label, timeText, explanation, children }: DemoBannerProps) {
  return (
    <section className="demo-banner" aria-label={label} data-color="warning">
      <div className="site-container demo-banner__inner">
        <p className="demo-banner__time">
          <strong>{timeText}</strong>
        </p>
        <p className="demo-banner__explanation">{explanation}</p>
        {children}
      </div>
    </section>
  );
}
