/**
 * The personal data of an erased person taken out of an audit event's stored body (GDPR art. 17,
 * docs/adr/0024). Pure: the caller hashes the result and keeps the event's original hash.
 */
import { canonicalJson } from '../audit/canonical-json.js';

export interface ErasedPerson {
  userId: string;
  name: string;
  email: string | null;
  subject: string;
}

/** What an erased person is called from now on, in events and on their tombstone. */
export const TOMBSTONE_NAME = 'Slettet person';
export const REDACTED = '[slettet]';

export function tombstoneSubject(userId: string): string {
  return `erased|${userId}`;
}

export interface RedactableEvent {
  actor_user_id: string | null;
  actor_label: string;
  detail: string;
}

/** The strings that identify the person: equal to one, or containing the e-mail, is redacted. */
function identifies(value: string, person: ErasedPerson): boolean {
  if (value === person.name || value === person.subject) return true;
  if (person.email === null) return false;
  return value.toLowerCase().includes(person.email.toLowerCase());
}

function redactValue(value: unknown, person: ErasedPerson): unknown {
  if (typeof value === 'string') return identifies(value, person) ? REDACTED : value;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, person));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, redactValue(v, person)] as const),
    );
  }
  return value;
}

/** The event's new actor label and detail, or null when it holds nothing of the person. */
export function redactEvent<E extends RedactableEvent>(
  event: E,
  person: ErasedPerson,
): Pick<E, 'actor_label' | 'detail'> | null {
  const byThem = event.actor_user_id === person.userId;
  const label =
    byThem || identifies(event.actor_label, person) ? TOMBSTONE_NAME : event.actor_label;
  const detail = canonicalJson(redactValue(JSON.parse(event.detail) as unknown, person));
  if (label === event.actor_label && detail === event.detail) return null;
  return { actor_label: label, detail };
}

export interface RedactionEntry {
  eventId: string;
  originalHash: string;
  redactedHash: string;
}

/** What the erasure's chained event commits to: every redaction it made, in event id order. */
export function redactionDigestInput(entries: readonly RedactionEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.eventId < b.eventId ? -1 : 1));
  return canonicalJson(sorted.map((e) => [e.eventId, e.originalHash, e.redactedHash]));
}
