import { Id } from '../schema/common';
import { defineNodeKind } from './kind';
import { base, describeMelody, employeeName, optionalMelody, z } from './shared';
import { melodyState } from '../compile/steps';
import { ENDED } from '../compile/types';

export const voicemail = defineNodeKind({
  type: 'voicemail',
  title: 'Voicemail',
  icon: 'voicemail',
  description: 'The caller leaves a message. Ends the call.',
  data: z.object({ ...base, mailbox: Id.nullable().default('lastRung'), greeting: optionalMelody }),
  handles: () => [],
  summary: (d, ws) => [
    d.mailbox === 'lastRung' ? 'Mailbox of the last person rung' : d.mailbox ? `Mailbox of ${employeeName(ws, d.mailbox)}` : 'General mailbox',
    ...(d.greeting ? [describeMelody(d.greeting)] : []),
  ],
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
