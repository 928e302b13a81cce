import { defineNodeKind } from './kind';
import { base, z } from './shared';

export const hours = defineNodeKind({
  type: 'hours',
  title: 'Working hours',
  icon: 'clock',
  description: "Checks the number's working hours at the time of the call.",
  data: z.object({ ...base }),
  handles: () => [{ id: 'open', label: 'Open' }, { id: 'closed', label: 'Closed' }],
  summary: () => ["Uses the number's working hours"],
  // N3: read at the moment the call reaches the node.
  compile: (_d, c) => ({
    entry: [{ type: 'checkHours', params: { nodeId: c.nodeId } }],
    always: [...c.goto('open', { guard: 'hoursOpen' }), ...c.goto('closed')],
  }),
});
