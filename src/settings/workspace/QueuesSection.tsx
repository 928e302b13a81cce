import { useState } from 'react';
import type { FlowIssue, Project, QueueGroup, Workspace } from '../../engine';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { SettingsSection } from '../SettingsSection';
import { useRefocus } from '../../ui/useRefocus';
import type { WorkspaceChange } from './GeneralSection';
import { newId, newName } from './ids';
import { QueueCard } from './QueueCard';
import type { WorkspaceRemoval } from './removal';
import { describeUses, queueUses } from './usages';

/** Queue groups: add, edit and delete, warning first when a flow rings the group. */
export function QueuesSection({ project, onChange, onRemove, issues = [] }: { project: Project; onChange: WorkspaceChange; onRemove?: WorkspaceRemoval; issues?: readonly FlowIssue[] }) {
  const ws = project.workspace;
  const [pending, setPending] = useState<QueueGroup | null>(null);
  const focus = useRefocus();
  const drop = (q: QueueGroup) => {
    const i = ws.queues.findIndex((x) => x.id === q.id);
    const label = (x: QueueGroup | undefined) => (x ? `Delete queue group ${x.name.trim() || x.id}` : '');
    focus.after([label(ws.queues[i + 1]), label(ws.queues[i - 1]), 'Add queue group']);
    const fn = (w: Workspace) => {
      const queueCursor = { ...w.usage.queueCursor };
      delete queueCursor[q.id];
      return { ...w, queues: w.queues.filter((x) => x.id !== q.id), usage: { ...w.usage, queueCursor } };
    };
    if (onRemove) onRemove(`queue group “${q.name.trim() || q.id}”`, fn);
    else onChange(fn);
  };
  const remove = (q: QueueGroup) => (queueUses(project, q.id).length > 0 ? setPending(q) : drop(q));
  const add = () => {
    const name = newName('Queue group', ws.queues.map((q) => q.name));
    // The new card appears below the others: put the cursor in its Name, ready to type.
    focus.after([`Name of queue group ${name}`]);
    onChange((w) => ({
      ...w,
      queues: [...w.queues, { id: newId('q', w.queues.map((q) => q.id)), name, extension: null, memberIds: [], distribution: 'evenly', rings: 3 }],
    }));
  };
  return (
    <SettingsSection ref={focus.container} id="workspace-queues" title="Queue groups" intro="A queue group rings its members; one ring is 5 seconds.">
      <div className="card-grid">
        {ws.queues.map((q) => (
          <QueueCard
            key={q.id}
            queue={q}
            workspace={ws}
            issues={issues}
            onChange={(fn) => onChange((w) => ({ ...w, queues: w.queues.map((x) => (x.id === q.id ? fn(x) : x)) }))}
            onRemove={() => remove(q)}
            onRemoveMember={onRemove && ((id, who) => onRemove(`${who} from ${q.name.trim() || q.id}`, (w) => ({
              ...w, queues: w.queues.map((x) => (x.id === q.id ? { ...x, memberIds: x.memberIds.filter((m) => m !== id) } : x)),
            })))}
          />
        ))}
      </div>
      {pending && (
        <ConfirmDialog
          title={`Delete queue group ${pending.name || pending.id}?`}
          confirmLabel="Delete anyway"
          danger
          onCancel={() => setPending(null)}
          onConfirm={() => { drop(pending); setPending(null); }}
          message={(
            <>
              <p>These call flows ring this group; after deletion they show an error until you pick another group:</p>
              <ul>{describeUses(queueUses(project, pending.id)).map((u) => <li key={u}>{u}</li>)}</ul>
            </>
          )}
        />
      )}
      <button type="button" onClick={add}>Add queue group</button>
    </SettingsSection>
  );
}
