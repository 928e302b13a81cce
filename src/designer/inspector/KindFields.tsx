import { Link } from 'react-router';
import { formatPhone } from '../../engine';
import type { FlowEdge, FlowNode, Plan, Workspace } from '../../engine';
import { CheckboxField } from '../../ui/CheckboxField';
import { SelectField } from '../../ui/SelectField';
import { NumberInput, PhoneInput } from './fields';
import { IvrOptionsEditor } from './IvrOptionsEditor';
import { MelodyEditor } from './MelodyEditor';
import type { WorkspaceUpdate } from './QueueEditor';
import { QueuePicker } from './QueuePicker';
import type { NodeDataEditor } from './useNodeData';

export interface KindFieldsProps {
  node: FlowNode;
  editor: NodeDataEditor;
  workspace: Workspace;
  plan: Plan;
  numberId: string;
  onWorkspaceChange: WorkspaceUpdate;
  /** The node's outgoing edges, so that a voice-menu option whose key changes keeps its connection. */
  edges?: readonly FlowEdge[];
}

/** "Anna Pham (101)": employees are listed with their extensions, as a PBX admin knows them. */
export function employeeOptions(ws: Workspace) {
  return ws.employees.map((e) => ({ value: e.id, label: e.extension ? `${e.name} (${e.extension})` : `${e.name} (no extension)` }));
}

/** The fields of one node kind's data; the label and outputs are common and drawn by the inspector. */
export function KindFields({ node, editor, workspace, plan, numberId, onWorkspaceChange, edges = [] }: KindFieldsProps) {
  const d = editor.data;
  const rings = (
    <NumberInput whole label="Rings" value={d.rings as number} check={editor.check(['rings'])} onCommit={(v) => editor.commit(['rings'], v)} hint="One ring is 5 seconds." />
  );
  const allowExtensions = (
    <CheckboxField label="Caller may dial an extension" checked={Boolean(d.allowExtensions)} onChange={(v) => editor.commit(['allowExtensions'], v)} />
  );
  switch (node.type) {
    case 'incoming':
      return <p>Every inbound call to this number starts here.</p>;
    case 'sipTo':
    case 'crmOwner':
      return rings;
    case 'hours':
      return <p>Uses this number's working hours. <Link to={`/numbers/${encodeURIComponent(numberId)}/settings#settings.hours`}>Edit working hours</Link></p>;
    case 'play':
      return (
        <>
          <MelodyEditor label="Melody" path={['melody']} editor={editor} />
          {allowExtensions}
          {node.data.allowExtensions && (
            <NumberInput label="Wait for digits (seconds)" value={node.data.digitWaitSeconds} check={editor.check(['digitWaitSeconds'])}
              onCommit={(v) => editor.commit(['digitWaitSeconds'], v)} />
          )}
        </>
      );
    case 'ivr':
      return (
        <>
          <MelodyEditor label="Prompt" path={['prompt']} editor={editor} />
          <IvrOptionsEditor editor={editor} edges={edges} />
          {allowExtensions}
          <NumberInput label="Timeout (seconds)" value={node.data.timeoutSeconds} check={editor.check(['timeoutSeconds'])} onCommit={(v) => editor.commit(['timeoutSeconds'], v)} />
          <NumberInput whole label="Retries" value={node.data.maxRetries} check={editor.check(['maxRetries'])} onCommit={(v) => editor.commit(['maxRetries'], v)} />
        </>
      );
    case 'queue':
      return <QueuePicker editor={editor} workspace={workspace} plan={plan} onWorkspaceChange={onWorkspaceChange} />;
    case 'employee':
      return (
        <>
          <SelectField label="Employee" value={node.data.employeeId ?? ''} options={[{ value: '', label: 'None chosen' }, ...employeeOptions(workspace)]}
            onChange={(v) => editor.commit(['employeeId'], v || null)} />
          {rings}
        </>
      );
    case 'mobile':
      return (
        <>
          <SelectField label="Whose mobile" value={node.data.target}
            options={[{ value: 'lastRung', label: 'The last person rung' }, ...employeeOptions(workspace).map((o) => ({ ...o, label: `${o.label}${mobileOf(workspace, o.value)}` }))]}
            onChange={(v) => editor.commit(['target'], v)} />
          {rings}
        </>
      );
    case 'forward':
      return (
        <>
          <PhoneInput label="External number" value={node.data.number} check={editor.check(['number'])} onCommit={(v) => editor.commit(['number'], v)}
            hint="In international format, starting with + and the country code." />
          {rings}
        </>
      );
    case 'voicemail':
      return (
        <>
          <SelectField label="Mailbox" value={node.data.mailbox ?? ''}
            options={[{ value: 'lastRung', label: 'The last person rung' }, { value: '', label: 'General mailbox' }, ...employeeOptions(workspace)]}
            onChange={(v) => editor.commit(['mailbox'], v || null)} />
          <MelodyEditor label="Greeting" path={['greeting']} editor={editor} optional />
        </>
      );
    case 'hangup':
      return <MelodyEditor label="Message" path={['message']} editor={editor} optional />;
  }
}

function mobileOf(ws: Workspace, id: string): string {
  const m = ws.employees.find((e) => e.id === id)?.mobile;
  return m ? ` — ${formatPhone(m)}` : ' — no mobile';
}
