import { Id } from '../schema/common';
import { defineNodeKind } from './kind';
import { base, optionalMelody, z } from './shared';
import { melodyState } from '../compile/steps';
import { ENDED } from '../compile/types';
import { voicemailView } from '../views/voicemail';

const voicemailData = z.object({ ...base, mailbox: Id.nullable().default('lastRung'), greeting: optionalMelody });
export type VoicemailData = z.infer<typeof voicemailData>;

export const voicemail = defineNodeKind({
  ...voicemailView,
  data: voicemailData,
  // N10; patience stops counting here (N13), and a caller hanging up still leaves the message.
  compile: (d, c) => {
    const leave = [{ target: ENDED, actions: [{ type: 'voicemail', params: { mailbox: d.mailbox } }] }];
    const reach = { type: 'reachFinalNode', params: { nodeId: c.nodeId, kind: 'voicemail', mailbox: d.mailbox } };
    if (!d.greeting) return { entry: [reach], always: leave };
    // The greeting is the node's only step, so the node itself plays it: one state fewer.
    const greeting = melodyState(c, d.greeting, leave);
    return { ...greeting, entry: [reach, ...(greeting.entry ?? [])] };
  },
});
