import { useState } from 'react';
import type { Plan, Workspace } from '../../engine';
import { SelectField } from '../../ui/SelectField';
import { uniqueId } from '../ids';
import { QueueEditor } from './QueueEditor';
import type { WorkspaceUpdate } from './QueueEditor';
import type { NodeDataEditor } from './useNodeData';

/** Chooses the queue group a queue node rings, and edits or creates groups on the spot. */
export function QueuePicker({ editor, workspace, plan, onWorkspaceChange }: { editor: NodeDataEditor; workspace: Workspace; plan: Plan; onWorkspaceChange: WorkspaceUpdate }) {
  const [editing, setEditing] = useState(false);
  const queueId = (editor.data.queueId as string | null) ?? '';
  const queue = workspace.queues.find((q) => q.id === queueId);
  const options = [
    { value: '', label: 'None chosen' },
    ...workspace.queues.map((q) => ({ value: q.id, label: q.extension ? `${q.name} (${q.extension})` : q.name })),
    ...(queueId && !queue ? [{ value: queueId, label: `Missing queue ${queueId}` }] : []),
  ];
  const create = () => {
    const id = uniqueId('queue-', new Set(workspace.queues.map((q) => q.id)));
    onWorkspaceChange((ws) => ({
      ...ws,
      queues: [...ws.queues, { id, name: `Queue group ${ws.queues.length + 1}`, extension: null, memberIds: [], distribution: 'evenly', rings: 3 }],
    }));
    editor.commit(['queueId'], id);
    setEditing(true);
  };
  return (
    <div className="cf-queue-picker">
      <SelectField label="Queue group" value={queueId} options={options} onChange={(v) => editor.commit(['queueId'], v || null)} />
      <div className="cf-row">
        {queue && (
          <button type="button" aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
            {editing ? 'Done editing queue group' : 'Edit queue group'}
          </button>
        )}
        <button type="button" onClick={create}>New queue group</button>
      </div>
      {editing && queue && <QueueEditor queue={queue} workspace={workspace} plan={plan} onWorkspaceChange={onWorkspaceChange} />}
    </div>
  );
}
