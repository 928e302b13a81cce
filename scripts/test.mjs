#!/usr/bin/env node
/**
 * `npm test`: the whole suite, in order, stopping at the first step that fails.
 * Ends with one line `N passed, N failed` — N counts every test case (unit, component,
 * story, e2e) plus each non-test step (typecheck, lint, builds) as one check.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, existsSync } from 'node:fs';

const RESULTS = '.test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const node = process.execPath;
const bin = (pkg, file) => `node_modules/${pkg}/${file}`;
const vitest = (project) => ({
  name: `${project} tests`,
  cmd: [node, bin('vitest', 'vitest.mjs'), 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/${project}.json`],
  report: `${RESULTS}/${project}.json`,
});

const steps = [
  { name: 'typecheck', cmd: [node, bin('typescript', 'bin/tsc'), '--noEmit', '-p', '.'] },
  { name: 'lint', cmd: [node, bin('eslint', 'bin/eslint.js'), '.'] },
  vitest('unit'),
  vitest('stories'),
  { name: 'build', cmd: [node, bin('vite', 'bin/vite.js'), 'build'] },
  { name: 'storybook build', cmd: [node, bin('storybook', 'dist/bin/dispatcher.js'), 'build', '--quiet', '--disable-telemetry', '-o', 'storybook-static'] },
  vitest('e2e'),
];

let passed = 0;
let failed = 0;
const started = Date.now();
for (const step of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${step.name}`);
  const res = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  const ok = res.status === 0;
  if (step.report && existsSync(step.report)) {
    const r = JSON.parse(readFileSync(step.report, 'utf8'));
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
    if (!ok && (r.numFailedTests ?? 0) === 0) failed += 1; // e.g. a file that failed to load
  } else if (ok) {
    passed += 1;
  } else {
    failed += 1;
  }
  console.log(`${ok ? '✔' : '✘'} ${step.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (!ok) break;
}
console.log(`\nWhole suite: ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
