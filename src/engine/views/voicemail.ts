import { defineNodeView } from './kind';
import { describeMelody, employeeName } from './shared';
import type { VoicemailData } from '../nodes/voicemail';

export const voicemailView = defineNodeView<'voicemail', VoicemailData>({
  type: 'voicemail',
  title: 'Voicemail',
  icon: 'voicemail',
  description: 'The caller leaves a message. Ends the call.',
  handles: () => [],
  summary: (d, ws) => [
    d.mailbox === 'lastRung' ? 'Mailbox of the last person rung' : d.mailbox ? `Mailbox of ${employeeName(ws, d.mailbox)}` : 'General mailbox',
    ...(d.greeting ? [describeMelody(d.greeting)] : []),
  ],
});
