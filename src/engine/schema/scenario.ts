import { z } from 'zod';
import { Id, Instant, MAX_NAME, MAX_TEXT, Name } from './common';
import { Usage } from './workspace';

export const ANSWERS = ['answer', 'noAnswer', 'busy'] as const;
export const Answer = z.enum(ANSWERS);
export type Answer = z.infer<typeof Answer>;

/** One inbound call's inputs: who calls, when, what they key in, and who picks up. */
export const CallScenario = z.object({
  numberId: Id,
  from: z.string().max(MAX_NAME),
  at: Instant,
  sipToExtension: z.string().max(MAX_NAME).nullable().default(null),
  serviceAvailable: z.boolean().default(true),
  digits: z.array(z.string().max(64).nullable()).max(1_000).default([]),
  answers: z.record(z.string().max(MAX_NAME), z.union([Answer, z.array(Answer).max(1_000)])).default({}),
  rating: z.number().int().min(1).max(5).nullable().default(null),
  patienceSeconds: z.number().min(0).max(86_400).default(600),
});
export type CallScenario = z.infer<typeof CallScenario>;
export type CallScenarioInput = z.input<typeof CallScenario>;

export const Outcome = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('connected'), employeeId: Id }),
  z.object({ kind: z.literal('mobile'), employeeId: Id, number: z.string() }),
  z.object({ kind: z.literal('forwarded'), number: z.string() }),
  z.object({ kind: z.literal('voicemail'), mailboxEmployeeId: Id.nullable() }),
  z.object({ kind: z.literal('hangup') }),
  z.object({ kind: z.literal('dropped'), nodeId: z.string(), handle: z.string() }),
  z.object({ kind: z.literal('abandoned') }),
  z.object({ kind: z.literal('backup'), number: z.string() }),
  z.object({ kind: z.literal('rejected'), reason: z.string() }),
]);
export type Outcome = z.infer<typeof Outcome>;

/**
 * A saved call log: one line per event, far fewer than this for any call that ends (N14: 1,000
 * node entries); a line quotes at most one text (MAX_TEXT) with names around it.
 */
export const MAX_LOG_LINES = 20_000;
export const MAX_LOG_LINE = 4 * MAX_TEXT;

/**
 * A saved scenario: a call and what it is expected to give. `expect` holds any subset of a
 * CallResult's fields; a run passes when every field present matches. `usage`: the workspace's
 * counters when the call was made, which it runs from again (absent: the workspace's current ones).
 * `log`: the call log's lines when it was saved. Never compared (a renamed employee would fail
 * every scenario): when a run fails, it shows where the new call first went otherwise.
 */
export const SavedScenario = z.object({
  id: Id,
  name: Name,
  scenario: CallScenario,
  usage: Usage.optional(),
  log: z.array(z.string().max(MAX_LOG_LINE)).max(MAX_LOG_LINES).optional(),
  expect: z.object({
    outcome: Outcome,
    path: z.array(z.string().max(MAX_NAME)).max(1_000).optional(),
    durationSeconds: z.number().optional(),
  }).loose(),
});
export type SavedScenario = z.infer<typeof SavedScenario>;
