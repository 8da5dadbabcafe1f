import { Tag } from '@digdir/designsystemet-react';
import type { CallPhase } from '../api/types.js';

const colours: Record<CallPhase, 'info' | 'success' | 'neutral' | 'warning'> = {
  unpublished: 'warning',
  published: 'info',
  open: 'success',
  closed: 'neutral',
};

/** The phase of a call in words, coloured; the words carry the meaning, the colour only helps. */
export function PhaseTag({ phase, label }: { phase: CallPhase; label: string }) {
  return (
    <Tag data-color={colours[phase]} data-size="sm" className="phase-tag">
      {label}
    </Tag>
  );
}
