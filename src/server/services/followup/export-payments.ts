/**
 * The call's payments for the accounting system, as CSV (layout in docs/payments-csv.md):
 * UTF-8 with BOM, `;` separated, CRLF line ends, RFC 4180 quoting, a fixed English header;
 * amounts in whole kroner as plain digits (no thousands separator, no decimals), dates
 * YYYY-MM-DD, recorded_at an ISO 8601 instant (UTC). One line per payment, in the order paid.
 */
import type { DbOrTx } from '../../../store/create-store.js';
import { listPayments } from '../../../store/repositories/followup.repository.js';
import { neutralizeFormula } from '../cases/export.js';

export const PAYMENTS_CSV_HEADER = [
  'payment_id',
  'paid_on',
  'amount_nok',
  'reference',
  'case_number',
  'institution_orgnr',
  'institution_name',
  'decision_id',
  'recorded_by',
  'recorded_at',
] as const;

function field(value: string): string {
  const safe = neutralizeFormula(value);
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export async function exportPaymentsCsv(db: DbOrTx, callId: string): Promise<string> {
  const rows = await listPayments(db, callId);
  const lines = [
    PAYMENTS_CSV_HEADER.join(';'),
    ...rows.map((p) =>
      [
        p.id,
        p.paid_on,
        String(p.amount_nok),
        p.reference,
        p.case_number,
        p.institution_orgnr,
        p.institution_name,
        p.decision_id,
        p.recorded_by_name,
        p.recorded_at,
      ]
        .map(field)
        .join(';'),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
