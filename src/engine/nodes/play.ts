import { defineNodeKind } from './kind';
import { base, Melody, z } from './shared';
import { dialledStates, DIGITS, digitWait, melodyState } from '../compile/steps';
import { playView } from '../views/play';

const playData = z.object({
  ...base,
  melody: Melody.default({ kind: 'builtin', id: 'welcome', seconds: 8 }),
  allowExtensions: z.boolean().default(false),
  digitWaitSeconds: z.number().min(0).max(600).default(5),
});
export type PlayData = z.infer<typeof playData>;

export const play = defineNodeKind({
  ...playView,
  data: playData,
  // N4
  compile: (d, c) => {
    if (!d.allowExtensions) return melodyState(c, d.melody, c.goto('next'));
    return {
      initial: 'playing',
      states: {
        playing: melodyState(c, d.melody, 'awaiting', true),
        awaiting: digitWait(c, { seconds: d.digitWaitSeconds, options: [], extensions: true }, {
          timeout: c.goto('next', { actions: [DIGITS.none] }),
          other: c.goto('next', { guard: 'keyedSomething', actions: [DIGITS.unknown] }),
        }),
        ...dialledStates(c),
      },
    };
  },
});
