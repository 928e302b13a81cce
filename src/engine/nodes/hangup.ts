import { defineNodeKind } from './kind';
import { base, describeMelody, optionalMelody, z } from './shared';
import { melodyState } from '../compile/steps';
import { ENDED } from '../compile/types';

export const hangup = defineNodeKind({
  type: 'hangup',
  title: 'Hang up',
  icon: 'phone-off',
  description: 'Ends the call, optionally after a message.',
  data: z.object({ ...base, message: optionalMelody }),
  handles: () => [],
  summary: (d) => [d.message ? describeMelody(d.message) : 'Hangs up at once'],
  // N11
  compile: (d, c) => {
    const end = [{ target: ENDED, actions: ['hangup'] }];
    const reach = { type: 'reachFinalNode', params: { nodeId: c.nodeId, kind: 'hangup', mailbox: null } };
    if (!d.message) return { entry: [reach], always: end };
    // The message is the node's only step, so the node itself plays it: one state fewer.
    const message = melodyState(c, d.message, end);
    return { ...message, entry: [reach, ...(message.entry ?? [])] };
  },
});
