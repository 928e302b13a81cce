import { Id, Rings } from '../schema/common';
import { defineNodeKind } from './kind';
import { base, employeeName, NO_ANSWER, rings, z } from './shared';
import { ringState } from '../compile/steps';

export const mobile = defineNodeKind({
  type: 'mobile',
  title: 'Mobile',
  icon: 'smartphone',
  description: "Forwards the call to an employee's mobile.",
  data: z.object({ ...base, target: Id.default('lastRung'), rings: Rings(6) }),
  handles: () => [NO_ANSWER],
  summary: (d, ws) => [d.target === 'lastRung' ? 'Mobile of the last person rung' : `Mobile of ${employeeName(ws, d.target)}`, rings(d.rings)],
  // N8: B6 does not apply to mobiles.
  compile: (d, c) => ringState(c, { kind: 'mobile', target: d.target }, d.rings, (o) => c.goto('noAnswer', o)),
});
