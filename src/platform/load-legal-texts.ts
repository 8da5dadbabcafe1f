/**
 * Reads the legal texts from `legal/` at the project root: one file per act, named by its id.
 * Read at start, like the calls: a broken file stops the process with every problem named.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Act } from '../domain/legal/legal-schema.js';
import { LegalTextError, parseLegalAct, type LegalLibrary } from '../domain/legal/legal-texts.js';

export const LEGAL_DIR = fileURLToPath(new URL('../../legal', import.meta.url));

export function loadLegalLibrary(dir: string = LEGAL_DIR): LegalLibrary {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const acts = new Map<string, Act>();
  for (const name of files) {
    const file = path.join(dir, name);
    const label = path.relative(process.cwd(), file).split(path.sep).join('/');
    const act = parseLegalAct(readJson(file, label), label);
    const expected = name.slice(0, -'.json'.length);
    if (act.id !== expected) {
      throw new LegalTextError(label, [
        { path: 'id', reason: `must equal the file name "${expected}"` },
      ]);
    }
    acts.set(act.id, act);
  }
  return acts;
}

function readJson(file: string, label: string): unknown {
  if (!existsSync(file))
    throw new LegalTextError(label, [{ path: '(root)', reason: 'file not found' }]);
  try {
    return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new LegalTextError(label, [{ path: '(root)', reason: `not valid JSON: ${message}` }]);
  }
}
