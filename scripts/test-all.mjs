#!/usr/bin/env node
// `npm test`: lint, type-check, unit, integration (SQLite and PostgreSQL) and browser tests, in
// that order, stopping at the first failure. Ends with one line: "tests: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';

const reportDir = join(tmpdir(), `tilskudd-test-report-${process.pid}`);
mkdirSync(reportDir, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const timings = [];
const requirePostgres = process.env.TILSKUDD_REQUIRE_POSTGRES === '1';

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  timings.push([label, (Date.now() - started) / 1000]);
  return result.status === 0;
}

function vitest(project) {
  const outputFile = join(reportDir, `${project}.json`);
  const ok = run(project, 'npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${outputFile}`,
  ]);
  let skippedPostgres = 0;
  try {
    const report = JSON.parse(readFileSync(outputFile, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
    for (const file of report.testResults ?? []) {
      for (const t of file.assertionResults ?? []) {
        const name = [...(t.ancestorTitles ?? []), t.title].join(' ');
        if (name.includes('[postgres]') && (t.status === 'pending' || t.status === 'skipped')) {
          skippedPostgres += 1;
        }
      }
    }
  } catch {
    // No report means vitest failed before running; its own output says why.
  }
  if (skippedPostgres > 0) {
    console.warn(`*** ${skippedPostgres} PostgreSQL tests were SKIPPED in ${project}. ***`);
    if (requirePostgres) return false;
  }
  return ok;
}

function finish(ok) {
  console.log('\n=== summary');
  for (const [label, seconds] of timings)
    console.log(`  ${label.padEnd(12)} ${seconds.toFixed(1)} s`);
  rmSync(reportDir, { recursive: true, force: true });
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(ok ? 0 : 1);
}

const steps = [
  () => run('lint', 'npx', ['eslint', '.']) && run('format', 'npx', ['prettier', '--check', '.']),
  () => run('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']),
  () => vitest('unit'),
  () => vitest('integration'),
  () => {
    ensureChromium();
    return vitest('e2e');
  },
];
for (const step of steps) {
  if (!step()) finish(false);
}
finish(true);
