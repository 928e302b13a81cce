import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import demo from '../fixtures/demo.json';
import { parseProject } from '../../src/engine';
import type { Project } from '../../src/engine';
import { createProjectStore } from '../../src/store';
import type { ProjectStore } from '../../src/store';
import { StoreProvider } from '../../src/store/react';
import { Simulator } from '../../src/simulator/Simulator';
import { SimulatorDesigner } from '../../src/simulator/SimulatorDesigner';
import type { SimulatorDesignerProps } from '../../src/simulator/SimulatorDesigner';

let counter = 0;

/** The demo workspace, parsed afresh. */
export function demoProject(): Project {
  return parseProject(structuredClone(demo));
}

/** A real store on fake-indexeddb, seeded with `project`. */
export async function makeStore(project: Project): Promise<ProjectStore> {
  counter += 1;
  const store = createProjectStore({
    name: `simulator-test-${counter}-${Math.random().toString(36).slice(2)}`,
    seed: async () => structuredClone(project),
    lifecycleTarget: null,
    watchOtherTabs: false,
  });
  await store.ready();
  return store;
}

/** 10:00 on Thursday 26 Nov 2026 in Ho Chi Minh City: the hotline is open. */
export const OPEN_AT = '2026-11-26T03:00:00Z';
/** 22:00 the same day: closed. */
export const NIGHT_AT = '2026-11-26T15:00:00Z';

/** The designer with the simulator over a real store, the clock paused so the test moves it. */
export async function renderSimulator(props: Partial<SimulatorDesignerProps> & { project?: Project } = {}) {
  const store = await makeStore(props.project ?? demoProject());
  const numberId = props.numberId ?? 'hotline';
  // No delay between keystrokes: the simulated clock, not real time, drives the call.
  const user = userEvent.setup({ delay: null });
  const view = render(
    <MemoryRouter initialEntries={[`/numbers/${numberId}`]}>
      <StoreProvider store={store}>
        <div style={{ width: 1400, height: 900 }}>
          <SimulatorDesigner
            numberId={numberId}
            initialSpeed="paused"
            {...props}
            initialSetup={{ caller: 'typed', typed: '+84 90 900 0000', at: OPEN_AT, ...props.initialSetup }}
          />
        </div>
      </StoreProvider>
    </MemoryRouter>,
  );
  return { store, user, view };
}

/** Clicks "Skip to next timer" until `done()` holds (at most `max` times). */
export async function skipUntil(user: ReturnType<typeof userEvent.setup>, done: () => boolean, max = 20) {
  for (let i = 0; i < max && !done(); i++) await user.click(screen.getByRole('button', { name: 'Skip to next timer' }));
  if (!done()) throw new Error('The call never got there');
}

/** The simulator panel alone (no canvas): quicker, for the tabs that do not need the designer. */
export async function renderPanel(props: Partial<SimulatorDesignerProps> & { project?: Project; store?: ProjectStore } = {}) {
  const store = props.store ?? await makeStore(props.project ?? demoProject());
  const user = userEvent.setup({ delay: null });
  const view = render(
    <MemoryRouter>
      <StoreProvider store={store}>
        <Simulator numberId={props.numberId ?? 'hotline'} initialSpeed="paused" initialTab={props.initialTab} initialSetup={{ at: OPEN_AT, ...props.initialSetup }} />
      </StoreProvider>
    </MemoryRouter>,
  );
  return { store, user, view };
}
