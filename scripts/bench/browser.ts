import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../test/e2e/chromium';
import { fps, median, openTime, sleep } from './measure';
import { PROBE } from './probe';

export interface CanvasFigures {
  openMs: number[];
  pan: number[];
  drag: number[];
  zoom: number[];
  canvas: { width: number; height: number };
}

export async function withContext<T>(fn: (ctx: BrowserContext, page: Page) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'callflow-bench-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS, viewport: { width: 1440, height: 900 },
  });
  await ctx.addInitScript(PROBE);
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    return await fn(ctx, page);
  } finally {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Opens `url` `runs` times (a fresh load each time), then measures the three gestures `runs` times. */
export async function measureCanvas(page: Page, url: string, runs: number): Promise<CanvasFigures> {
  const openMs: number[] = [];
  for (let i = 0; i < runs; i++) openMs.push(await openTime(page, url));
  await sleep(500);
  const canvas = await page.evaluate(() => {
    const r = document.querySelector('.react-flow')!.getBoundingClientRect();
    return { width: Math.round(r.width), height: Math.round(r.height) };
  });
  const pan: number[] = [];
  const drag: number[] = [];
  const zoom: number[] = [];
  for (let i = 0; i < runs; i++) {
    pan.push(await fps(page, 'pan'));
    drag.push(await fps(page, 'drag'));
    zoom.push(await fps(page, 'zoom'));
  }
  return { openMs, pan, drag, zoom, canvas };
}

/** Imports a bundle through the Numbers screen, as a user would, and waits for its number to be listed. */
export async function importBundle(page: Page, baseURL: string, bundle: unknown, numberName: string): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'callflow-bundle-')), 'bench.json');
  writeFileSync(file, JSON.stringify(bundle));
  await page.goto(`${baseURL}/numbers`);
  await page.getByLabel('Import bundle').setInputFiles(file);
  // An import replaces the whole workspace, so the app asks first.
  await page.getByRole('button', { name: 'Import and replace' }).click();
  await page.getByRole('row', { name: new RegExp(numberName) }).waitFor({ timeout: 60_000 });
}

/** Store timings the app records with performance.measure (callflow:save, callflow:load). */
export async function storeTimings(page: Page, name: string): Promise<number[]> {
  return page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
}

export const summary = (xs: number[]) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
