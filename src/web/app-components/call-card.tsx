import { Card, Heading } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { FactList } from './fact-list.js';
import type { Fact } from './fact-list.js';

interface CallCardProps {
  /** The title as a router link to the call page. */
  titleLink: ReactNode;
  status: ReactNode;
  facts: Fact[];
}

/** One call in the list on the front page. */
export function CallCard({ titleLink, status, facts }: CallCardProps) {
  return (
    <Card data-color="neutral" className="call-card">
      <Heading level={2} data-size="sm" className="call-card__title">
        {titleLink}
      </Heading>
      <div className="call-card__status">{status}</div>
      <FactList facts={facts} className="fact-list--inline" />
    </Card>
  );
}
