/**
 * The web front end as a browser meets it: for each page, the JavaScript and CSS it loads
 * (gzip-compressed sizes, read from the built files), split into the shell every page shares and
 * the page's own chunks; and the task list's time to interactive in Debian's Chromium (median of
 * five loads: navigation start until its first section link is on screen and the page answers).
 *
 *   npm run bench:web            # builds the web bundle first
 *
 * Writes bench/results/web-<date>.json and prints a table. A measurement, not a test: it never
 * fails on a slow machine.
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/support/browser.js';
import { callApi, createApplication, signIn } from '../test/e2e/support/applicant.js';
import { startServer } from '../test/helpers/child-server.js';
import { ROOT } from './support.js';

const CALL = 'kompetanseloft-industriklynger-2021';
const WEB = join(ROOT, 'dist/web');

const vite = await import('vite');
await vite.build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });

const gzipSizes = new Map<string, number>();
function gzipSize(pathname: string): number {
  const known = gzipSizes.get(pathname);
  if (known !== undefined) return known;
  const size = gzipSync(readFileSync(join(WEB, pathname)), { level: 9 }).length;
  gzipSizes.set(pathname, size);
  return size;
}

/** The built JS and CSS files a page loads (lazy chunks included), by path. */
async function assetsOf(page: Page, url: string, ready: string): Promise<Set<string>> {
  const seen = new Set<string>();
  const listener = (response: { url(): string }) => {
    const { pathname } = new URL(response.url());
    if (/\.(js|css)$/.test(pathname) && pathname.startsWith('/assets/')) seen.add(pathname);
  };
  page.on('response', listener);
  await page.goto(url);
  await page.locator(ready).first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  page.off('response', listener);
  return seen;
}

const browser = await launchChromium();
const applicant = await startServer({ TILSKUDD_DEMO_CLOCK: 'open' });
const officer = await startServer({ TILSKUDD_DEMO_CLOCK: 'after-deadline' });
const rows: { page: string; jsShell: number; jsOwn: number; css: number }[] = [];
let interactive: number[] = [];
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, applicant.baseUrl, 'applicant-ntnu', '/applications');
  const id = await createApplication(page);
  await callApi(
    page,
    'PUT',
    `/api/applications/${id}/sections/project`,
    { title: 'Måling' },
    {
      'If-Match': '"0"',
    },
  );
  const base = applicant.baseUrl;
  const pages: [string, string, string][] = [
    ['call page', `${base}/calls/${CALL}`, 'h1'],
    ['start', `${base}/calls/${CALL}/start`, 'h1'],
    ['my applications', `${base}/applications`, 'h1'],
    ['task list', `${base}/applications/${id}`, '.task-list__item a'],
    ['section: project', `${base}/applications/${id}/sections/project`, '#f-project-title'],
    ['section: budget', `${base}/applications/${id}/sections/budget`, 'h1'],
    ['section: participants', `${base}/applications/${id}/sections/participants`, 'h1'],
    ['check answers', `${base}/applications/${id}/check`, 'h1'],
    ['people with access', `${base}/institutions/974767880/people`, 'h1'],
  ];
  const measured: { page: string; assets: Set<string> }[] = [];
  for (const [name, url, ready] of pages) {
    // A fresh page each time: what a first visit to this page loads.
    const fresh = await context.newPage();
    measured.push({ page: name, assets: await assetsOf(fresh, url, ready) });
    await fresh.close();
  }
  const officerContext = await browser.newContext();
  const officerPage = await officerContext.newPage();
  await signIn(officerPage, officer.baseUrl, 'officer', '/cases');
  measured.push({
    page: 'officer: case list',
    assets: await assetsOf(officerPage, `${officer.baseUrl}/calls/${CALL}/cases`, 'h1'),
  });
  measured.push({
    page: 'officer: panel',
    assets: await assetsOf(officerPage, `${officer.baseUrl}/calls/${CALL}/panel`, 'h1'),
  });

  // The shell: what every page loads.
  const shell = [...(measured[0]?.assets ?? [])].filter((a) =>
    measured.every((m) => m.assets.has(a)),
  );
  const sum = (list: Iterable<string>, ext: string) =>
    [...list].filter((a) => a.endsWith(ext)).reduce((total, a) => total + gzipSize(a), 0);
  for (const m of measured) {
    rows.push({
      page: m.page,
      jsShell: sum(shell, '.js'),
      jsOwn: sum(
        [...m.assets].filter((a) => !shell.includes(a)),
        '.js',
      ),
      css: sum(m.assets, '.css'),
    });
  }

  for (let i = 0; i < 5; i += 1) {
    const fresh = await context.newPage();
    await fresh.goto(`${base}/applications/${id}`);
    await fresh.locator('.task-list__item a').first().waitFor();
    interactive.push(await fresh.evaluate(() => performance.now()));
    await fresh.close();
  }
  interactive = interactive.sort((a, b) => a - b);
} finally {
  await browser.close();
  await applicant.stop();
  await officer.stop();
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('\n| page | shared shell JS (gzip) | own JS (gzip) | CSS (gzip) |');
console.log('|---|---:|---:|---:|');
for (const r of rows)
  console.log(`| ${r.page} | ${kb(r.jsShell)} | ${kb(r.jsOwn)} | ${kb(r.css)} |`);
const median = interactive[2] ?? Number.NaN;
console.log(
  `\ntask list interactive (5 loads): median ${Math.round(median)} ms; all ${interactive.map((t) => Math.round(t)).join(', ')} ms`,
);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const file = join(
  ROOT,
  'bench/results',
  `web-${new Date().toISOString().slice(0, 16).replace(/:/g, '')}.json`,
);
writeFileSync(
  file,
  JSON.stringify(
    { measuredAt: new Date().toISOString(), rows, taskListInteractiveMs: interactive },
    null,
    2,
  ),
);
console.log(`results: ${file}`);
