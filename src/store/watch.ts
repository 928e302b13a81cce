import { liveQuery } from 'dexie';
import type { Subscription } from 'dexie';
import type { StudioDB } from './db';
import { WORKSPACE_KEY } from './schema';
import { applyRemoteScenarios } from './scenarioSync';
import type { State } from './state';
import { applyRemote, unknownRevs } from './sync';
import type { NumberHead } from './sync';

/**
 * Follows other tabs' writes to `db` into `s`, calling `changed` when the project changed. Only
 * the numbers' ids and revs are watched: every write, this tab's own saves included, runs the
 * query again, and reading every whole document each time took tens of milliseconds at 2,000
 * nodes. The documents of revs this tab does not know are then read; changes are applied one at
 * a time, in order, and only while `s.db` is still `db`.
 */
export function watchOtherTabs(db: StudioDB, s: State, changed: () => void): Subscription {
  const query = liveQuery(async () => ({
    heads: (await db.numbers.orderBy('[id+rev]').keys()) as unknown as NumberHead[],
    ws: await db.workspace.get(WORKSPACE_KEY),
    scenarios: await db.scenarios.toArray(),
  }));
  let applying = Promise.resolve();
  return query.subscribe({
    next: ({ heads, ws, scenarios }) => {
      applying = applying.then(async () => {
        if (s.db !== db) return;
        const unknown = unknownRevs(s, heads);
        const rows = unknown.length === 0 ? [] : await db.numbers.bulkGet(unknown);
        if (s.db !== db) return;
        const byId = new Map(rows.filter((r) => r !== undefined).map((r) => [r.id, r]));
        // Both run: `||` would skip the second when the first changed something.
        const numbersChanged = applyRemote(s, heads, byId, ws);
        if (applyRemoteScenarios(s, scenarios) || numbersChanged) changed();
      }).catch(() => { /* the write path reports storage failures */ });
    },
    error: () => { /* the write path reports storage failures */ },
  });
}
