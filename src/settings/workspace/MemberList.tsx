import { useId, useState } from 'react';
import type { Employee } from '../../engine';
import { useRefocus } from '../../ui/useRefocus';

interface Props {
  queueName: string;
  memberIds: readonly string[];
  employees: readonly Employee[];
  onChange: (ids: string[]) => void;
  /** Takes a member out with Undo (the workspace page); without it, `onChange` does. */
  onRemove?: (id: string, name: string) => void;
}

/** Moves the item at `from` to `to` (both indexes in the original list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  if (item === undefined) return out;
  out.splice(Math.max(0, Math.min(to, out.length)), 0, item);
  return out;
}

/** A queue group's members in ringing order: Move up / Move down buttons, drag and drop, remove, add. */
export function MemberList({ queueName, memberIds, employees, onChange, onRemove }: Props) {
  const selectId = useId();
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const name = (id: string) => employees.find((e) => e.id === id)?.name || `Removed employee (${id})`;
  const candidates = employees.filter((e) => !memberIds.includes(e.id));
  const [toAdd, setToAdd] = useState('');
  const addId = candidates.some((e) => e.id === toAdd) ? toAdd : (candidates[0]?.id ?? '');
  // A moved item loses focus in the browser, a removed one takes its button along: put it back.
  const focus = useRefocus<HTMLDivElement>();
  const move = (i: number, to: number) => {
    const n = name(memberIds[i]!);
    focus.after(to < i ? [`Move up ${n}`, `Move down ${n}`] : [`Move down ${n}`, `Move up ${n}`]);
    onChange(moveItem(memberIds, i, to));
  };
  const removeAt = (i: number) => {
    const near = [memberIds[i + 1], memberIds[i - 1]].filter((x) => x !== undefined).map((x) => `Remove ${name(x)} from ${queueName}`);
    focus.after([...near, 'Add member']);
    if (onRemove) onRemove(memberIds[i]!, name(memberIds[i]!));
    else onChange(memberIds.filter((_, k) => k !== i));
  };
  const drop = (to: number) => {
    if (dragging !== null && dragging !== to) onChange(moveItem(memberIds, dragging, to));
    setDragging(null);
    setOver(null);
  };
  return (
    <div className="members" ref={focus.container}>
      <h3>Members, in ringing order</h3>
      {memberIds.length === 0 ? <p>No members: calls to this group are not answered.</p> : (
        <ol className="member-list" aria-label={`Members of ${queueName}`}>
          {memberIds.map((id, i) => (
            <li
              key={id}
              draggable
              className={over === i ? 'drop-target' : undefined}
              onDragStart={(e) => { setDragging(i); e.dataTransfer?.setData('text/plain', id); }}
              onDragOver={(e) => { e.preventDefault(); setOver(i); }}
              onDragLeave={() => setOver((o) => (o === i ? null : o))}
              onDrop={(e) => { e.preventDefault(); drop(i); }}
              onDragEnd={() => { setDragging(null); setOver(null); }}
            >
              <span className="grip" aria-hidden="true">⠿</span>
              <span className="member-name">{i + 1}. {name(id)}</span>
              <span className="row-actions">
                <button type="button" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`Move up ${name(id)}`}>Move up</button>
                <button type="button" disabled={i === memberIds.length - 1} onClick={() => move(i, i + 1)} aria-label={`Move down ${name(id)}`}>Move down</button>
                <button type="button" onClick={() => removeAt(i)} aria-label={`Remove ${name(id)} from ${queueName}`}>Remove</button>
              </span>
            </li>
          ))}
        </ol>
      )}
      {candidates.length > 0 && (
        <div className="field-row">
          <div className="field">
            <label htmlFor={selectId}>Add a member to {queueName}</label>
            <select id={selectId} value={addId} onChange={(e) => setToAdd(e.target.value)}>
              {candidates.map((e) => <option key={e.id} value={e.id}>{e.name || e.id}</option>)}
            </select>
          </div>
          <button type="button" onClick={() => addId && onChange([...memberIds, addId])}>Add member</button>
        </div>
      )}
    </div>
  );
}
