import type { AnyStateMachine } from 'xstate';
import { finishCall } from './afterCall';
import { driveCall } from './callDriver';
import type { CallOracle } from './callDriver';
import { compileFlow, FlowCompileError } from './compile/compileFlow';
import type { CallInput, CallOutput } from './compile/types';
import type { Project } from './schema/project';
import type { CallResult } from './schema/result';
import type { Answer, CallScenario, CallScenarioInput, Outcome } from './schema/scenario';

const machines = new WeakMap<Project, Map<string, AnyStateMachine>>();

/**
 * compileFlow, remembered per project object and number. Projects are immutable values in this
 * app (edits make new objects), so the same object always compiles to the same machine.
 */
export function compiledFlow(project: Project, numberId: string): AnyStateMachine {
  let byNumber = machines.get(project);
  if (!byNumber) machines.set(project, (byNumber = new Map()));
  let machine = byNumber.get(numberId);
  if (!machine) byNumber.set(numberId, (machine = compileFlow(project, numberId)));
  return machine;
}

/** The machine input for a scenario. */
export function callInputOf(scenario: CallScenarioInput): CallInput {
  return {
    from: scenario.from,
    at: scenario.at,
    sipToExtension: scenario.sipToExtension ?? null,
    serviceAvailable: scenario.serviceAvailable ?? true,
    patienceSeconds: scenario.patienceSeconds ?? 600,
  };
}

/**
 * The scenario as an oracle: digit entries in order (null or missing = keys nothing); each
 * party's answers ring step by ring step (a single value for every step; a list that runs out,
 * or a party not listed: noAnswer).
 */
export function scenarioOracle(scenario: Pick<CallScenarioInput, 'digits' | 'answers'>): CallOracle {
  const digits = scenario.digits ?? [];
  const answers = scenario.answers ?? {};
  const used = new Map<string, number>();
  return {
    digits: (cursor) => digits[cursor] ?? null,
    answer: (party): Answer => {
      const a = Object.prototype.hasOwnProperty.call(answers, party.key) ? answers[party.key] : undefined;
      if (a === undefined) return 'noAnswer';
      if (typeof a === 'string') return a;
      const k = used.get(party.key) ?? 0;
      used.set(party.key, k + 1);
      return a[k] ?? 'noAnswer';
    },
  };
}

/**
 * Runs one inbound call through the number's compiled flow on a simulated clock, answering each
 * wait from the scenario, then applies the after-call rules (A1–A4). Deterministic; never
 * changes `project` or `scenario`. Throws FlowCompileError for a flow that cannot be compiled.
 */
export function simulateCall(project: Project, scenario: CallScenario | CallScenarioInput): CallResult {
  const call = { numberId: scenario.numberId, from: scenario.from, at: scenario.at, rating: scenario.rating ?? null };
  let machine: AnyStateMachine;
  try {
    machine = compiledFlow(project, scenario.numberId);
  } catch (e) {
    // B1 and B2 end a call before the flow runs, so a flow that cannot compile does not matter to them.
    const early = e instanceof FlowCompileError ? endsBeforeFlow(project, scenario) : null;
    if (!early) throw e;
    return finishCall(project, call, early);
  }
  return finishCall(project, call, driveCall(machine, callInputOf(scenario), scenarioOracle(scenario)));
}

/** B1/B2 without a machine, for a number whose flow cannot be compiled. */
function endsBeforeFlow(project: Project, scenario: CallScenarioInput): CallOutput | null {
  const number = project.numbers.find((n) => n.id === scenario.numberId);
  if (!number) return null;
  const backup = number.settings.backupNumber ?? project.workspace.defaultBackupNumber;
  const outcome: Outcome | null = number.status === 'disconnected' ? { kind: 'rejected', reason: 'disconnected' }
    : scenario.serviceAvailable === false ? (backup ? { kind: 'backup', number: backup } : { kind: 'rejected', reason: 'unavailable' })
      : null;
  if (!outcome) return null;
  return {
    outcome,
    path: [],
    edges: [],
    events: [{ t: 0, type: 'call.started', text: `Call from ${scenario.from}` }, { t: 0, type: 'call.ended', text: outcome.kind === 'backup' ? `Service down: sent to the backup number ${outcome.number}` : 'Rejected' }],
    durationSeconds: 0,
    crmRecordId: null,
    announced: false,
    flowRan: false,
    queueCursor: project.workspace.usage.queueCursor,
  };
}
