import { defineNodeView } from './kind';
import { employeeName, NO_ANSWER, rings } from './shared';
import type { EmployeeData } from '../nodes/employee';

export const employeeView = defineNodeView<'employee', EmployeeData>({
  type: 'employee',
  title: 'Employee',
  icon: 'user',
  description: 'Rings one employee.',
  handles: () => [NO_ANSWER],
  summary: (d, ws) => [employeeName(ws, d.employeeId), rings(d.rings)],
});
