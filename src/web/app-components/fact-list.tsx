import type { ReactNode } from 'react';

export interface Fact {
  key: string;
  term: ReactNode;
  value: ReactNode;
}

/** Label–value pairs as a description list, so each value is read with its label. */
export function FactList({ facts, className }: { facts: Fact[]; className?: string }) {
  return (
    <dl className={className ? `fact-list ${className}` : 'fact-list'}>
      {facts.map((fact) => (
        <div className="fact-list__row" key={fact.key}>
          <dt>{fact.term}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
