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
});
