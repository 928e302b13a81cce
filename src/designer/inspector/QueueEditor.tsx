import { useId } from 'react';
import { DISTRIBUTIONS, QueueGroup } from '../../engine';
import type { Plan, QueueGroup as QueueGroupT, Workspace } from '../../engine';
import { CheckboxField } from '../../ui/CheckboxField';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import type { Parsed } from '../../ui/TextField';
import { schemaMessage } from './fields';

const DISTRIBUTION_LABELS = { evenly: 'Evenly (round robin)', in_order: 'In order', all: 'All at once' } as const;
const ALL_NEEDS = 'Ringing all members at once needs the Project+ plan or higher.';

/** Workspace edits go through this: a function from the workspace to the next one. */
/** Changes the workspace; `field` names the field being typed in, so that its keystrokes make one undo step. */
export type WorkspaceUpdate = (fn: (ws: Workspace) => Workspace, field?: string) => void;

/**
 * Edits one queue group in place, in the workspace (it is shared by every number): name,
 * extension, members, distribution and rings (2–7). Each field is checked by the engine's
 * QueueGroup schema; extension format and uniqueness are left to validation, which explains.
 */
export function QueueEditor({ queue, workspace, plan, onWorkspaceChange }: { queue: QueueGroupT; workspace: Workspace; plan: Plan; onWorkspaceChange: WorkspaceUpdate }) {
  const id = useId();
  const apply = (patch: Partial<QueueGroupT>, field?: keyof QueueGroupT) =>
    onWorkspaceChange((ws) => ({ ...ws, queues: ws.queues.map((q) => (q.id === queue.id ? { ...q, ...patch } : q)) }), field && `queue:${queue.id}:${field}`);
  const check = <T,>(field: keyof QueueGroupT, value: T): Parsed<T> => {
    const r = QueueGroup.safeParse({ ...queue, [field]: value });
    return r.success ? { ok: true, value } : { ok: false, message: schemaMessage(r.error, [field]) };
  };
  const parseRings = (t: string): Parsed<number> => {
    const n = Number(t.trim());
    if (!t.trim() || !Number.isInteger(n)) return { ok: false, message: 'Enter a whole number of rings, 2 to 7.' };
    if (n < 2 || n > 7) return { ok: false, message: 'A queue rings each member 2 to 7 times.' };
    return check('rings', n);
  };
  const allLocked = plan === 'free';
  return (
    <fieldset className="cf-queue-editor" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`}>Queue group “{queue.name}”</legend>
      <TextField label="Queue name" value={queue.name} format={(v) => v} parse={(t) => check('name', t)} onCommit={(name) => apply({ name }, 'name')} />
      <TextField label="Queue extension" value={queue.extension ?? ''} format={(v) => v} parse={(t) => check('extension', t)}
        onCommit={(t) => apply({ extension: t.trim() ? t.trim() : null }, 'extension')} hint="1–4 digits; leave empty for none." inputMode="numeric" />
      <fieldset>
        <legend>Members</legend>
        {workspace.employees.length === 0 && <p>The workspace has no employees yet.</p>}
        {workspace.employees.map((e) => (
          <CheckboxField
            key={e.id}
            label={e.extension ? `${e.name} (${e.extension})` : e.name}
            checked={queue.memberIds.includes(e.id)}
            onChange={(on) => apply({ memberIds: on ? [...queue.memberIds, e.id] : queue.memberIds.filter((m) => m !== e.id) })}
          />
        ))}
      </fieldset>
      <SelectField
        label="Distribution"
        value={queue.distribution}
        options={DISTRIBUTIONS.map((d) => ({ value: d, label: DISTRIBUTION_LABELS[d], disabled: d === 'all' && allLocked && queue.distribution !== 'all' }))}
        onChange={(distribution) => apply({ distribution })}
        description={allLocked ? ALL_NEEDS : undefined}
      />
      <TextField label="Rings per member" value={queue.rings} format={String} parse={parseRings} onCommit={(rings) => apply({ rings }, 'rings')}
        inputMode="numeric" hint="One ring is 5 seconds." />
    </fieldset>
  );
}
