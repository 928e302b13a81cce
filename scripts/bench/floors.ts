/**
 * The floors under the engine's two speed targets, measured on the engine's own machines rather
 * than on made-up ones: what XState alone needs for the compiled 1,000-node flow's shape, and
 * what share of a simulated call's time is XState's own code. If a floor is above a target, no
 * work on the engine's side can meet it.
 */
import { Session } from 'node:inspector/promises';
import { createMachine } from 'xstate';
import type { AnyStateMachine } from 'xstate';
import { stat, timeRuns } from './engine';
import type { Row, Stat } from './table';

type Config = Record<string, unknown>;

/** Transitions as XState accepts them: one, or a list. */
const listOf = (t: unknown): unknown[] => (Array.isArray(t) ? t : [t]);

/**
 * A machine config's shape alone: the same states (ids, nesting, initial states, final states)
 * and the same transitions (event, target, reenter), with no actions, guards, delays or tags.
 * XState builds every state node and transition of a machine when it is created; this is the
 * part of compileFlow's time that no compiler can avoid for a machine with these states.
 */
export function shapeOf(config: Config): { config: Config; states: number; transitions: number } {
  let states = 0;
  let transitions = 0;
  const bare = (t: unknown) => {
    transitions++;
    const { target, reenter } = (typeof t === 'string' ? { target: t } : t) as { target?: unknown; reenter?: boolean };
    return { target, reenter };
  };
  const walk = (c: Config): Config => {
    states++;
    const out: Config = {};
    for (const k of ['id', 'initial', 'type'] as const) if (c[k] !== undefined) out[k] = c[k];
    if (c.on) out.on = Object.fromEntries(Object.entries(c.on as Config).map(([e, t]) => [e, listOf(t).map(bare)]));
    if (c.always) out.always = listOf(c.always).map(bare);
    // A named delay has no implementation here: the same transition after a fixed time.
    if (c.after) out.after = Object.fromEntries(Object.values(c.after as Config).map((t, i) => [1_000 * (i + 1), listOf(t).map(bare)]));
    if (c.states) out.states = Object.fromEntries(Object.entries(c.states as Record<string, Config>).map(([k, s]) => [k, walk(s)]));
    return out;
  };
  const config_ = walk(config);
  return { config: config_, states, transitions };
}

/** createMachine on the shape of a compiled machine (ms per machine). */
export function shapeRow(machine: AnyStateMachine, what: string): Row {
  const shape = shapeOf(machine.config as Config);
  const create = stat(timeRuns(20, 3, () => createMachine(shape.config as never)));
  return {
    area: 'xstate',
    what: `createMachine on ${what}'s shape alone: ${shape.states.toLocaleString('en')} states, ${shape.transitions.toLocaleString('en')} transitions, no actions or guards (ms)`,
    designer: create,
    target: '—',
    ok: true,
  };
}

/**
 * createMachine on the smallest machine the issue allows for a flow: one state per node (by
 * node id, as the designer highlights `snapshot.value`) and one transition per edge, with no
 * steps, timers, guards or actions at all (ms per machine).
 */
export function minimalRow(flow: { nodes: { id: string }[]; edges: { source: string; sourceHandle: string; target: string }[] }, what: string): Row {
  const states: Record<string, { id: string; on: Record<string, { target: string }[]> }> = {};
  for (const n of flow.nodes) states[n.id] = { id: `s:${n.id}`, on: {} };
  for (const e of flow.edges) (states[e.source]!.on[`handle.${e.sourceHandle}`] ??= []).push({ target: `#s:${e.target}` });
  const config = { id: 'minimal', initial: flow.nodes[0]!.id, states };
  const create = stat(timeRuns(20, 3, () => createMachine(config as never)));
  return {
    area: 'xstate',
    what: `createMachine on the smallest machine for ${what}: one state per node (${flow.nodes.length.toLocaleString('en')}), one transition per edge (${flow.edges.length.toLocaleString('en')}), nothing else (ms)`,
    designer: create,
    target: '—',
    ok: true,
  };
}

/**
 * Where a workload's CPU time goes, from a sampling profile of `fn`: the share of busy time
 * (idle excluded) in XState's own code and in the garbage collector.
 */
export async function timeShares(fn: () => void): Promise<{ xstate: number; gc: number }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    fn();
    const { profile } = await session.post('Profiler.stop');
    const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
    let busy = 0;
    let xstate = 0;
    let gc = 0;
    profile.samples?.forEach((id, i) => {
      const frame = byId.get(id);
      const dt = profile.timeDeltas?.[i] ?? 0;
      if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') return;
      busy += dt;
      if (frame.url.includes('/node_modules/xstate/')) xstate += dt;
      else if (frame.functionName === '(garbage collector)') gc += dt;
    });
    return { xstate: xstate / busy, gc: gc / busy };
  } finally {
    session.disconnect();
  }
}

/**
 * The simulate rate's ceiling: `calls` (calls/s) divided by XState's share of the time, i.e. the
 * rate if everything else — the engine's own logic and every garbage collection, including the
 * one XState's allocations cause — took no time at all.
 */
export function ceilingRows(calls: Stat, shares: { xstate: number; gc: number }): Row[] {
  const pct = (x: number): Stat => ({ median: x * 100, min: x * 100, max: x * 100 });
  const ceiling = calls.median / shares.xstate;
  return [
    { area: 'xstate', what: 'simulateCall: share of its CPU time in XState\'s own code (%)', designer: pct(shares.xstate), target: '—', ok: true },
    { area: 'xstate', what: 'simulateCall: share of its CPU time in the garbage collector (%)', designer: pct(shares.gc), target: '—', ok: true },
    {
      area: 'xstate',
      what: 'simulateCall\'s ceiling: calls/s if only XState\'s code took time (no engine logic, no garbage collection)',
      designer: { median: ceiling, min: calls.min / shares.xstate, max: calls.max / shares.xstate },
      target: '—',
      ok: true,
    },
  ];
}
