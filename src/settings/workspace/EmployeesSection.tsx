import { useState } from 'react';
import type { Employee, FlowIssue, Project, Workspace } from '../../engine';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { SettingsSection } from '../SettingsSection';
import { EmployeeRow } from './EmployeeRow';
import type { WorkspaceChange } from './GeneralSection';
import { newId } from './ids';
import { describeUses, employeeUses } from './usages';

/** Removes an employee and what only makes sense with them: queue membership and CRM responsibility. */
export function withoutEmployee(ws: Workspace, id: string): Workspace {
  return {
    ...ws,
    employees: ws.employees.filter((e) => e.id !== id),
    queues: ws.queues.map((q) => (q.memberIds.includes(id) ? { ...q, memberIds: q.memberIds.filter((m) => m !== id) } : q)),
    crm: { ...ws.crm, records: ws.crm.records.map((r) => (r.responsibleId === id ? { ...r, responsibleId: null } : r)) },
  };
}

/** Employees: add, edit (name, extension, mobile, status) and remove, warning first when a flow uses them. */
export function EmployeesSection({ project, onChange, issues = [] }: { project: Project; onChange: WorkspaceChange; issues?: readonly FlowIssue[] }) {
  const ws = project.workspace;
  const [pending, setPending] = useState<Employee | null>(null);
  const remove = (e: Employee) => {
    if (employeeUses(project, e.id).length > 0) setPending(e);
    else onChange((w) => withoutEmployee(w, e.id));
  };
  const add = () => onChange((w) => ({
    ...w,
    employees: [...w.employees, { id: newId('u', w.employees.map((e) => e.id)), name: `New employee ${w.employees.length + 1}`, extension: null, mobile: null, status: 'working' }],
  }));
  const uses = pending ? describeUses(employeeUses(project, pending.id)) : [];
  return (
    <SettingsSection title="Employees">
      <table className="editable">
        <caption className="visually-hidden">Employees</caption>
        <thead>
          <tr><th scope="col">Name</th><th scope="col">Extension</th><th scope="col">Mobile</th><th scope="col">Status</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr>
        </thead>
        <tbody>
          {ws.employees.map((e, i) => (
            <EmployeeRow
              key={e.id}
              employee={e}
              index={i}
              workspace={ws}
              issues={issues}
              onChange={(fn) => onChange((w) => ({ ...w, employees: w.employees.map((x) => (x.id === e.id ? fn(x) : x)) }))}
              onRemove={() => remove(e)}
            />
          ))}
        </tbody>
      </table>
      <p className="field-hint">Extensions are 1–4 digits, unique across employees and queue groups. Mobiles are in international format.</p>
      {pending && (
        <ConfirmDialog
          title={`Remove ${pending.name || pending.id}?`}
          confirmLabel="Remove anyway"
          danger
          onCancel={() => setPending(null)}
          onConfirm={() => { onChange((w) => withoutEmployee(w, pending.id)); setPending(null); }}
          message={(
            <>
              <p>These call flows use {pending.name || pending.id}; after removal they show an error until you pick someone else:</p>
              <ul>{uses.map((u) => <li key={u}>{u}</li>)}</ul>
            </>
          )}
        />
      )}
      <button type="button" onClick={add}>Add employee</button>
    </SettingsSection>
  );
}
