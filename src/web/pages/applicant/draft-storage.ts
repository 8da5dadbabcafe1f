/**
 * Unsaved edits kept in localStorage, so a closed tab, a lost connection or a new sign-in does not
 * lose them. Keyed by application and section; removed once the server has the same content.
 */
export interface StoredDraft {
  baseVersion: number;
  /** The content of `baseVersion`, so the edit can be sent as what it changed (absent in old drafts). */
  baseContent?: unknown;
  content: unknown;
  savedLocallyAt: string;
}

const PREFIX = 'tilskudd.draft';

function keyOf(applicationId: string, sectionId: string): string {
  return `${PREFIX}.${applicationId}.${sectionId}`;
}

export function readDraft(applicationId: string, sectionId: string): StoredDraft | null {
  try {
    const raw = localStorage.getItem(keyOf(applicationId, sectionId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredDraft>;
    return typeof parsed.baseVersion === 'number' && 'content' in parsed
      ? (parsed as StoredDraft)
      : null;
  } catch {
    return null;
  }
}

export function writeDraft(applicationId: string, sectionId: string, draft: StoredDraft): void {
  try {
    localStorage.setItem(keyOf(applicationId, sectionId), JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the edit is still in memory and is saved to the server as usual.
  }
}

export function removeDraft(applicationId: string, sectionId: string): void {
  try {
    localStorage.removeItem(keyOf(applicationId, sectionId));
  } catch {
    // Nothing to clean up if storage is blocked.
  }
}
