/**
 * Page helpers shared by browser journeys: settle a page, photograph it at desktop (1280 px) and
 * phone (320 px) width with a check that nothing sticks out sideways, and switch the language.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

/** docs/screenshots when asked (TILSKUDD_SCREENSHOTS=1), else a temporary folder. */
export function screenshotDir(prefix: string): string {
  return process.env.TILSKUDD_SCREENSHOTS === '1'
    ? resolve(ROOT, 'docs/screenshots')
    : mkdtempSync(join(tmpdir(), `tilskudd-${prefix}-screenshots-`));
}

/** One h1, no loading placeholder, no request in flight. */
export async function settle(page: Page, label: string): Promise<void> {
  await expect.poll(() => page.locator('h1').count(), { message: label }).toBe(1);
  await expect.poll(() => page.locator('.page-loading').count(), { message: label }).toBe(0);
  await page.waitForLoadState('networkidle');
}

export async function setLanguage(page: Page, locale: string): Promise<void> {
  await page.evaluate((l) => localStorage.setItem('tilskudd.language', l), locale);
}

/**
 * The page at 1280 px (the top, up to a few screens) and at 320 px; fails when the page is wider
 * than the window at 320 px. The viewport is put back afterwards.
 */
export async function photograph(
  page: Page,
  dir: string,
  name: string,
  options: { viewportOnly?: boolean } = {},
): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  mkdirSync(dir, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  // A dialog is photographed as the screen shows it; a page from its top, up to three screens.
  await page.screenshot(
    options.viewportOnly
      ? { path: `${dir}/${name}-desktop.png` }
      : {
          path: `${dir}/${name}-desktop.png`,
          fullPage: true,
          clip: { x: 0, y: 0, width: 1280, height: Math.min(height, 2400) },
        },
  );
  await page.setViewportSize({ width: 320, height: 640 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(100);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  await page.screenshot({ path: `${dir}/${name}-320.png` });
  expect(overflow, `${name} at 320 px`).toBeLessThanOrEqual(1);
  await page.setViewportSize(size);
}
