import type { Transaction } from 'dexie';
import { WORKSPACE_KEY } from './schema';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function idOf(v: unknown): string | null {
  return isObject(v) && typeof v.id === 'string' && v.id !== '' ? v.id : null;
}

/**
 * Database version 1 → 2: the bundle kept whole in `meta` is split into one row per document.
 * The split is structural only — documents are copied as stored, with the bundle's format
 * version, and parsed when loaded — so that one bad number cannot cost the others. What cannot
 * be split (no bundle object, an entry without an id) goes to quarantine rather than away.
 */
export async function upgradeV1toV2(tx: Transaction): Promise<void> {
  const meta = (await tx.table('meta').get('bundle')) as { key: string; bundle?: unknown } | undefined;
  if (!meta) return;
  const bundle = meta.bundle;
  const at = new Date().toISOString();
  const quarantine = tx.table('quarantine');
  if (!isObject(bundle) || !isObject(bundle.workspace)) {
    await quarantine.add({ table: 'meta', key: 'bundle', at, doc: bundle, issues: [{ path: 'workspace', message: 'the stored bundle has no workspace' }] });
    return;
  }
  const v = typeof bundle.version === 'number' ? bundle.version : 1;
  await tx.table('workspace').put({ id: WORKSPACE_KEY, v, rev: 1, doc: bundle.workspace });
  const numbers = Array.isArray(bundle.numbers) ? bundle.numbers : [];
  for (const [i, doc] of numbers.entries()) {
    const id = idOf(doc);
    if (id === null) {
      await quarantine.add({ table: 'numbers', key: String(i), at, doc, issues: [{ path: `numbers[${i}].id`, message: 'must not be empty' }] });
    } else {
      await tx.table('numbers').put({ id, v, rev: 1, position: i, doc });
    }
  }
  const scenarios = Array.isArray(bundle.scenarios) ? bundle.scenarios : [];
  for (const [i, doc] of scenarios.entries()) {
    const id = idOf(doc);
    const numberId = isObject(doc) && isObject(doc.scenario) && typeof doc.scenario.numberId === 'string' ? doc.scenario.numberId : '';
    if (id === null) {
      await quarantine.add({ table: 'scenarios', key: String(i), at, doc, issues: [{ path: `scenarios[${i}].id`, message: 'must not be empty' }] });
    } else {
      await tx.table('scenarios').put({ id, numberId, v, doc });
    }
  }
}

/** Database version 2 → 3: each number's document becomes JSON text (see SCHEMA_V3). */
export async function upgradeV2toV3(tx: Transaction): Promise<void> {
  await tx.table('numbers').toCollection().modify((row: { doc: unknown }) => {
    if (typeof row.doc !== 'string') row.doc = JSON.stringify(row.doc);
  });
}
