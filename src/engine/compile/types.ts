import type { Outcome } from '../schema/scenario';
import type { CallEvent } from '../schema/result';

/** The call a compiled machine is started with (`createActor(machine, { input })`). */
export interface CallInput {
  from: string;
  /** ISO 8601 instant the call arrives. */
  at: string;
  sipToExtension?: string | null;
  serviceAvailable?: boolean;
  /** Default 600. */
  patienceSeconds?: number;
}

/** Someone a ring step rings. `key` is how the scenario's `answers` names them. */
export interface Party {
  key: string;
  kind: 'employee' | 'mobile' | 'external';
  employeeId: string | null;
  number: string | null;
  /** "Binh (102)", "Binh's mobile +84901000102", "+14155550100". */
  label: string;
}

/** The ring step in progress: who is being rung right now, ring k of n, since when. */
export interface Ringing {
  /** Counts ring steps within the call, so a driver can tell a new step from the same one. */
  step: number;
  nodeId: string;
  /** Parties still ringing; a queue ringing `all` has several. */
  parties: Party[];
  /** The ring in progress, 1-based. */
  ring: number;
  rings: number;
  /** Seconds since the call began, when this ring step started. */
  since: number;
  /** The queue this step belongs to, if any. */
  queueId: string | null;
}

/** A melody playing to the caller. */
export interface Playing {
  nodeId: string | null;
  text: string;
  ms: number;
  since: number;
  /**
   * Whether keys typed now count (a greeting that lets the caller dial an extension, a voice
   * menu's prompt): the entry is kept in `typed` and read when the melody ends, as if keyed
   * then. One entry per melody: `snapshot.can({ type: 'call.digits', digits })` is false once one is kept.
   */
  acceptsDigits: boolean;
  /** The entry typed during this melody, read when it ends. */
  typed: string | null;
}

/** The caller may key digits now. */
export interface Awaiting {
  /** Counts digit waits within the call. */
  seq: number;
  nodeId: string;
  ms: number;
  since: number;
  /** Menu digits that take a handle (ivr). */
  options: string[];
  /** Whether an extension may be dialled. */
  extensions: boolean;
}

/** A queue in progress: its members in the order they are offered the call. */
export interface QueueRun {
  nodeId: string;
  queueId: string;
  members: string[];
  index: number;
}

/** The machine's own bookkeeping, which a screen has no need to read. */
export interface CallRun {
  /** Counter behind `Ringing.step` and `Awaiting.seq`. */
  seq: number;
  /** The retry count of the voice menu in progress. */
  retries: number;
  /** What the latest hours node found. */
  hoursOpen: boolean;
  /** Whether B3's notice played. */
  announced: boolean;
  /** The queue in progress. */
  queue: QueueRun | null;
  /** The extension the caller dialled in a greeting or menu. */
  dialled: { employeeId: string | null; queueId: string | null } | null;
  /**
   * N13: set once the call reaches voicemail or hangup. Patience no longer counts, and a caller
   * hanging up then ends the call as that node would.
   */
  finalNode: { nodeId: string; kind: 'voicemail' | 'hangup'; mailbox: string | null } | null;
}

/**
 * Everything a compiled call machine remembers. Plain data, so a snapshot can be persisted.
 * Kept under 20 top-level keys on purpose: XState copies the context with Object.assign on
 * every action, and V8 does that an order of magnitude slower from 20 properties on.
 */
export interface CallContext {
  call: { from: string; at: string; atMs: number; sipToExtension: string | null; serviceAvailable: boolean; patienceMs: number };
  /** Clock reading (ms) when the call began. */
  startedAt: number;
  /** B4: the CRM record matched, with its responsible employee. */
  crm: { recordId: string | null; responsibleId: string | null; looked: boolean };
  /** How many `digits` entries the caller has used. */
  digitCursor: number;
  lastRung: string | null;
  /** Q3: who was offered the latest call of each `evenly` queue. */
  queueCursor: Record<string, string>;
  path: string[];
  /** The edges taken, by id, in order: which of two edges between the same nodes (a menu's key or its timeout) the call took. */
  edges: string[];
  events: CallEvent[];
  outcome: Outcome | null;
  /** Seconds from the start to the outcome. */
  endedAt: number | null;
  playing: Playing | null;
  awaiting: Awaiting | null;
  ringing: Ringing | null;
  run: CallRun;
}

/** Events the compiled machine accepts. */
export type CallMachineEvent =
  | { type: 'call.digits'; digits: string | null }
  | { type: 'ring.answered'; party?: string }
  | { type: 'ring.noAnswer'; party?: string }
  | { type: 'ring.busy'; party?: string }
  | { type: 'call.hangup' };

/** Events the machine raises for its own timers (a melody's end, a digit wait or one ring running out). */
export type CallTimerEvent = { type: 'melody.ended' | 'digits.timeout' | 'ring.timeout' };

/** Every event the machine handles: sent ones and its own timers'. */
export type MachineEvent = CallMachineEvent | CallTimerEvent;

/** What a finished call machine outputs (`snapshot.output`). */
export interface CallOutput {
  outcome: Outcome;
  path: string[];
  /** The edges taken, by id, in order. */
  edges: string[];
  events: CallEvent[];
  durationSeconds: number;
  crmRecordId: string | null;
  /** Whether B3's recording notice played. */
  announced: boolean;
  /** Whether the flow ran (false when B1 or B2 ended the call). */
  flowRan: boolean;
  queueCursor: Record<string, string>;
}

/**
 * State and transition configs as the compiler builds them. Deliberately loose: the compiled
 * machine is assembled from data, and `setup()` checks the names of actions, guards and delays.
 */
export type Action = string | { type: string; params?: unknown } | ((...args: never[]) => unknown);
export type Guard = string | { type: string; params?: unknown } | ((...args: never[]) => boolean);
export interface Transition {
  target?: string;
  guard?: Guard;
  actions?: Action[];
  reenter?: boolean;
}
export interface StateConfig {
  id?: string;
  type?: 'final';
  tags?: string[];
  initial?: string;
  entry?: Action[];
  exit?: Action[];
  always?: Transition[];
  after?: Record<string, Transition[]>;
  on?: Record<string, Transition[]>;
  states?: Record<string, StateConfig>;
  description?: string;
}

/** The id of the state every outcome leads to. */
export const ENDED = '#ended';
