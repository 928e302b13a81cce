import { driveCall } from './callDriver';
import type { CallOracle } from './callDriver';
import { World } from './compile/world';
import type { Awaiting, CallContext, CallOutput, Party, Ringing } from './compile/types';
import { callSetups } from './exploreCalls';
import type { CallSetup } from './exploreCalls';
import type { Project } from './schema/project';
import type { Answer, CallScenario, Outcome } from './schema/scenario';
import { compiledFlow, simulateCall } from './simulate';

/** One way a call can end, with a scenario that takes it. */
export interface ExploredPath {
  outcome: Outcome;
  path: string[];
  /** The edges it takes, by id, in order (which of two edges between the same nodes). */
  edges: string[];
  scenario: CallScenario;
}

export interface ExploreResult {
  paths: ExploredPath[];
  /** True when the search stopped at `cap` paths (or its run budget) before trying everything. */
  capped: boolean;
  cap: number;
  /** Calls simulated to find them. */
  runs: number;
}

export interface ExploreOptions {
  /** Most paths to return. Default 200. */
  cap?: number;
  /** Most simulated calls to try. Default 50 × cap. */
  maxRuns?: number;
  /** Where the search for open, closed and holiday times starts. Default 2026-11-23T00:00:00Z. */
  from?: string;
}

/** Thrown by the exploring oracle to abandon a run that goes round a loop a second time. */
class LoopedTwice extends Error {}

interface Choice {
  count: number;
  taken: number;
}

/**
 * Every distinct way a call to the number can end (outcome + path), each with a scenario
 * that reproduces it, confirmed by simulateCall. Tries times inside and outside working hours
 * and on a holiday, a stranger and known callers, the service down, each digit choice at each
 * wait (an option, an extension, nothing, something invalid), and answer or no answer at each
 * ring step. A path may go round a loop once. Breadth first over the choices, so a capped
 * result still covers the first choices broadly.
 */
export function explorePaths(project: Project, numberId: string, opts: ExploreOptions = {}): ExploreResult {
  const cap = opts.cap ?? 200;
  const maxRuns = opts.maxRuns ?? cap * 50;
  const number = project.numbers.find((n) => n.id === numberId);
  if (!number) throw new Error(`There is no number with id "${numberId}".`);
  const machine = compiledFlow(project, numberId);
  const setups = callSetups(project, number, opts.from ?? '2026-11-23T00:00:00Z');
  const world = new World(project, number);
  const extensions = world.extensions();

  const seen = new Set<string>();
  const paths: ExploredPath[] = [];
  const queue: number[][] = [[]];
  let runs = 0;
  while (queue.length > 0 && paths.length < cap && runs < maxRuns) {
    const prefix = queue.shift() as number[];
    runs++;
    const run = explore(numberId, prefix, setups, extensions, (setup, oracle) => driveCall(machine, toInput(setup), oracle));
    // Later choice points branch; earlier ones were branched by the run that first met them.
    run.choices.forEach((c, j) => {
      if (j < prefix.length) return;
      for (let a = 1; a < c.count; a++) queue.push([...run.choices.slice(0, j).map((x) => x.taken), a]);
    });
    if (!run.scenario || !run.output) continue;
    const key = JSON.stringify([run.output.outcome, run.output.path]);
    if (seen.has(key)) continue;
    seen.add(key);
    // The scenario must take the same way on its own; if it ever did not, its own result is what the user would see.
    const result = simulateCall(project, run.scenario);
    const confirmed = JSON.stringify([result.outcome, result.path]);
    if (confirmed !== key && seen.has(confirmed)) continue;
    seen.add(confirmed);
    paths.push({ outcome: result.outcome, path: result.path, edges: confirmed === key ? run.output.edges : [], scenario: run.scenario });
  }
  return { paths, capped: queue.length > 0, cap, runs };
}

const toInput = (s: CallSetup) => ({ from: s.from, at: s.at, sipToExtension: s.sipToExtension, serviceAvailable: s.serviceAvailable, patienceSeconds: 600 });

/** One run that follows `prefix`, then each point's first choice, recording the choices met and the scenario they make. */
function explore(
  numberId: string,
  prefix: number[],
  setups: CallSetup[],
  extensions: string[],
  drive: (setup: CallSetup, oracle: CallOracle) => CallOutput,
): { choices: Choice[]; scenario: CallScenario | null; output: CallOutput | null } {
  const choices: Choice[] = [];
  const choose = (count: number) => {
    const j = choices.length;
    const taken = j < prefix.length ? (prefix[j] as number) : 0;
    choices.push({ count, taken });
    return taken;
  };
  const setup = setups[choose(setups.length)] as CallSetup;
  const digits: (string | null)[] = [];
  const answers: Record<string, Answer[]> = {};
  let ringStepChoice = 0;

  const checkLoops = (context: CallContext) => {
    const counts = new Map<string, number>();
    for (const id of context.path) {
      const k = (counts.get(id) ?? 0) + 1;
      if (k > 2) throw new LoopedTwice();
      counts.set(id, k);
    }
  };
  const oracle: CallOracle = {
    digits: (cursor: number, wait: Awaiting, context: CallContext) => {
      checkLoops(context);
      // A menu's retry takes no new path: whatever is keyed now could have been keyed the first time.
      const options = context.run.retries > 0 ? [null] : digitChoices(wait, extensions);
      const entry = options[choose(options.length)] ?? null;
      digits[cursor] = entry;
      return entry;
    },
    answer: (party: Party, ringing: Ringing, context: CallContext): Answer => {
      // One choice per ring step: nobody answers, or party k (the first of several to answer wins, Q4).
      if (party === ringing.parties[0]) {
        checkLoops(context);
        ringStepChoice = choose(ringing.parties.length + 1);
      }
      const a: Answer = ringing.parties.indexOf(party) === ringStepChoice - 1 ? 'answer' : 'noAnswer';
      (answers[party.key] ??= []).push(a);
      return a;
    },
  };
  let output: CallOutput;
  try {
    output = drive(setup, oracle);
  } catch (e) {
    if (e instanceof LoopedTwice) return { choices, scenario: null, output: null };
    throw e;
  }
  while (digits.length > 0 && digits.at(-1) === null) digits.pop();
  const scenario: CallScenario = {
    numberId,
    from: setup.from,
    at: setup.at,
    sipToExtension: setup.sipToExtension,
    serviceAvailable: setup.serviceAvailable,
    digits: Array.from(digits, (d) => d ?? null),
    answers: Object.fromEntries(Object.entries(answers).map(([k, list]) => [k, list.every((x) => x === list[0]) ? (list[0] as Answer) : list])),
    rating: null,
    patienceSeconds: 600,
  };
  return { choices, scenario, output };
}

/** At a digit wait: nothing first (it usually ends a loop), then the options, something invalid, the extensions. */
function digitChoices(wait: Awaiting, extensions: string[]): (string | null)[] {
  const taken = new Set([...wait.options, ...extensions]);
  const invalid = ['9', '0', '*', '#', '8', '7'].find((d) => !taken.has(d)) ?? '99999';
  return [null, ...wait.options, invalid, ...(wait.extensions ? extensions : [])];
}
