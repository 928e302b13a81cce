import { afterEach } from 'vitest';
import { createProjectStore } from '../../src/store/projectStore';
import type { ProjectStore, ProjectStoreOptions, StoreSnapshot } from '../../src/store/types';
import { StudioDB } from '../../src/store/db';
import { makeFlow, makeProject } from '../helpers/factories';

let counter = 0;
/** A database name no other test uses, so that each test starts from an empty IndexedDB. */
export function uniqueName(): string {
  counter += 1;
  return `store-test-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** The seed the store tests use: n1 (valid) and n2 (a flow with a dangling handle). */
export function seedProject() {
  return makeProject({
    numbers: [{
      id: 'n2', kind: 'sip_office', number: '+842873001234', name: 'Office',
      flow: makeFlow([{ id: 'in', type: 'incoming' }]),
    }],
  });
}

export function openStore(name: string, extra: Partial<ProjectStoreOptions> = {}): ProjectStore {
  return createProjectStore({ name, seed: async () => seedProject(), lifecycleTarget: null, ...extra });
}

/** Resolves with the first snapshot for which `pred` holds (now or after a later change). */
export function until(store: ProjectStore, pred: (s: StoreSnapshot) => boolean): Promise<StoreSnapshot> {
  return new Promise((resolve) => {
    const check = () => {
      const snap = store.getSnapshot();
      if (!pred(snap)) return false;
      unsubscribe();
      resolve(snap);
      return true;
    };
    const unsubscribe = store.subscribe(() => void check());
    check();
  });
}

/** Reads what is stored, through a connection of its own; numbers' documents (JSON text) decoded, `text` as stored. */
export async function readStored(name: string) {
  const db = new StudioDB(name);
  try {
    const numbers = (await db.numbers.toArray()).map((r) => ({ ...r, text: r.doc, doc: JSON.parse(r.doc) as unknown }));
    const workspace = await db.workspace.toArray();
    const scenarios = await db.scenarios.toArray();
    const assets = await db.assets.toArray();
    const quarantine = await db.quarantine.toArray();
    return { numbers, workspace, scenarios, assets, quarantine };
  } finally {
    db.close();
  }
}

export function nameOf(snapshot: StoreSnapshot, numberId: string): string | undefined {
  return snapshot.project?.numbers.find((n) => n.id === numberId)?.name;
}

/**
 * For a test file: `ready(name?)` opens a store (on a fresh database unless named) and waits
 * until it has loaded; the last one opened is closed after each test.
 */
export function readyStores(): (name?: string) => Promise<ProjectStore> {
  let store: ProjectStore | null = null;
  afterEach(() => store?.close());
  return async (name = uniqueName()) => {
    store = openStore(name);
    await store.ready();
    return store;
  };
}

/**
 * A database that counts the number documents it reads back (whole rows of `numbers`, not
 * index keys), for tests of what a save or a remote change costs to read.
 */
export function countingDatabase(counter: { numberDocs: number }) {
  return (name: string): StudioDB => {
    const db = new StudioDB(name);
    db.use({
      stack: 'dbcore',
      name: 'count-number-docs',
      create: (core) => ({
        ...core,
        table: (tableName) => {
          const table = core.table(tableName);
          if (tableName !== 'numbers') return table;
          return {
            ...table,
            get: async (req) => {
              const row: unknown = await table.get(req);
              if (row !== undefined) counter.numberDocs++;
              return row;
            },
            getMany: async (req) => {
              const rows: unknown[] = await table.getMany(req);
              counter.numberDocs += rows.filter((r) => r !== undefined).length;
              return rows;
            },
            query: async (req) => {
              const res = await table.query(req);
              if (req.values) counter.numberDocs += res.result.length;
              return res;
            },
          };
        },
      }),
    });
    return db;
  };
}
