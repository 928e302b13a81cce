import { useState } from 'react';
import type { ReactNode } from 'react';
import { userEvent, within } from 'storybook/test';
import demoJson from '../../test/fixtures/demo.json';
import { parseProject } from '../../src/engine';
import type { Project } from '../../src/engine';
import { createProjectStore } from '../../src/store';
import { StoreProvider } from '../../src/store/react';

/** The demo workspace every simulator story is built from (the fixture the tests use). */
export const demo: Project = parseProject(demoJson);
export const hotline = demo.numbers.find((n) => n.id === 'hotline')!;
export const workspace = demo.workspace;

/** 10:00 on a Thursday in Ho Chi Minh City (open), and 22:00 the same day (closed). */
export const OPEN_AT = '2026-11-26T03:00:00Z';
export const NIGHT_AT = '2026-11-26T15:00:00Z';

let stores = 0;

/** A fresh store seeded with `project` for one story (its own IndexedDB database). */
export function WithStore({ project = demo, children }: { project?: Project; children: ReactNode }) {
  const [store] = useState(() => createProjectStore({
    name: `simulator-story-${++stores}-${Math.random().toString(36).slice(2)}`,
    seed: async () => structuredClone(project),
    lifecycleTarget: null,
    watchOtherTabs: false,
  }));
  return <StoreProvider store={store}><div style={{ maxWidth: 480, padding: 12 }}>{children}</div></StoreProvider>;
}

/** Drives the simulator panel in a story's play function, by role and name as a trainer would. */
export function driver(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const click = async (name: string | RegExp) => userEvent.click(await canvas.findByRole('button', { name }, { timeout: 5_000 }));
  return {
    canvas,
    click,
    start: () => click('Start call'),
    /** Skips timers until `done` finds something (at most 20 times). */
    async skipUntil(done: () => boolean) {
      for (let i = 0; i < 20 && !done(); i++) await click('Skip to next timer');
    },
    async dial(keys: string) {
      await this.skipUntil(() => canvas.queryByRole('group', { name: 'Keypad' }) !== null);
      const pad = canvas.getByRole('group', { name: 'Keypad' });
      for (const k of keys) await userEvent.click(within(pad).getByRole('button', { name: k }));
      await click('Send');
      // Keyed during the greeting: they are read when it ends.
      await this.skipUntil(() => canvas.queryByText(/: read when the greeting ends\.$/) === null);
    },
  };
}

/** A copy of the demo project changed by `fn`. */
export function demoWith(fn: (p: Project) => void): Project {
  const p = structuredClone(demo);
  fn(p);
  return p;
}
