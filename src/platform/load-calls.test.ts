import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CallDefinitionError } from '../domain/call/parse-call-definition.js';
import { loadCallDefinitions } from './load-calls.js';

const CALLS_DIR = fileURLToPath(new URL('../../calls', import.meta.url));
const FIXTURE_CALLS_DIR = fileURLToPath(new URL('../../test/fixtures/calls', import.meta.url));
const SEED_ID = 'kompetanseloft-industriklynger-2021';
const FIXTURE_ID = 'etterutdanning-havbruk-2023';

const tempDirs: string[] = [];

function makeCallsDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tilskudd-calls-'));
  tempDirs.push(dir);
  return dir;
}

function writeCall(dir: string, folder: string, text: string): string {
  mkdirSync(path.join(dir, folder), { recursive: true });
  const file = path.join(dir, folder, 'call.json');
  writeFileSync(file, text);
  return file;
}

function labelOf(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/');
}

function loadError(dir: string): CallDefinitionError {
  try {
    loadCallDefinitions(dir);
  } catch (error) {
    if (error instanceof CallDefinitionError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loading call definitions', () => {
  it('R1: loads the real calls directory', () => {
    const calls = loadCallDefinitions(CALLS_DIR);
    expect(calls.map((c) => c.id)).toEqual([SEED_ID]);
    expect(calls[0]?.potNok).toBe(20_000_000);
  });

  it('R1: a second call is added by adding a folder, sorted by id', () => {
    const dir = makeCallsDir();
    for (const id of [SEED_ID, FIXTURE_ID]) {
      const from = path.join(id === SEED_ID ? CALLS_DIR : FIXTURE_CALLS_DIR, id, 'call.json');
      mkdirSync(path.join(dir, id));
      copyFileSync(from, path.join(dir, id, 'call.json'));
    }
    writeFileSync(path.join(dir, 'README.md'), 'Plain files beside the folders are ignored.');
    expect(loadCallDefinitions(dir).map((c) => c.id)).toEqual([FIXTURE_ID, SEED_ID]);
  });

  it('refuses a file that is not JSON, naming the file and the parser message', () => {
    const dir = makeCallsDir();
    const text = '{ "id": "broken-call", }';
    const file = writeCall(dir, 'broken-call', text);
    let parserMessage = '';
    try {
      JSON.parse(text);
    } catch (error) {
      parserMessage = (error as Error).message;
    }
    const error = loadError(dir);
    expect(error.file).toBe(labelOf(file));
    expect(error.message).toBe(
      `Invalid call definition ${labelOf(file)}:\n  - at (root): not valid JSON: ${parserMessage}`,
    );
  });

  it('R1: refuses a call whose id is not its folder name', () => {
    const dir = makeCallsDir();
    const seedText = readFileSync(path.join(CALLS_DIR, SEED_ID, 'call.json'), 'utf8');
    const file = writeCall(dir, 'kompetanseloft-2021', seedText);
    expect(loadError(dir).message).toBe(
      `Invalid call definition ${labelOf(file)}:\n` +
        '  - at id: must equal the folder name "kompetanseloft-2021"',
    );
  });

  it('names the file relative to the working directory when the schema refuses it', () => {
    const dir = makeCallsDir();
    const file = writeCall(dir, 'tiny-call', JSON.stringify({ id: 'tiny-call' }));
    const error = loadError(dir);
    expect(error.file).toBe(labelOf(file));
    expect(error.message.split('\n')[1]).toBe('  - at version: required');
  });

  it('refuses a call folder without call.json', () => {
    const dir = makeCallsDir();
    mkdirSync(path.join(dir, 'empty-call'));
    expect(loadError(dir).message).toBe(
      `Invalid call definition ${labelOf(path.join(dir, 'empty-call', 'call.json'))}:\n` +
        '  - at (root): file not found',
    );
  });

  it('reads a file an editor saved with a byte-order mark', () => {
    const dir = makeCallsDir();
    const seedText = readFileSync(path.join(CALLS_DIR, SEED_ID, 'call.json'), 'utf8');
    writeCall(dir, SEED_ID, `\uFEFF${seedText}`);
    expect(loadCallDefinitions(dir).map((c) => c.id)).toEqual([SEED_ID]);
  });

  it('gives an empty list for a directory without calls', () => {
    expect(loadCallDefinitions(makeCallsDir())).toEqual([]);
  });
});
