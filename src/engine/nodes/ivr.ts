import { PLANS } from '../schema/workspace';
import { defineNodeKind } from './kind';
import { base, describeMelody, EXTENSION_NO_ANSWER, Melody, z } from './shared';
import { dialledStates, DIGITS, digitsAre, digitWait, melodyState } from '../compile/steps';

export const IVR_DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'] as const;

export const IvrOption = z.object({
  digit: z.enum(IVR_DIGITS),
  label: z.string().max(200).default(''),
});

export const ivr = defineNodeKind({
  type: 'ivr',
  title: 'Voice menu',
  icon: 'menu',
  description: 'Plays a prompt, then routes on the key the caller presses.',
  data: z.object({
    ...base,
    prompt: Melody.default({ kind: 'tts', text: 'Press 1 for sales, 2 for support.', seconds: 5 }),
    options: z.array(IvrOption).max(12).default([]),
    allowExtensions: z.boolean().default(false),
    timeoutSeconds: z.number().min(0).max(600).default(15),
    maxRetries: z.number().int().min(0).max(10).default(2),
  }),
  handles: (d) => [
    ...d.options.map((o) => ({ id: o.digit, label: o.label ? `${o.digit} · ${o.label}` : o.digit })),
    { id: 'timeout', label: 'Timeout' },
    ...(d.allowExtensions ? [EXTENSION_NO_ANSWER] : []),
  ],
  // Three lines, the card's most: the options share one, so "+N more" never counts the timeout as an option.
  summary: (d) => [
    describeMelody(d.prompt),
    d.options.length ? `Keys ${d.options.map((o) => (o.label ? `${o.digit} ${o.label}` : o.digit)).join(', ')}` : 'No options',
    `Timeout ${d.timeoutSeconds} s, ${d.maxRetries} retr${d.maxRetries === 1 ? 'y' : 'ies'}`,
  ],
  requires: {
    plans: PLANS.filter((p) => p !== 'free' && p !== 'project_plus'),
    reason: 'Voice menus need the Start+, CRM+, Standard or Professional plan.',
  },
  // N5: retries are counted per visit; an option's digit beats an extension of the same digits.
  compile: (d, c) => {
    const retry = { type: 'retriesLeft', params: { max: d.maxRetries } };
    return {
      entry: ['resetRetries'],
      initial: 'prompt',
      states: {
        prompt: melodyState(c, d.prompt, 'awaiting', true),
        awaiting: digitWait(c, { seconds: d.timeoutSeconds, options: d.options.map((o) => o.digit), extensions: d.allowExtensions }, {
          timeout: [{ guard: retry, target: 'prompt', actions: [DIGITS.noneRetry] }, ...c.goto('timeout', { actions: [DIGITS.none] })],
          digits: d.options.flatMap((o) => c.goto(o.digit, { guard: digitsAre(o.digit), actions: [DIGITS.take] })),
          other: [
            { guard: { type: 'retriesLeft', params: { max: d.maxRetries, keyed: true } }, target: 'prompt', actions: [DIGITS.invalidRetry] },
            ...c.goto('timeout', { guard: 'keyedSomething', actions: [DIGITS.invalid] }),
          ],
        }),
        ...(d.allowExtensions ? dialledStates(c) : {}),
      },
    };
  },
});
