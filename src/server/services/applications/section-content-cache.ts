/**
 * The parsed content of the sections an autosave reads, kept in the process with the exact text it
 * was parsed from. A user types in one section at a time, so at each save the application's other
 * sections come back from the database as the same text: they are neither parsed nor checked
 * against their schema again (the {@link SectionShapeMemo} remembers the check by the kept
 * object). A text that differs in any way is parsed afresh, so what is kept can never stand in for
 * other content, whoever changed it and however. With the same objects, the application's
 * {@link RuleMemo} runs again only the rules that read the section that changed.
 */
import type { ApplicationContent } from '../../../domain/application/application.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { RuleMemo, SectionShapeMemo } from '../../../domain/rules/index.js';
import type { Db } from '../../../store/create-store.js';

/** About the sections of 500 applications in the works at once; the oldest use goes first. */
const MAX_ENTRIES = 5_000;
const MAX_APPLICATIONS = 1_000;

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
  readonly #rules = new Map<string, RuleMemo>();

  /** What the rules found in this application, for running again only those whose reads changed. */
  rulesOf(applicationId: string): RuleMemo {
    const memo = this.#rules.get(applicationId) ?? new RuleMemo();
    use(this.#rules, applicationId, memo, MAX_APPLICATIONS);
    return memo;
  }

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
    const entry = kept?.text === text ? kept : { text, value: JSON.parse(text) as unknown };
    use(this.#kept, key, entry, MAX_ENTRIES);
    return entry.value;
  }
}

/** Puts `value` in as the newest use, dropping the oldest when `map` is full. */
function use<T>(map: Map<string, T>, key: string, value: T, max: number): void {
  // Taken out and put back: a Map iterates in insertion order, so the first key is the oldest use.
  map.delete(key);
  if (map.size >= max) {
    const oldest = map.keys().next().value;
    if (oldest !== undefined) map.delete(oldest);
  }
  map.set(key, value);
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
