import { defineNodeKind } from './kind';
import { base, describeMelody, EXTENSION_NO_ANSWER, Melody, z } from './shared';
import { dialledStates, DIGITS, digitWait, melodyState } from '../compile/steps';

export const play = defineNodeKind({
  type: 'play',
  title: 'Greeting',
  icon: 'speaker',
  description: 'Plays a melody or text; the caller may dial an extension meanwhile.',
  data: z.object({
    ...base,
    melody: Melody.default({ kind: 'builtin', id: 'welcome', seconds: 8 }),
    allowExtensions: z.boolean().default(false),
    digitWaitSeconds: z.number().min(0).max(600).default(5),
  }),
  handles: (d) => (d.allowExtensions ? [{ id: 'next', label: 'Next' }, EXTENSION_NO_ANSWER] : [{ id: 'next', label: 'Next' }]),
  summary: (d) => [describeMelody(d.melody), d.allowExtensions ? `Extensions dialable, waits ${d.digitWaitSeconds} s` : 'No extension dialing'],
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
