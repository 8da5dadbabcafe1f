interface BalanceBarProps {
  costs: number;
  financing: number;
  /** "Balanced" or "Financing is 30 000 kr short", already in the user's language. */
  text: string;
  balanced: boolean;
}

/** Costs against financing as two bars, with the difference in words (the bars are decoration). */
export function BalanceBar({ costs, financing, text, balanced }: BalanceBarProps) {
  const largest = Math.max(costs, financing, 1);
  return (
    <div className={`balance ${balanced ? 'balance--ok' : 'balance--off'}`}>
      <div className="balance__bars" aria-hidden="true">
        <span
          className="balance__bar balance__bar--costs"
          style={{ width: `${(costs / largest) * 100}%` }}
        />
        <span
          className="balance__bar balance__bar--financing"
          style={{ width: `${(financing / largest) * 100}%` }}
        />
      </div>
      <p className="balance__text" role="status">
        {text}
      </p>
    </div>
  );
}
