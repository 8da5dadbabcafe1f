/**
 * Reads the call definitions from disk: one folder per call, named by its id, holding call.json.
 * Any problem stops the load with an error that names the file, so a broken call never goes live.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CallDefinition } from '../domain/call/call-schema.js';
import { CallDefinitionError, parseCallDefinition } from '../domain/call/parse-call-definition.js';

export const CALL_FILE_NAME = 'call.json';

export function loadCallDefinitions(dir: string): CallDefinition[] {
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const byId = new Map<string, string>();
  const calls: CallDefinition[] = [];
  for (const folder of folders) {
    const file = path.join(dir, folder, CALL_FILE_NAME);
    const label = labelOf(file);
    const call = parseCallDefinition(readCallJson(file, label), label);
    if (call.id !== folder) {
      throw new CallDefinitionError(label, [
        { path: 'id', reason: `must equal the folder name "${folder}"` },
      ]);
    }
    // Unreachable while ids equal folder names, but two calls with one id must never both load.
    const earlier = byId.get(call.id);
    if (earlier !== undefined) {
      throw new CallDefinitionError(label, [
        { path: 'id', reason: `duplicate call id "${call.id}", also in ${earlier}` },
      ]);
    }
    byId.set(call.id, label);
    calls.push(call);
  }
  return calls.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function readCallJson(file: string, label: string): unknown {
  if (!existsSync(file)) {
    throw new CallDefinitionError(label, [{ path: '(root)', reason: 'file not found' }]);
  }
  // An editor may save a byte-order mark, which JSON.parse refuses.
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CallDefinitionError(label, [
      { path: '(root)', reason: `not valid JSON: ${message}` },
    ]);
  }
}

/** The path as the person running the process would type it, with forward slashes. */
function labelOf(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/');
}
