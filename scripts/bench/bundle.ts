import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/**
 * The JavaScript a first visit loads before the first paint, gzip-compressed (level 9) from the
 * built files: every script whose download finished before `first-contentful-paint` (the shell
 * on screen). Not `first-paint`: that can be the blank page's background, painted before any
 * script has arrived.
 */
export async function jsBeforeFirstPaint(page: Page, baseURL: string, path: string, dist: string) {
  await page.goto(baseURL + path);
  await page.waitForFunction(() => performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint'));
  await page.waitForLoadState('networkidle');
  const files = await page.evaluate(() => {
    const fp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')!.startTime;
    return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((r) => new URL(r.name).pathname.endsWith('.js') && r.responseEnd <= fp)
      .map((r) => new URL(r.name).pathname);
  });
  const sizes = files.map((f) => ({ file: f, gzip: gzipSync(readFileSync(join(dist, f)), { level: 9 }).length }));
  return { files: sizes, gzipBytes: sizes.reduce((a, s) => a + s.gzip, 0) };
}

/** The JavaScript a first visit to `path` loads until `ready` resolves (the screen is usable), gzip level 9. */
export async function jsUntilReady(page: Page, baseURL: string, path: string, dist: string, ready: (page: Page) => Promise<void>) {
  await page.goto(baseURL + path);
  await ready(page);
  const files = await page.evaluate(() => {
    const now = performance.now();
    return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((r) => new URL(r.name).pathname.endsWith('.js') && r.responseEnd <= now)
      .map((r) => new URL(r.name).pathname);
  });
  const sizes = [...new Set(files)].map((f) => ({ file: f, gzip: gzipSync(readFileSync(join(dist, f)), { level: 9 }).length }));
  return { files: sizes, gzipBytes: sizes.reduce((a, s) => a + s.gzip, 0) };
}
