import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../test/e2e/chromium';
import { fps, median, openTime, readyTime, receiveOpenTimes, sleep } from './measure';
import { PROBE } from './probe';

/** Frames per second of each gesture, one figure per run. */
export interface Gestures {
  pan: number[];
  drag: number[];
  zoom: number[];
}

export async function withContext<T>(fn: (ctx: BrowserContext, page: Page) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'callflow-bench-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS, viewport: { width: 1440, height: 900 },
  });
  await receiveOpenTimes(ctx);
  await ctx.addInitScript(PROBE);
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    return await fn(ctx, page);
  } finally {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Open times of pages taken in turn — a, b, c, a, b, c… — after one untimed open of each, so that
 * a machine that slows down or speeds up during the run weighs on all alike (this one's speed
 * varies by half from minute to minute), and none is timed cold while another is warm. The first
 * page is the designer: the store's load is read on each of its opens.
 */
export async function openInTurn(pages: { page: Page; url: string }[], runs: number): Promise<{ opens: number[][]; readies: number[]; loads: number[] }> {
  for (const [k, p] of pages.entries()) {
    await openTime(p.page, p.url);
    if (k === 0) await readyTime(p.page);
  }
  const out = { opens: pages.map(() => [] as number[]), readies: [] as number[], loads: [] as number[] };
  for (let i = 0; i < runs; i++) {
    for (const [k, p] of pages.entries()) {
      out.opens[k]!.push(await openTime(p.page, p.url));
      if (k !== 0) continue;
      // The designer itself, after its canvas preview; then the store's load, as it ran during
      // that very open (a page records one per visit, once the store has loaded).
      out.readies.push(await readyTime(p.page));
      out.loads.push(...(await storeTimings(p.page, 'callflow:load')));
    }
  }
  return out;
}

/** The canvas's size on screen, so the bare page can be given the same. */
export function canvasSize(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const r = document.querySelector('.react-flow')!.getBoundingClientRect();
    return { width: Math.round(r.width), height: Math.round(r.height) };
  });
}

/** Frames per second of the three gestures, each measured `runs` times on the open page. */
export async function measureGestures(page: Page, runs: number): Promise<Gestures> {
  await sleep(500);
  const pan: number[] = [];
  const drag: number[] = [];
  const zoom: number[] = [];
  for (let i = 0; i < runs; i++) {
    pan.push(await fps(page, 'pan'));
    drag.push(await fps(page, 'drag'));
    zoom.push(await fps(page, 'zoom'));
  }
  return { pan, drag, zoom };
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
