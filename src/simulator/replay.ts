import type { CallScenario, Project } from '../engine';
import { simulateCall } from './engineRun';

/** One millisecond: enough for the hang-up to come after whatever the replay does on entering the node. */
const AFTER = 0.001;

/**
 * The patience that makes `simulateCall` hang up where the trainer did. The replay answers
 * and keys at once where the trainer may have waited, so it runs ahead of the interactive call
 * and the hang-up time itself could land it further along the flow. Instead the caller gives up
 * just after the replay enters the last node the trainer's call reached.
 */
export function fitPatience(project: Project, scenario: CallScenario, observedPath: readonly string[], hungUpAt: number): number {
  if (observedPath.length === 0) return hungUpAt;
  const full = simulateCall(project, { ...scenario, patienceSeconds: Math.max(600, hungUpAt) });
  const prefix = full.path.slice(0, observedPath.length);
  if (prefix.length !== observedPath.length || prefix.some((id, i) => id !== observedPath[i])) return hungUpAt;
  const entries = full.events.filter((e) => e.type === 'node.entered');
  const entered = entries[observedPath.length - 1]?.t;
  return entered === undefined ? hungUpAt : entered + AFTER;
}
