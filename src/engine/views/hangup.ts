import { defineNodeView } from './kind';
import { describeMelody } from './shared';
import type { HangupData } from '../nodes/hangup';

export const hangupView = defineNodeView<'hangup', HangupData>({
  type: 'hangup',
  title: 'Hang up',
  icon: 'phone-off',
  description: 'Ends the call, optionally after a message.',
  handles: () => [],
  summary: (d) => [d.message ? describeMelody(d.message) : 'Hangs up at once'],
});
