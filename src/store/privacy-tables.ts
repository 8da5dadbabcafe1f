/** Tables of retention and privacy (migration 0021, docs/adr/0024). */
import type { Selectable } from 'kysely';

export interface PrivacyErasureTable {
  id: string;
  user_id: string;
  erased_at: string;
  erased_by: string;
  reason: string;
  events_redacted: number;
}

export interface AuditRedactionTable {
  event_id: string;
  erasure_id: string;
  original_hash: string;
  redacted_hash: string;
}

export interface PrivacyTables {
  privacy_erasure: PrivacyErasureTable;
  audit_redaction: AuditRedactionTable;
}

export type PrivacyErasureRow = Selectable<PrivacyErasureTable>;
export type AuditRedactionRow = Selectable<AuditRedactionTable>;
