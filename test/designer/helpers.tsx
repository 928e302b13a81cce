import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import type { Project } from '../../src/engine';
import { createProjectStore } from '../../src/store';
import type { ProjectStore } from '../../src/store';
import { StoreProvider } from '../../src/store/react';
import { DesignerScreen } from '../../src/designer/DesignerScreen';
import type { DesignerScreenProps } from '../../src/designer/DesignerScreen';

let counter = 0;

/** A real store on fake-indexeddb, seeded with `project` and loaded. */
export async function makeStore(project: Project): Promise<ProjectStore> {
  counter += 1;
  const store = createProjectStore({
    name: `designer-test-${counter}-${Math.random().toString(36).slice(2)}`,
    seed: async () => structuredClone(project),
    lifecycleTarget: null,
    watchOtherTabs: false,
  });
  await store.ready();
  return store;
}

/** Renders `ui` with the store and a router, in a sized box as the canvas needs. */
export function renderWithStore(store: ProjectStore, ui: ReactNode, path = '/numbers/n1') {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <StoreProvider store={store}>
        <div style={{ width: 1200, height: 800 }}>{ui}</div>
      </StoreProvider>
    </MemoryRouter>,
  );
}

/**
 * The designer of `numberId` over a real store: the test drives it by role and name and reads
 * the flow back from the store, as a user's edits would be saved.
 */
export async function createTestDesigner(project: Project, props: Partial<DesignerScreenProps> = {}) {
  const store = await makeStore(project);
  const numberId = props.numberId ?? project.numbers[0]!.id;
  const view = renderWithStore(store, <DesignerScreen numberId={numberId} {...props} />);
  const number = () => store.getSnapshot().project!.numbers.find((n) => n.id === numberId)!;
  return { store, view, number, flow: () => number().flow };
}
