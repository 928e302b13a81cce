import { defineNodeKind } from './kind';
import { base, describeMelody, optionalMelody, z } from './shared';

export const hangup = defineNodeKind({
  type: 'hangup',
  title: 'Hang up',
  icon: 'phone-off',
  description: 'Ends the call, optionally after a message.',
  data: z.object({ ...base, message: optionalMelody }),
  handles: () => [],
  summary: (d) => [d.message ? describeMelody(d.message) : 'Hangs up at once'],
});
