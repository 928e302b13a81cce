import type { CallResult, Project, SavedScenario } from '../engine';
import { simulateCall } from './engineRun';

/** One saved scenario's run: pass, or what came instead of what was expected. */
export type ScenarioVerdict =
  | { id: string; pass: true; result: CallResult }
  | { id: string; pass: false; result: CallResult | null; problems: string[] };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Runs a saved scenario through `simulateCall` and checks every expected field present. It runs
 * from the usage counters it was saved with: calls made since move the "evenly" queue cursor
 * and the month's recordings, and a replay should ring whom the call rang, in the same order.
 */
export function runScenario(project: Project, saved: SavedScenario): ScenarioVerdict {
  let result: CallResult;
  try {
    const from = saved.usage ? { ...project, workspace: { ...project.workspace, usage: saved.usage } } : project;
    result = simulateCall(from, saved.scenario);
  } catch (e) {
    return { id: saved.id, pass: false, result: null, problems: [e instanceof Error ? e.message : String(e)] };
  }
  const problems: string[] = [];
  if (!same(result.outcome, saved.expect.outcome)) problems.push('outcome');
  if (saved.expect.path && !same(result.path, saved.expect.path)) problems.push('path');
  if (saved.expect.durationSeconds !== undefined && result.durationSeconds !== saved.expect.durationSeconds) problems.push('duration');
  return problems.length === 0 ? { id: saved.id, pass: true, result } : { id: saved.id, pass: false, result, problems };
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
