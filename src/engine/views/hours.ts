import { defineNodeView } from './kind';
import type { HoursData } from '../nodes/hours';

export const hoursView = defineNodeView<'hours', HoursData>({
  type: 'hours',
  title: 'Working hours',
  icon: 'clock',
  description: "Checks the number's working hours at the time of the call.",
  handles: () => [{ id: 'open', label: 'Open' }, { id: 'closed', label: 'Closed' }],
  summary: () => ["Uses the number's working hours"],
});
