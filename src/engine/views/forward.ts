import { defineNodeView } from './kind';
import { NO_ANSWER, rings } from './shared';
import type { ForwardData } from '../nodes/forward';

export const forwardView = defineNodeView<'forward', ForwardData>({
  type: 'forward',
  title: 'External number',
  icon: 'phone-forward',
  description: 'Forwards the call to an external number.',
  handles: () => [NO_ANSWER],
  summary: (d) => [d.number || 'No number set', rings(d.rings)],
});
