import { useState } from 'react';
import type { Employee, FlowIssue, Project, Workspace } from '../../engine';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { SettingsSection } from '../SettingsSection';
import { useRefocus } from '../../ui/useRefocus';
import { EmployeeRow } from './EmployeeRow';
import type { WorkspaceChange } from './GeneralSection';
import { newId, newName } from './ids';
import type { WorkspaceRemoval } from './removal';
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

/** What else removing employee `id` changes: the queue groups they leave, the CRM records left with nobody responsible. */
export function removalEffects(ws: Workspace, id: string): { queues: string[]; records: string[] } {
  return {
    queues: ws.queues.filter((q) => q.memberIds.includes(id)).map((q) => q.name || q.id),
    records: ws.crm.records.filter((r) => r.responsibleId === id).map((r) => r.name || r.id),
  };
}

/**
 * Employees: add, edit (name, extension, mobile, status) and remove. Removing someone a flow
 * uses, a queue group rings or a CRM record names first says everything it will change.
 */
export function EmployeesSection({ project, onChange, onRemove, issues = [] }: { project: Project; onChange: WorkspaceChange; onRemove?: WorkspaceRemoval; issues?: readonly FlowIssue[] }) {
  const ws = project.workspace;
  const [pending, setPending] = useState<Employee | null>(null);
  const focus = useRefocus();
  const drop = (e: Employee) => {
    // Focus goes to the Remove button of the next employee (the previous one at the end), else Add.
    const i = ws.employees.findIndex((x) => x.id === e.id);
    const label = (x: Employee | undefined, at: number) => (x ? `Remove ${x.name.trim() || `employee ${at + 1}`}` : '');
    focus.after([label(ws.employees[i + 1], i), label(ws.employees[i - 1], i - 1), 'Add employee']);
    const fn = (w: Workspace) => withoutEmployee(w, e.id);
    if (onRemove) onRemove(`“${e.name.trim() || e.id}”`, fn);
    else onChange(fn);
  };
  const remove = (e: Employee) => {
    const effects = removalEffects(ws, e.id);
    if (employeeUses(project, e.id).length > 0 || effects.queues.length > 0 || effects.records.length > 0) setPending(e);
    else drop(e);
  };
  const add = () => {
    const name = newName('New employee', ws.employees.map((e) => e.name));
    // The new row appears at the end of the table, away from this button: put the cursor in its
    // Name, selected by that name (unique, so never another row's).
    focus.after([`Name of ${name}`]);
    onChange((w) => ({
      ...w,
      employees: [...w.employees, { id: newId('u', w.employees.map((e) => e.id)), name, extension: null, mobile: null, status: 'working' }],
    }));
  };
  const uses = pending ? describeUses(employeeUses(project, pending.id)) : [];
  const effects = pending ? removalEffects(ws, pending.id) : { queues: [], records: [] };
  const who = pending ? pending.name || pending.id : '';
  return (
    <SettingsSection id="workspace-employees" title="Employees" ref={focus.container}>
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
          title={`Remove ${who}?`}
          confirmLabel="Remove anyway"
          danger
          onCancel={() => setPending(null)}
          onConfirm={() => { drop(pending); setPending(null); }}
          message={(
            <>
              {uses.length > 0 && (
                <>
                  <p>These call flows use {who}; after removal they show an error until you pick someone else:</p>
                  <ul aria-label="Call flows that use them">{uses.map((u) => <li key={u}>{u}</li>)}</ul>
                </>
              )}
              {effects.queues.length > 0 && (
                <>
                  <p>{who} is taken out of these queue groups:</p>
                  <ul aria-label="Queue groups they leave">{effects.queues.map((q) => <li key={q}>{q}</li>)}</ul>
                </>
              )}
              {effects.records.length > 0 && (
                <>
                  <p>These CRM records are left with nobody responsible:</p>
                  <ul aria-label="CRM records left without a responsible person">{effects.records.map((r) => <li key={r}>{r}</li>)}</ul>
                </>
              )}
            </>
          )}
        />
      )}
      <button type="button" onClick={add}>Add employee</button>
    </SettingsSection>
  );
}
