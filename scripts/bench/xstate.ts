/**
 * What XState itself costs on this machine, with no call logic at all: the floor under the
 * engine's compile and simulate figures. Machines built here are bare (one assign, no guards).
 */
import { assign, createActor, setup } from 'xstate';
import { CallClock } from '../../src/engine';
import { stat, timeRuns } from './engine';
import type { Row } from './table';

/** `n` states, each with `edges` transitions to other states by id. */
function chain(n: number, edges: number) {
  const states: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    const on: Record<string, unknown> = {};
    for (let k = 0; k < edges; k++) on[`e${k}`] = [{ target: `#s${(i + k + 1) % n}`, actions: ['step'] }];
    states[`n${i}`] = { id: `s${i}`, on };
  }
  return { id: 'm', initial: 'n0', context: { n: 0 }, states };
}

// The config is built from data, as compileFlow's is: names are checked at run time.
const machineOf = (config: unknown) => setup({
  types: { context: {} as { n: number } },
  actions: { step: assign(({ context }) => ({ n: context.n + 1 })) },
}).createMachine(config as never);

export function xstateFloorRows(): Row[] {
  const config = chain(1_000, 2);
  const create = stat(timeRuns(20, 3, () => machineOf(config)));

  const small = machineOf(chain(12, 1));
  const N = 2_000;
  const actor = stat(timeRuns(10, 1, () => {
    for (let i = 0; i < N; i++) createActor(small, { clock: new CallClock() }).start().stop();
  }).map((ms) => (ms / N) * 1_000));
  const EVENTS = 10;
  const withEvents = stat(timeRuns(10, 1, () => {
    for (let i = 0; i < N; i++) {
      const a = createActor(small, { clock: new CallClock() }).start();
      for (let e = 0; e < EVENTS; e++) a.send({ type: 'e0' });
      a.stop();
    }
  }).map((ms) => (ms / N) * 1_000));
  const perEvent = { median: (withEvents.median - actor.median) / EVENTS, min: (withEvents.min - actor.max) / EVENTS, max: (withEvents.max - actor.min) / EVENTS };
  return [
    { area: 'xstate', what: 'createMachine alone, 1,000 states × 2 transitions (ms)', designer: create, target: '—', ok: true },
    { area: 'xstate', what: 'an actor created, started and stopped (µs)', designer: actor, target: '—', ok: true },
    { area: 'xstate', what: 'one event with a transition and an assign (µs)', designer: perEvent, target: '—', ok: true },
  ];
}
