/**
 * Engine figures, shared by `npm run bench:engine` and `npm run bench`: compile and validate a
 * generated 1,000-node flow, simulate calls on the demo hotline, explore its paths.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileFlow, explorePaths, parseProject, simulateCall, validateNumber } from '../../src/engine';
import type { CallScenario } from '../../src/engine';
import { generatedProject } from '../../test/helpers/generateFlow';
import type { Row, Stat } from './table';
import { ceilingRows, minimalRow, shapeRow, timeShares } from './floors';
import { xstateFloorRows } from './xstate';

const root = resolve(import.meta.dirname, '../..');

/** Times `fn` `runs` times after `warmup` untimed calls; milliseconds per call. */
export function timeRuns(runs: number, warmup: number, fn: () => void): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

export function stat(xs: number[]): Stat {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  return { median, min: s[0]!, max: s[s.length - 1]! };
}

/**
 * How fast this machine is right now: a fixed loop of plain arithmetic, median of 5 (ms). The
 * machines this runs on share their cores, and this figure moves by half from one minute to the
 * next; every other figure of a run moves with it, so read them together.
 */
export function machineRow(when = ''): Row {
  const loop = stat(timeRuns(5, 1, () => {
    let x = 0;
    for (let i = 0; i < 100_000_000; i++) x += i % 7;
    if (x < 0) throw new Error('unreachable');
  }));
  return { area: 'machine', what: `fixed CPU loop, 10⁸ steps${when} (ms; lower is faster)`, designer: loop, target: '—', ok: true };
}

export async function engineFigures(): Promise<{ rows: Row[]; paths: number }> {
  const big = generatedProject(1_000, 1);
  const compile = stat(timeRuns(20, 3, () => compileFlow(big, 'n1')));
  const validate = stat(timeRuns(20, 3, () => validateNumber(big, 'n1')));

  const demo = parseProject(JSON.parse(readFileSync(resolve(root, 'test/fixtures/demo.json'), 'utf8')));
  const scenarios: CallScenario[] = explorePaths(demo, 'hotline').paths.map((p) => p.scenario);
  const BATCH = 2_000;
  const calls = stat(timeRuns(10, 1, () => {
    for (let i = 0; i < BATCH; i++) simulateCall(demo, scenarios[i % scenarios.length]!);
  }).map((ms) => (BATCH / ms) * 1_000));
  const shares = await timeShares(() => {
    for (let i = 0; i < BATCH * 2; i++) simulateCall(demo, scenarios[i % scenarios.length]!);
  });
  const explore = stat(timeRuns(10, 1, () => explorePaths(demo, 'hotline')));
  return {
    paths: scenarios.length,
    rows: [
      machineRow(),
      { area: 'engine', what: 'compileFlow, 1,000-node flow (ms)', designer: compile, target: '≤ 20 ms', ok: compile.median <= 20 },
      { area: 'engine', what: 'validateNumber, 1,000-node flow (ms)', designer: validate, target: '≤ 20 ms', ok: validate.median <= 20 },
      { area: 'engine', what: `simulateCall, demo hotline, ${scenarios.length} scenarios in turn (calls/s)`, designer: calls, target: '≥ 5,000', ok: calls.median >= 5_000 },
      { area: 'engine', what: 'explorePaths, demo hotline (ms)', designer: explore, target: '—', ok: true },
      ...xstateFloorRows(),
      shapeRow(compileFlow(big, 'n1'), 'the 1,000-node flow'),
      minimalRow(big.numbers[0]!.flow, 'the 1,000-node flow'),
      ...ceilingRows(calls, shares),
    ],
  };
}
