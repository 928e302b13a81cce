import { defineNodeView } from './kind';
import type { IncomingData } from '../nodes/incoming';

export const incomingView = defineNodeView<'incoming', IncomingData>({
  type: 'incoming',
  title: 'Inbound call',
  icon: 'phone-incoming',
  description: 'Where every inbound call starts. Exactly one per flow.',
  handles: () => [{ id: 'next', label: 'Next' }],
  summary: () => [],
});
