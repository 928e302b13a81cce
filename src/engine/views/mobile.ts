import { defineNodeView } from './kind';
import { employeeName, NO_ANSWER, rings } from './shared';
import type { MobileData } from '../nodes/mobile';

export const mobileView = defineNodeView<'mobile', MobileData>({
  type: 'mobile',
  title: 'Mobile',
  icon: 'smartphone',
  description: "Forwards the call to an employee's mobile.",
  handles: () => [NO_ANSWER],
  summary: (d, ws) => [d.target === 'lastRung' ? 'Mobile of the last person rung' : `Mobile of ${employeeName(ws, d.target)}`, rings(d.rings)],
});
