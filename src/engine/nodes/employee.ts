import { Id, Rings } from '../schema/common';
import { defineNodeKind } from './kind';
import { base, employeeName, NO_ANSWER, rings, z } from './shared';
import { ringState } from '../compile/steps';

export const employee = defineNodeKind({
  type: 'employee',
  title: 'Employee',
  icon: 'user',
  description: 'Rings one employee.',
  data: z.object({ ...base, employeeId: Id.nullable().default(null), rings: Rings(4) }),
  handles: () => [NO_ANSWER],
  summary: (d, ws) => [employeeName(ws, d.employeeId), rings(d.rings)],
  // N7
  compile: (d, c) => ringState(c, { kind: 'employee', employeeId: d.employeeId }, d.rings, (o) => c.goto('noAnswer', o)),
});
