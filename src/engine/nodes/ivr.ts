import { defineNodeKind } from './kind';
import { base, Melody, z } from './shared';
import { dialledStates, DIGITS, digitsAre, digitWait, melodyState } from '../compile/steps';
import { IVR_DIGITS, ivrView } from '../views/ivr';

export { IVR_DIGITS };

export const IvrOption = z.object({
  digit: z.enum(IVR_DIGITS),
  label: z.string().max(200).default(''),
});

const ivrData = z.object({
  ...base,
  prompt: Melody.default({ kind: 'tts', text: 'Press 1 for sales, 2 for support.', seconds: 5 }),
  options: z.array(IvrOption).max(12).default([]),
  allowExtensions: z.boolean().default(false),
  timeoutSeconds: z.number().min(0).max(600).default(15),
  maxRetries: z.number().int().min(0).max(10).default(2),
});
export type IvrData = z.infer<typeof ivrData>;

export const ivr = defineNodeKind({
  ...ivrView,
  data: ivrData,
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
