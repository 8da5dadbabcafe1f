/**
 * The virus-scan state of each uploaded file of the application, read again while a file shown
 * is still waiting for the scanner (a background job scans it once the scanner answers).
 */
import { useEffect, useState } from 'react';
import type { ScanState } from '../../../../domain/virus-scan/scan-state.js';
import { api } from '../../../api/client.js';

const RECHECK_MS = 5_000;
/** Stop asking after this many reads; the page shows the state it last read. */
const MAX_RECHECKS = 60;

export function useScanStates(
  applicationId: string,
  fileIds: readonly string[],
  refreshKey: unknown,
): ReadonlyMap<string, ScanState> {
  const [states, setStates] = useState<ReadonlyMap<string, ScanState>>(new Map());
  const wanted = fileIds.join(',');
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let reads = 0;
    const read = async () => {
      reads += 1;
      try {
        const files = await api.listAttachments(applicationId);
        if (cancelled) return;
        const next = new Map(files.map((f) => [f.id, f.scan.state]));
        setStates(next);
        const waiting = wanted.split(',').some((id) => next.get(id) === 'pending');
        if (waiting && reads < MAX_RECHECKS) timer = setTimeout(() => void read(), RECHECK_MS);
      } catch {
        // The list is a help, not the page: without it the files are shown without a state.
      }
    };
    if (wanted !== '') void read();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [applicationId, wanted, refreshKey]);
  return states;
}
