import { defineNodeKind } from './kind';
import { base, optionalMelody, z } from './shared';
import { melodyState } from '../compile/steps';
import { ENDED } from '../compile/types';
import { hangupView } from '../views/hangup';

const hangupData = z.object({ ...base, message: optionalMelody });
export type HangupData = z.infer<typeof hangupData>;

export const hangup = defineNodeKind({
  ...hangupView,
  data: hangupData,
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
