import { Id, Rings } from '../schema/common';
import { defineNodeKind } from './kind';
import { base, z } from './shared';
import { ringState } from '../compile/steps';
import { employeeView } from '../views/employee';

const employeeData = z.object({ ...base, employeeId: Id.nullable().default(null), rings: Rings(4) });
export type EmployeeData = z.infer<typeof employeeData>;

export const employee = defineNodeKind({
  ...employeeView,
  data: employeeData,
  // N7
  compile: (d, c) => ringState(c, { kind: 'employee', employeeId: d.employeeId }, d.rings, (o) => c.goto('noAnswer', o)),
});
