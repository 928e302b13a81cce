import { defineNodeKind } from './kind';
import { base, z } from './shared';
import { hoursView } from '../views/hours';

const hoursData = z.object({ ...base });
export type HoursData = z.infer<typeof hoursData>;

export const hours = defineNodeKind({
  ...hoursView,
  data: hoursData,
  // N3: read at the moment the call reaches the node.
  compile: (_d, c) => ({
    entry: [{ type: 'checkHours', params: { nodeId: c.nodeId } }],
    always: [...c.goto('open', { guard: 'hoursOpen' }), ...c.goto('closed')],
  }),
});
