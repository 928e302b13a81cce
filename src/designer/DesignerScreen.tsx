import './designer.css';
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatPhone } from '../engine';
import type { FlowIssue, PhoneNumber, Project, Workspace } from '../engine';
import type { StoreSnapshot } from '../store';
import { useProjectSelector } from '../store/react';
import { Loading } from '../ui/Loading';
import { FlowCanvas } from './FlowCanvas';
import { Inspector } from './inspector/Inspector';
import { nodeDisplayName } from './nodeName';
import type { WorkspaceUpdate } from './inspector/QueueEditor';
import type { EmitChange } from './inspector/useNodeData';
import { IssuesPanel } from './IssuesPanel';
import { NodeFinder } from './NodeFinder';
import type { FlowHighlight } from './nodes/types';
import { Palette } from './Palette';
import { lockedReasonFor, paletteItems } from './palette';
import { DesignerToolbar } from './DesignerToolbar';
import { RevisionsPanel } from './RevisionsPanel';
import { useRevisions } from './useRevisions';
import { EMPTY_SELECTION, pruneSelection } from './selection';
import type { Selection } from './selection';
import { hasClipboard, useDesignerCommands } from './useDesignerCommands';
import { useFlowEditor } from './useFlowEditor';
import { useNumberIssues } from './useNumberIssues';
import { useShortcuts } from './useShortcuts';
import { MINIMAP_NODE_LIMIT, simulatorFits } from './screenLayout';
import { anchoredViewport, canvasHandoff, endPreview } from './handoff';
import { useFrame } from './useFrame';
import { usePlaceMissingNodes } from './usePlaceMissingNodes';
import { SkipLink } from '../ui/SkipLink';
import { useAnnouncement } from '../ui/announcer';

const NO_ISSUES: readonly FlowIssue[] = [];

export interface DesignerScreenProps {
  numberId: string;
  /** The simulator's live call: the node it is in, the edges it took, who is ringing. */
  highlight?: FlowHighlight;
  /** Sits beside the canvas (the simulator). */
  aside?: ReactNode;
}


const selectProject = (s: StoreSnapshot) => s.project;
const selectWorkspace = (s: StoreSnapshot) => s.project?.workspace;
const selectAssets = (s: StoreSnapshot) => s.assets;

/** The designer of one number's call flow: palette, canvas, inspector, issues and revisions. */
export function DesignerScreen(props: DesignerScreenProps) {
  return (
    <ReactFlowProvider>
      <Designer {...props} />
    </ReactFlowProvider>
  );
}

function Designer({ numberId, highlight, aside }: DesignerScreenProps) {
  const selectNumber = useCallback((s: StoreSnapshot) => s.project?.numbers.find((n) => n.id === numberId), [numberId]);
  const number = useProjectSelector(selectNumber);
  const workspace = useProjectSelector(selectWorkspace);
  const project = useProjectSelector(selectProject);
  if (!project) return <Loading label="Loading the flow…" />;
  if (!number || !workspace) return <NoSuchNumber numberId={numberId} />;
  return <DesignerBody key={numberId} number={number} workspace={workspace} project={project} highlight={highlight} aside={aside} />;
}

function NoSuchNumber({ numberId }: { numberId: string }) {
  // A canvas preview of it (handoff.ts), if any, has nothing to wait for.
  useEffect(endPreview, []);
  return (
    <div className="cf-designer__missing" role="alert">
      <p>There is no number with id “{numberId}” in this workspace.</p>
      <Link to="/">Back to the numbers</Link>
    </div>
  );
}

interface BodyProps {
  number: PhoneNumber;
  workspace: Workspace;
  project: Project;
  highlight?: FlowHighlight;
  aside?: ReactNode;
}

function DesignerBody({ number, workspace, project, highlight, aside }: BodyProps) {
  const flow = number.flow;
  const root = useRef<HTMLElement>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const finder = useRef<HTMLInputElement>(null);
  // The canvas mounts once its place is known, on its first view — or on the view the canvas
  // preview showed (handoff.ts), so that nothing moves when the designer replaces it.
  const frame = useFrame(canvas);
  const [handed] = useState(() => canvasHandoff(number.id));
  const startView = useMemo(() => (handed && frame ? anchoredViewport(handed, frame) : null), [handed, frame]);
  const [chosen, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const selection = useMemo(() => pruneSelection(chosen, flow), [chosen, flow]);
  useEffect(() => {
    if (selection !== chosen) setSelection(selection);
  }, [selection, chosen]);
  // The overview map costs a redraw of every node per drag frame: off by default on big flows.
  const [minimap, setMinimap] = useState(() => flow.nodes.length <= MINIMAP_NODE_LIMIT);
  // On a narrow window the simulator column would leave the canvas too small to read: it starts hidden there.
  const [simulatorShown, setSimulatorShown] = useState(simulatorFits);
  const asideId = useId();
  const sideId = useId();
  const simulatorToggle = useMemo(() => (aside ? { shown: simulatorShown, controls: asideId, onToggle: setSimulatorShown } : null), [aside, simulatorShown, asideId]);
  const { editor, canUndo, canRedo } = useFlowEditor(number.id);
  const [announcement, announce] = useAnnouncement();
  const [canPaste, setCanPaste] = useState(hasClipboard);
  const onCopied = useCallback(() => setCanPaste(true), []);
  const commands = useDesignerCommands({ flow, selection, setSelection, editor, workspace, canvas, finder, announce, onCopied });
  useShortcuts(root, commands);

  const checked = useNumberIssues(project, number.id);
  const issues = checked ?? NO_ISSUES;
  const errorCount = useMemo(() => issues.filter((i) => i.severity === 'error').length, [issues]);

  const plan = workspace.plan;
  const lockedReason = useMemo(() => lockedReasonFor(plan, number.kind), [plan, number.kind]);
  const palette = useMemo(() => paletteItems(plan, number.kind, flow), [plan, number.kind, flow]);

  const placing = usePlaceMissingNodes(flow, editor, announce);

  const emit: EmitChange = useCallback((change, field) => void editor.dispatch(change, { field }), [editor]);
  // Queue groups edited from the inspector are undone with the flow's edits.
  const onWorkspaceChange: WorkspaceUpdate = useCallback((fn, field) => {
    editor.editWorkspace(fn, { field });
  }, [editor]);
  const onDropKind = useCallback((type: string, at: { x: number; y: number }) => commands.addNode(type, at), [commands]);
  const nodeName = useMemo(() => {
    const byId = new Map(flow.nodes.map((n) => [n.id, n]));
    return (id: string) => {
      const n = byId.get(id);
      return n ? nodeDisplayName(n) : undefined;
    };
  }, [flow.nodes]);

  const revisions = useRevisions(number, editor);
  const assets = useProjectSelector(selectAssets);
  const sealHistory = useCallback(() => editor.seal(), [editor]);
  const selectedId = selection.nodes.size === 1 ? selection.nodes.values().next().value ?? null : null;
  // Its "goes to" lists hold every node: on a big flow, build them after the click has landed, not during it.
  // Only which node is deferred: its data is always the latest, or a field being typed in would be
  // handed its previous text for a render and reset (the caret jumped to the end).
  const inspectedId = useDeferredValue(selectedId);
  const inspected = useMemo(() => (inspectedId === null ? null : flow.nodes.find((n) => n.id === inspectedId) ?? null), [flow.nodes, inspectedId]);

  return (
    <section className="cf-designer" ref={root} aria-labelledby="cf-designer-title">
      <DesignerToolbar
        title={(
          <>
            <h1 id="cf-designer-title" className="cf-designer__title">{number.name} <small>{formatPhone(number.number)}</small></h1>
            {/* Recording, hours, prefix, hold music…: the rest of what the number does, one step away. */}
            <Link className="cf-designer__settings" to={`/numbers/${encodeURIComponent(number.id)}/settings`} aria-label={`Settings for ${number.name}`}>Settings</Link>
          </>
        )}
        finder={<NodeFinder ref={finder} flow={flow} workspace={workspace} onPick={commands.goToNode} />}
        canUndo={canUndo}
        canRedo={canRedo}
        canPaste={canPaste}
        commands={commands}
        hasSelection={selection.edges.size > 0 || flow.nodes.some((n) => n.type !== 'incoming' && selection.nodes.has(n.id))}
        issues={checked}
        errorCount={errorCount}
        onPublish={revisions.publish}
        minimap={minimap}
        onToggleMinimap={setMinimap}
        placing={placing}
        simulator={simulatorToggle}
      />
      <div className="cf-designer__body">
        <Palette items={palette} onAdd={commands.addNode} />
        <p role="status" className="visually-hidden">{announcement}</p>
        <div className="cf-designer__canvas" ref={canvas}>
          {/* Tab goes through every node and connection in view before what follows the canvas. */}
          <SkipLink to={sideId}>Skip the canvas, to the inspector</SkipLink>
          {aside && simulatorShown && <SkipLink to={asideId}>Skip the canvas, to the simulator</SkipLink>}
          {frame !== undefined && (
            <FlowCanvas
              flow={flow}
              workspace={workspace}
              name={number.name}
              issues={issues}
              highlight={highlight}
              lockedReason={lockedReason}
              selection={selection}
              onSelectionChange={setSelection}
              onChange={editor.dispatch}
              onDropKind={onDropKind}
              minimap={minimap}
              frame={frame}
              startView={startView}
              onShown={endPreview}
              onSay={announce}
            />
          )}
        </div>
        <div className="cf-designer__side" id={sideId} tabIndex={-1}>
          <Inspector
            node={inspected}
            flow={flow}
            workspace={workspace}
            plan={plan}
            numberId={number.id}
            locked={inspected ? lockedReason(inspected.type) : null}
            emit={emit}
            onWorkspaceChange={onWorkspaceChange}
            assets={assets}
            onFieldBlur={sealHistory}
          />
          <IssuesPanel numberId={number.id} issues={checked} onShowIssue={commands.showIssue} nodeName={nodeName} />
          <RevisionsPanel revisions={revisions.list} draft={flow} settings={number.settings} onRestore={revisions.restore} />
        </div>
        {/* Hidden rather than unmounted, so that a call, its tab and explored paths are kept. */}
        {aside && <aside id={asideId} className="cf-designer__aside" aria-label="Simulator" hidden={!simulatorShown}>{aside}</aside>}
      </div>
    </section>
  );
}
