/**
 * Asks ClamAV about a file's bytes, once, at upload: a verdict when clamd answers in time, else
 * "pending" (the file is stored in quarantine and a durable job scans it later). Without
 * TILSKUDD_CLAMD the installation does not scan, and every file says so.
 */
import { scanBytes } from '../../../integrations/clamav/clamd-client.js';
import { ClamdError } from '../../../integrations/clamav/clamd-reply.js';
import type { ScanState } from '../../../domain/virus-scan/scan-state.js';
import type { AppContext } from '../../context.js';

export interface ScanResult {
  state: ScanState;
  signature: string | null;
  scannedAt: string | null;
  /** Why the file is still pending (clamd away, too slow), for the log. */
  error?: string;
}

export async function scanOnUpload(ctx: AppContext, bytes: Buffer): Promise<ScanResult> {
  const clamd = ctx.config.clamd;
  if (!clamd) return { state: 'not_scanned', signature: null, scannedAt: null };
  try {
    const verdict = await scanBytes(clamd.address, bytes, { timeoutMs: clamd.timeoutMs });
    const scannedAt = ctx.clock.now().toISOString();
    return verdict.verdict === 'infected'
      ? { state: 'infected', signature: verdict.signature, scannedAt }
      : { state: 'clean', signature: null, scannedAt };
  } catch (error) {
    if (!(error instanceof ClamdError)) throw error;
    return { state: 'pending', signature: null, scannedAt: null, error: error.message };
  }
}
