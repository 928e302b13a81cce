import { MAX_LOG_LINE, MAX_LOG_LINES } from '../engine';
import type { CallResult, Project, SavedScenario } from '../engine';
import { simulateCall } from './engineRun';

/** Where a run's call log first parts from the saved one: line `step` (1-based); null = the log ended there. */
export interface LogDifference {
  step: number;
  expected: string | null;
  actual: string | null;
}

/** One saved scenario's run: pass, or what came instead of what was expected. */
export type ScenarioVerdict =
  | { id: string; pass: true; result: CallResult }
  | { id: string; pass: false; result: CallResult | null; problems: string[]; difference?: LogDifference };

/** A result's call log as a scenario keeps it (`SavedScenario.log`), each line within the format's bound. */
export function logOf(result: CallResult): string[] {
  return result.events.slice(0, MAX_LOG_LINES).map((e) => (e.text.length > MAX_LOG_LINE ? `${e.text.slice(0, MAX_LOG_LINE - 1)}…` : e.text));
}

/** The first line where two call logs differ, or null when they are the same. */
export function firstDifference(expected: readonly string[], actual: readonly string[]): LogDifference | null {
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    if (expected[i] !== actual[i]) return { step: i + 1, expected: expected[i] ?? null, actual: actual[i] ?? null };
  }
  return null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A scenario's call as a run replays it: from the usage counters it was saved with, if any. */
function replay(project: Project, saved: Pick<SavedScenario, 'scenario' | 'usage'>): CallResult {
  const from = saved.usage ? { ...project, workspace: { ...project.workspace, usage: saved.usage } } : project;
  return simulateCall(from, saved.scenario);
}

/**
 * The log a scenario keeps when it is saved: its replay's, not the live call's. The two can
 * differ where the scenario cannot say everything the live call did (an answer given after the
 * first ring replays at the first), and a later failure must point at what changed, not at that.
 */
export function savedLogOf(project: Project, saved: Pick<SavedScenario, 'scenario' | 'usage'>): string[] | undefined {
  try {
    return logOf(replay(project, saved));
  } catch {
    // A call that cannot be replayed keeps no log; its runs fail with the reason anyway.
    return undefined;
  }
}

/**
 * Runs a saved scenario through `simulateCall` and checks every expected field present. It runs
 * from the usage counters it was saved with: calls made since move the "evenly" queue cursor
 * and the month's recordings, and a replay should ring whom the call rang, in the same order.
 */
export function runScenario(project: Project, saved: SavedScenario): ScenarioVerdict {
  let result: CallResult;
  try {
    result = replay(project, saved);
  } catch (e) {
    return { id: saved.id, pass: false, result: null, problems: [e instanceof Error ? e.message : String(e)] };
  }
  const problems: string[] = [];
  if (!same(result.outcome, saved.expect.outcome)) problems.push('outcome');
  if (saved.expect.path && !same(result.path, saved.expect.path)) problems.push('path');
  if (saved.expect.durationSeconds !== undefined && result.durationSeconds !== saved.expect.durationSeconds) problems.push('duration');
  if (problems.length === 0) return { id: saved.id, pass: true, result };
  // The saved log is not a criterion, only the explanation: where the call first went otherwise.
  const difference = saved.log ? firstDifference(saved.log, logOf(result)) : null;
  return { id: saved.id, pass: false, result, problems, ...(difference ? { difference } : {}) };
}

/**
 * Runs scenarios a few at a time, yielding to the browser between chunks so the page stays
 * responsive; `onProgress` gets each chunk's verdicts. Resolves with all of them, or early
 * when `signal` is aborted.
 */
export async function runInChunks(
  project: Project,
  scenarios: readonly SavedScenario[],
  onProgress: (done: ScenarioVerdict[]) => void,
  signal?: AbortSignal,
  chunk = 5,
): Promise<ScenarioVerdict[]> {
  const out: ScenarioVerdict[] = [];
  for (let i = 0; i < scenarios.length; i += chunk) {
    if (signal?.aborted) break;
    for (const s of scenarios.slice(i, i + chunk)) out.push(runScenario(project, s));
    onProgress([...out]);
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  return out;
}
