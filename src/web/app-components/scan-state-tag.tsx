/**
 * A file's virus-scan state as a tag, with a sentence saying what it means for the reader. Only
 * a clean file (or one from an installation without a scanner) can be opened.
 */
import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ScanState } from '../../domain/virus-scan/scan-state.js';

const COLOURS: Record<ScanState, 'success' | 'warning' | 'danger' | 'neutral'> = {
  clean: 'success',
  pending: 'warning',
  infected: 'danger',
  failed: 'danger',
  not_scanned: 'neutral',
};

export function ScanStateTag({ state }: { state: ScanState }) {
  const { t } = useTranslation();
  return (
    <Tag
      data-size="sm"
      data-color={COLOURS[state]}
      className="scan-state"
      title={t(`virusScan.help.${state}`)}
    >
      {t(`virusScan.state.${state}`)}
    </Tag>
  );
}

/** Whether the file may be opened: the same rule the server enforces. */
export function canOpen(state: ScanState): boolean {
  return state === 'clean' || state === 'not_scanned';
}
