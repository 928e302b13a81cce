import type { SavedScenario } from '../engine';
import type { ScenarioRow } from './db';
import { readScenario } from './documents';
import type { State } from './state';

/** Remembers scenarios as this tab has them, so that reading back its own writes changes nothing. */
export function rememberScenarios(s: State, list: readonly SavedScenario[]): void {
  for (const x of list) s.scenarioCache.set(x.id, { json: JSON.stringify(x), value: x });
}

/**
 * Takes in saved scenarios another tab wrote or deleted. Scenarios are not edited in place the
 * way flows are, so the last write wins; this tab's unsaved ones are kept. An unchanged row
 * keeps its object, so nothing re-renders. Returns true when the list changed.
 */
export function applyRemoteScenarios(s: State, rows: ScenarioRow[]): boolean {
  const project = s.project;
  if (!project) return false;
  const busy = (id: string) => s.dirty.scenarios.has(id) || s.dirty.deletedScenarios.has(id) || s.writing.scenarios.has(id);
  const stored = new Map<string, SavedScenario>();
  for (const row of rows) {
    if (busy(row.id)) continue;
    const json = JSON.stringify(row.doc);
    const cached = s.scenarioCache.get(row.id);
    if (cached?.json === json) {
      stored.set(row.id, cached.value);
      continue;
    }
    const r = readScenario(row);
    if (!r.ok) continue; // set aside at the next load
    s.scenarioCache.set(row.id, { json, value: r.value });
    stored.set(row.id, r.value);
  }
  const next: SavedScenario[] = [];
  for (const x of project.scenarios) {
    if (busy(x.id)) next.push(x);
    else if (stored.has(x.id)) next.push(stored.get(x.id)!);
    stored.delete(x.id);
  }
  next.push(...stored.values());
  const same = next.length === project.scenarios.length && next.every((x, i) => x === project.scenarios[i]);
  if (same) return false;
  s.project = { ...project, scenarios: next };
  return true;
}
