/**
 * The parsed content of the sections an autosave reads, kept in the process with the exact text it
 * was parsed from. A user types in one section at a time, so at each save the application's other
 * sections come back from the database as the same text: they are neither parsed nor checked
 * against their schema again (the {@link SectionShapeMemo} remembers the check by the kept
 * object). A text that differs in any way is parsed afresh, so what is kept can never stand in for
 * other content, whoever changed it and however.
 */
import type { ApplicationContent } from '../../../domain/application/application.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { SectionShapeMemo } from '../../../domain/rules/index.js';
import type { Db } from '../../../store/create-store.js';

/** About one section of each of 500 applications in the works at once; the oldest use goes first. */
const MAX_ENTRIES = 5_000;

interface Kept {
  text: string;
  value: unknown;
}

export interface SectionText {
  section_id: string;
  content: string;
}

export class SectionContentCache {
  readonly shapes = new SectionShapeMemo();
  readonly #kept = new Map<string, Kept>();

  /** The application's content by section id, from the stored texts of its sections. */
  contentOf(
    call: CallDefinition,
    applicationId: string,
    sections: readonly SectionText[],
  ): ApplicationContent {
    const content: ApplicationContent = {};
    for (const section of call.sections) {
      const row = sections.find((s) => s.section_id === section.id);
      if (row) content[section.id] = this.#parse(`${applicationId}/${section.id}`, row.content);
    }
    return content;
  }

  #parse(key: string, text: string): unknown {
    const kept = this.#kept.get(key);
    // Taken out and put back: a Map iterates in insertion order, so the first key is the oldest use.
    this.#kept.delete(key);
    const entry = kept?.text === text ? kept : { text, value: JSON.parse(text) as unknown };
    if (this.#kept.size >= MAX_ENTRIES) {
      const oldest = this.#kept.keys().next().value;
      if (oldest !== undefined) this.#kept.delete(oldest);
    }
    this.#kept.set(key, entry);
    return entry.value;
  }
}

const caches = new WeakMap<Db, SectionContentCache>();

/** One cache per store. */
export function sectionContentCache(db: Db): SectionContentCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new SectionContentCache();
    caches.set(db, cache);
  }
  return cache;
}
