/**
 * `npm run bench`: builds the app and a bare React Flow page, then measures in one run the engine,
 * the designer against bare React Flow in headless Chromium, the store, and the first-paint bundle.
 * Prints one table; `--out FILE` also writes the figures as JSON. `--runs N` (default 5).
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { writeFileSync } from 'node:fs';
import { engineFigures, machineRow } from './engine';
import { bareGraph, benchProject } from './graphs';
import { canvasSize, importBundle, measureGestures, openInTurn, storeTimings, summary, withContext } from './browser';
import { jsBeforeFirstPaint, jsUntilReady } from './bundle';
import { nodePoint, openTime, readyTime } from './measure';
import { serveStatic } from './serve';
import { printTable } from './table';
import type { Row } from './table';

const args = process.argv.slice(2);
const arg = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const RUNS = Number(arg('--runs') ?? 5);
const SIZES = (arg('--sizes') ?? '1000,2000').split(',').map(Number);
const OUT = arg('--out');

function build() {
  const vite = 'node_modules/vite/bin/vite.js';
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  execFileSync(process.execPath, [vite, 'build', '--config', 'bench/vite.bare.config.ts'], { stdio: 'inherit' });
}

async function main() {
  if (!args.includes('--no-build')) build();
  const rows: Row[] = [];
  const engine = await engineFigures();
  rows.push(...engine.rows);

  const app = await serveStatic('dist');
  const bare = await serveStatic('.bench/bare-dist');
  try {
    for (const n of SIZES) {
      const project = benchProject(n);
      writeFileSync(`.bench/bare-dist/graph-${n}.json`, JSON.stringify(bareGraph(project)));
      const number = project.numbers[0]!;
      const { designer, baseline, stored } = await withContext(async (_ctx, page) => {
        await importBundle(page, app.url, project, number.name);
        const url = `${app.url}/numbers/${number.id}`;
        await openTime(page, url);
        await readyTime(page);
        const canvas = await canvasSize(page);
        // The bare page is opened in turn with the designer, then its gestures measured, in its own browser.
        const { opens, bareGestures } = await withContext(async (_bctx, barePage) => {
          const bareUrl = `${bare.url}/?n=${n}&w=${canvas.width}&h=${canvas.height}`;
          // The bare page again, reading its graph from IndexedDB: the floor of a browser-stored flow.
          const o = await openInTurn([{ page, url }, { page: barePage, url: bareUrl }, { page: barePage, url: `${bareUrl}&source=idb` }], RUNS);
          return { opens: o, bareGestures: await measureGestures(barePage, RUNS) };
        });
        const gestures = await measureGestures(page, RUNS);
        // One edit (a node nudged with the keyboard) and its autosave.
        const target = await nodePoint(page);
        await page.mouse.click(target.x, target.y);
        for (let i = 0; i < RUNS; i++) {
          await page.keyboard.press('ArrowRight');
          await page.waitForTimeout(700);
        }
        return {
          designer: { openMs: opens.opens[0]!, readyMs: opens.readies, ...gestures, save: await storeTimings(page, 'callflow:save'), load: opens.loads },
          baseline: { openMs: opens.opens[1]!, ...bareGestures },
          stored: { openMs: opens.opens[2]! },
        };
      });
      const ratio = (a: number[], b: number[]) => summary(a).median / summary(b).median;
      rows.push(
        { area: 'browser', what: `open ${n} nodes (ms)`, designer: summary(designer.openMs), bare: summary(baseline.openMs), ratio: ratio(designer.openMs, baseline.openMs), target: '≤ 1.2 × bare', ok: ratio(designer.openMs, baseline.openMs) <= 1.2 },
        // Not a target: the whole designer there to use (toolbar, panels), after its canvas preview.
        { area: 'browser', what: `open ${n} nodes: the designer ready to use, its toolbar shown (ms)`, designer: summary(designer.readyMs), bare: summary(baseline.openMs), ratio: ratio(designer.readyMs, baseline.openMs), target: '—', ok: true },
        // Not the designer: the bare page reading its graph from IndexedDB, against the bare page.
        { area: 'floor', what: `open ${n} nodes, the bare page reading its graph from IndexedDB (ms)`, designer: summary(stored.openMs), bare: summary(baseline.openMs), ratio: ratio(stored.openMs, baseline.openMs), target: '—', ok: true },
        ...(['pan', 'drag', 'zoom'] as const).map((g): Row => ({
          area: 'browser', what: `${g} ${n} nodes (fps)`, designer: summary(designer[g]), bare: summary(baseline[g]),
          ratio: ratio(designer[g], baseline[g]), target: '≥ 0.95 × bare', ok: ratio(designer[g], baseline[g]) >= 0.95,
        })),
        { area: 'storage', what: `save ${n}-node flow (ms)`, designer: summary(designer.save), target: '≤ 50 ms', ok: summary(designer.save).median <= 50 },
        { area: 'storage', what: `load workspace with ${n}-node flow (ms)`, designer: summary(designer.load), target: '≤ 50 ms', ok: summary(designer.load).median <= 50 },
      );
    }
    const first = await withContext((_ctx, page) => jsBeforeFirstPaint(page, app.url, '/numbers', 'dist'));
    const kb = first.gzipBytes / 1024;
    rows.push({ area: 'bundle', what: 'JS before the first contentful paint (the shell), gzip (kB)', designer: { median: kb, min: kb, max: kb }, target: '≤ 200 kB', ok: kb <= 200 });
    // Not a target, but what a user waits for: the Numbers list on screen.
    const usable = await withContext((_ctx, page) => jsUntilReady(page, app.url, '/numbers', 'dist', (p) => p.getByRole('row', { name: /Hotline/ }).waitFor()));
    const ukb = usable.gzipBytes / 1024;
    rows.push({ area: 'bundle', what: 'JS until the Numbers list is shown, gzip (kB)', designer: { median: ukb, min: ukb, max: ukb }, target: '—', ok: true });
    const result = { date: new Date().toISOString(), machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version }, runs: RUNS, rows, firstPaintFiles: first.files, numbersListFiles: usable.files };
    rows.push(machineRow(', end of run'));
    printTable(rows);
    if (OUT) writeFileSync(OUT, JSON.stringify(result, null, 2));
  } finally {
    await app.close();
    await bare.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
