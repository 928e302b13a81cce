import type { Employee } from '../../engine';

interface Props {
  employees: readonly Employee[];
  allowed: readonly string[];
  onChange: (ids: string[]) => void;
}

/** A checkbox per employee; none ticked means everyone may call through the number (O2). */
export function AllowedEmployees({ employees, allowed, onChange }: Props) {
  const set = new Set(allowed);
  const missing = allowed.filter((id) => !employees.some((e) => e.id === id));
  const toggle = (id: string, on: boolean) => {
    // Keep the workspace's order so the saved list does not depend on click order.
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    onChange([...employees.map((e) => e.id).filter((x) => next.has(x)), ...missing.filter((x) => next.has(x))]);
  };
  return (
    <fieldset className="checkbox-list">
      <legend>Employees allowed to call through this number</legend>
      <p className="field-hint">{allowed.length === 0 ? 'None ticked: every employee may.' : `${allowed.length} allowed.`}</p>
      {employees.map((e) => (
        <label key={e.id} className="checkbox">
          <input type="checkbox" checked={set.has(e.id)} onChange={(ev) => toggle(e.id, ev.target.checked)} />
          <span>{e.name || e.id}{e.extension ? ` (${e.extension})` : ''}</span>
        </label>
      ))}
      {missing.map((id) => (
        <label key={id} className="checkbox">
          <input type="checkbox" checked onChange={(ev) => toggle(id, ev.target.checked)} />
          <span>Removed employee ({id})</span>
        </label>
      ))}
    </fieldset>
  );
}
