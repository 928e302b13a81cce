import { useId } from 'react';
import { DISTRIBUTIONS, RING_SECONDS } from '../../engine';
import type { Plan, QueueGroup as QueueGroupT, Workspace } from '../../engine';
import { DISTRIBUTION_LABELS, parseExtension, parseName, QUEUE_RINGS } from '../../settings/workspace/fields';
import { CheckboxField } from '../../ui/CheckboxField';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';

const ALL_NEEDS = 'Ringing all members at once needs the Project+ plan or higher.';

/** Workspace edits go through this: a function from the workspace to the next one. */
/** Changes the workspace; `field` names the field being typed in, so that its keystrokes make one undo step. */
export type WorkspaceUpdate = (fn: (ws: Workspace) => Workspace, field?: string) => void;

/**
 * Edits one queue group in place, in the workspace (it is shared by every number): name,
 * extension, members, distribution and rings (2–7). Name and extension are checked as the
 * workspace page checks them (an extension no employee or other group has), since a bad one
 * would be an error on every number that rings the group.
 */
export function QueueEditor({ queue, workspace, plan, onWorkspaceChange }: { queue: QueueGroupT; workspace: Workspace; plan: Plan; onWorkspaceChange: WorkspaceUpdate }) {
  const id = useId();
  const apply = (patch: Partial<QueueGroupT>, field?: keyof QueueGroupT) =>
    onWorkspaceChange((ws) => ({ ...ws, queues: ws.queues.map((q) => (q.id === queue.id ? { ...q, ...patch } : q)) }), field && `queue:${queue.id}:${field}`);
  const allLocked = plan === 'free';
  return (
    <fieldset className="cf-queue-editor" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`}>Queue group “{queue.name}”</legend>
      <TextField label="Queue name" value={queue.name} format={(v) => v} parse={(t) => parseName(t, 'The queue name')} onCommit={(name) => apply({ name }, 'name')} />
      <TextField label="Queue extension" value={queue.extension ?? null} format={(v) => v ?? ''} parse={(t) => parseExtension(workspace, queue.id, t)}
        onCommit={(extension) => apply({ extension }, 'extension')} hint="1–4 digits; leave empty for none." inputMode="numeric" />
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
      <SelectField label="Rings per member" value={String(queue.rings)} options={QUEUE_RINGS.map((r) => ({ value: String(r), label: `${r} rings = ${r * RING_SECONDS} s` }))}
        onChange={(v) => apply({ rings: Number(v) })} />
    </fieldset>
  );
}
