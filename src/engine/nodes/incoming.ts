import { defineNodeKind } from './kind';
import { base, z } from './shared';

export const incoming = defineNodeKind({
  type: 'incoming',
  title: 'Inbound call',
  icon: 'phone-incoming',
  description: 'Where every inbound call starts. Exactly one per flow.',
  data: z.object({ ...base }),
  handles: () => [{ id: 'next', label: 'Next' }],
  summary: () => [],
  // N1: on to `next` at once.
  compile: (_d, c) => ({ always: c.goto('next') }),
});
