import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach } from 'vitest';
import type { PhoneNumber, Project } from '../../src/engine';
import { parseProject } from '../../src/engine';
import { ClockProvider } from '../../src/ui/clock';
import { createProjectStore } from '../../src/store/projectStore';
import { StoreProvider } from '../../src/store/react';
import type { ProjectStore } from '../../src/store/types';
import demo from '../fixtures/demo.json';

let counter = 0;
const open: ProjectStore[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

/** The demo workspace (test/fixtures/demo.json), parsed. */
export function demoProject(): Project {
  return parseProject(demo);
}

/** A store on fake-indexeddb seeded with `project`, loaded and ready. Closed after the test. */
export async function makeStore(project: Project): Promise<ProjectStore> {
  counter += 1;
  const store = createProjectStore({
    name: `settings-test-${counter}-${Math.random().toString(36).slice(2)}`,
    seed: async () => project,
    lifecycleTarget: null,
    watchOtherTabs: false,
  });
  open.push(store);
  await store.ready();
  return store;
}

export const NOW = '2026-11-26T03:00:00Z'; // Thursday 10:00 in Ho Chi Minh City

/** Renders `ui` with a store seeded with `project`, a router and a fixed clock. */
export async function renderWithStore(ui: ReactElement, project: Project, opts: { now?: string; path?: string } = {}) {
  const store = await makeStore(project);
  const user = userEvent.setup({ applyAccept: false });
  const wrap = (el: ReactElement, now = opts.now ?? NOW) => (
    <StoreProvider store={store}>
      <ClockProvider now={now}>
        <MemoryRouter initialEntries={[opts.path ?? '/']}>{el}</MemoryRouter>
      </ClockProvider>
    </StoreProvider>
  );
  const result = render(wrap(ui));
  return {
    store,
    user,
    view: result,
    /** Moves the fixed clock to `now`. */
    setNow: (now: string) => result.rerender(wrap(ui, now)),
    number: (id: string): PhoneNumber => {
      const n = store.getSnapshot().project?.numbers.find((x) => x.id === id);
      if (!n) throw new Error(`no number ${id}`);
      return n;
    },
    workspace: () => {
      const p = store.getSnapshot().project;
      if (!p) throw new Error('not loaded');
      return p.workspace;
    },
  };
}
