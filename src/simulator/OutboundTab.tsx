import { useState } from 'react';
import { formatPhone, routeOutbound } from '../engine';
import type { Project } from '../engine';
import { OutboundPad } from './OutboundPad';

/** Outbound: what `routeOutbound` decides for an employee's dialed number. */
export function OutboundTab({ project }: { project: Project }) {
  const employees = project.workspace.employees;
  const [employeeId, setEmployeeId] = useState(employees[0]?.id ?? '');
  const [dialed, setDialed] = useState('');
  const route = dialed.trim() ? routeOutbound(project, employeeId, dialed) : null;
  const numberName = (id: string) => {
    const n = project.numbers.find((x) => x.id === id);
    return n ? `${n.name} (${formatPhone(n.number)})` : id;
  };
  return (
    <OutboundPad
      employees={employees} employeeId={employeeId} onEmployee={setEmployeeId}
      dialed={dialed} onDialed={setDialed} route={route} numberName={numberName}
    />
  );
}
