import { Id } from '../schema/common';
import { defineNodeKind } from './kind';
import { base, describeMelody, employeeName, optionalMelody, z } from './shared';

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
});
