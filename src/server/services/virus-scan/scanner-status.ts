/** Whether this installation scans uploads, and whether clamd answers now: for /readyz and start-up. */
import { describeClamdAddress } from '../../../integrations/clamav/clamd-address.js';
import { pingClamd } from '../../../integrations/clamav/clamd-client.js';
import type { Config } from '../../../platform/config.js';

export type ScannerStatus = 'off' | 'ready' | 'unreachable';

export async function scannerStatus(config: Config): Promise<ScannerStatus> {
  if (!config.clamd) return 'off';
  const timeoutMs = Math.min(1000, config.clamd.timeoutMs);
  return (await pingClamd(config.clamd.address, { timeoutMs })) ? 'ready' : 'unreachable';
}

/** The start-up line about virus scanning. */
export function describeScanner(config: Config): string {
  return config.clamd
    ? `virus scanning: ClamAV (clamd) at ${describeClamdAddress(config.clamd.address)}`
    : 'virus scanning: OFF, uploads are NOT scanned (set TILSKUDD_CLAMD=unix:/path or tcp:host:port)';
}
