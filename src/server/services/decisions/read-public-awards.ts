/**
 * The public list of awards (R29; offentleglova: the grants are public once decided): issued
 * decisions that grant money, in case order, as JSON and as CSV. Nothing of a refused or rejected
 * application is listed.
 *
 * CSV: UTF-8 with BOM, `;` separated, CRLF, RFC 4180 quoting, this header (fixed, in English so
 * scripts can rely on it): institution_name;institution_orgnr;project_title;case_number;grant_nok;
 * county;issued_at — grant_nok in whole kroner, issued_at an ISO 8601 instant (UTC).
 */
import type { DbOrTx } from '../../../store/create-store.js';
import { listIssuedGrants } from '../../../store/repositories/decisions.repository.js';
import type { PublicAward } from '../../../web/api/decision-types.js';
import { neutralizeFormula } from '../cases/export.js';

export async function readPublicAwards(db: DbOrTx, callId: string): Promise<PublicAward[]> {
  return (await listIssuedGrants(db, callId)).map((r) => ({
    institutionName: r.institution_name,
    institutionOrgnr: r.institution_orgnr,
    projectTitle: r.title,
    caseNumber: r.case_number,
    grantNok: r.grant_nok ?? 0,
    county: r.county,
    issuedAt: r.issued_at ?? '',
  }));
}

export const PUBLIC_AWARDS_CSV_HEADER = [
  'institution_name',
  'institution_orgnr',
  'project_title',
  'case_number',
  'grant_nok',
  'county',
  'issued_at',
] as const;

function field(text: string): string {
  const safe = neutralizeFormula(text);
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function publicAwardsCsv(awards: readonly PublicAward[]): string {
  const lines = [
    PUBLIC_AWARDS_CSV_HEADER.join(';'),
    ...awards.map((a) =>
      [
        a.institutionName,
        a.institutionOrgnr,
        a.projectTitle,
        a.caseNumber,
        String(a.grantNok),
        a.county ?? '',
        a.issuedAt,
      ]
        .map(field)
        .join(';'),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
