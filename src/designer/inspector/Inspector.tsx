import '../designer.css';
import { memo, useMemo } from 'react';
import { nodeKind, unlabelledName } from '../../engine';
import type { Flow, FlowNode, Plan, Workspace } from '../../engine';
import { TextInput } from './fields';
import { KindFields } from './KindFields';
import { OutputsEditor } from './OutputsEditor';
import type { WorkspaceUpdate } from './QueueEditor';
import type { AudioFile } from './MelodyEditor';
import { useNodeData } from './useNodeData';
import type { EmitChange } from './useNodeData';
import { Icon } from '../../ui/Icon';

export interface InspectorProps {
  /** The selected node, or null when none (or several) is selected. */
  node: FlowNode | null;
  flow: Flow;
  workspace: Workspace;
  plan: Plan;
  numberId: string;
  /** Why the plan or connection does not allow this node's kind, if it does not. */
  locked?: string | null;
  emit: EmitChange;
  onWorkspaceChange: WorkspaceUpdate;
  /** Uploaded audio files a melody may use. */
  assets?: readonly AudioFile[];
  /** Focus left a field: the next edit starts a new undo step. */
  onFieldBlur?: () => void;
}

/**
 * The form of the selected node. Every field is checked by the kind's zod schema as it is
 * typed: an invalid value shows why and is not applied; a valid one is an undoable change.
 */
export const Inspector = memo(function Inspector(props: InspectorProps) {
  const { node } = props;
  return (
    <section className="cf-inspector" aria-labelledby="cf-inspector-title">
      {node ? <NodeForm key={node.id} {...props} node={node} /> : (
        <>
          <h2 id="cf-inspector-title">Inspector</h2>
          <p>Select one node to edit it.</p>
        </>
      )}
    </section>
  );
});

function NodeForm({ node, flow, workspace, plan, numberId, locked, emit, onWorkspaceChange, assets, onFieldBlur }: InspectorProps & { node: FlowNode }) {
  const editor = useNodeData(node, emit, assets);
  const def = nodeKind(node.type);
  const outgoing = useMemo(() => flow.edges.filter((e) => e.source === node.id), [flow.edges, node.id]);
  return (
    <form onSubmit={(e) => e.preventDefault()} onBlur={onFieldBlur} aria-labelledby="cf-inspector-title">
      {/* An unlabelled node goes by its id, as the "goes to" lists and the issues name it. */}
      <h2 id="cf-inspector-title">{node.data.label ? `${def?.title ?? node.type}: ${node.data.label}` : unlabelledName(node)}</h2>
      {def && <p className="cf-inspector__about">{def.description}</p>}
      {locked && <p className="cf-inspector__locked" role="note"><Icon name="lock" size={14} /> {locked}</p>}
      <TextInput label="Label" value={node.data.label ?? ''} check={editor.check(['label'])}
        onCommit={(v) => editor.commit(['label'], v === '' ? undefined : v)} placeholder={def?.title} />
      <KindFields node={node} editor={editor} workspace={workspace} plan={plan} numberId={numberId} onWorkspaceChange={onWorkspaceChange} edges={outgoing} />
      <OutputsEditor node={node} flow={flow} emit={emit} />
    </form>
  );
}
