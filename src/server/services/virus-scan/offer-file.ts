/**
 * The one check before a stored file's bytes are handed out: only a file scanned clean (or one
 * stored by an installation without a scanner, which says so) leaves quarantine.
 */
import { isOfferable, toScanState } from '../../../domain/virus-scan/scan-state.js';
import { quoteName } from '../../../domain/rules/format.js';
import type { Locale } from '../../../domain/time/oslo.js';
import { AppError } from '../../errors/catalogue.js';
import { scanStateTexts } from './scan-messages.js';

export function assertOfferable(row: { scan_state: string; file_name: string }): void {
  const state = toScanState(row.scan_state);
  if (isOfferable(state)) return;
  const texts = scanStateTexts(state);
  const one = (l: Locale) => `${quoteName(row.file_name, l)}: ${texts[l]}`;
  throw new AppError('attachment_quarantined', {
    detail: { nb: one('nb'), nn: one('nn'), en: one('en') },
    extensions: { scanState: state },
  });
}
