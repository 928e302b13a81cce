import { createProjectStore } from '../store/projectStore';

/**
 * The store the running app uses: IndexedDB through Dexie, seeded with the demo workspace on
 * first visit. The demo bundle is the test fixture itself, loaded only when needed.
 */
export function createAppStore() {
  return createProjectStore({
    seed: () => import('../../test/fixtures/demo.json').then((m) => m.default as unknown),
  });
}
