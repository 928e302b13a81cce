import '@xyflow/react/dist/style.css';
import './designer.css';
import { ControlButton, Controls, MiniMap, ReactFlow, useReactFlow, useStore } from '@xyflow/react';
import type { Connection as RfConnection, EdgeChange, IsValidConnection, NodeChange, ReactFlowState, Viewport } from '@xyflow/react';
import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import type { Flow, FlowIssue, Position, Workspace } from '../engine';
import { connectionProblem } from './connections';
import type { FlowChange } from './flowChanges';
import { NODE_COMPONENTS } from './nodes/nodeTypes';
import type { CallEdge, CallNode, FlowHighlight } from './nodes/types';
import { createRfAdapter } from './rfAdapter';
import { fitAll, MIN_ZOOM } from './firstView';
import type { Frame } from './handoff';
import { applySelectChanges, EMPTY_SELECTION } from './selection';
import { useFirstView } from './useFirstView';
import { useFollowNode } from './useFollowNode';
import type { Selection } from './selection';

/** The drag-and-drop type the palette puts a node kind under. */
export const KIND_MIME = 'application/x-callflow-kind';

const SNAP: [number, number] = [10, 10];
// No <Background>: its full-pane SVG pattern halved drag and pan frame rates on 1,000 nodes.
const NO_DRAG = new Map<string, Position>();
const NO_NODES: CallNode[] = [];
const NO_EDGES: CallEdge[] = [];
const NEVER_LOCKED = () => null;
const MULTI_SELECT = ['Shift', 'Meta', 'Control'];
/** Smaller than React Flow's 200 × 150, which covered a third of a canvas narrowed by the side panels. */
const MINIMAP_SIZE = { width: 150, height: 100 };
/** The corner the overview map covers: its size and React Flow's 15 px panel margin. */
const MINIMAP_CORNER = { width: MINIMAP_SIZE.width + 15, height: MINIMAP_SIZE.height + 15 };
/** React Flow's own fit-view icon, for the button that replaces its fit (see firstView.ts `fitAll`). */
const FIT_VIEW_ICON = (
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden="true">
    <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
  </svg>
);

export interface FlowCanvasProps {
  flow: Flow;
  workspace: Workspace;
  /** The number's name, for the canvas's accessible label. */
  name: string;
  issues?: readonly FlowIssue[];
  highlight?: FlowHighlight;
  lockedReason?: (type: string) => string | null;
  selection?: Selection;
  onSelectionChange?: (selection: Selection) => void;
  /** Every edit; without it the canvas is read-only. */
  onChange?: (change: FlowChange) => void;
  /** A palette kind dropped at a flow position. */
  onDropKind?: (type: string, position: Position) => void;
  /** Show the overview map (default true). It redraws every node on each frame of a drag. */
  minimap?: boolean;
  /**
   * The canvas's place on screen, measured before it mounts: the first view is then set up
   * front, so React Flow never renders (and culls) the flow at another view first.
   */
  frame?: Frame | null;
  /** The view to open on instead of the first view (the preview's, see handoff.ts). */
  startView?: Viewport | null;
  /** Called once the canvas has its size, so that its nodes are on screen. */
  onShown?: () => void;
  /** Tells the user what a canvas control did that the view alone does not say (Fit View on a flow too large to show whole). */
  onSay?: (text: string) => void;
}

const paneSized = (s: ReactFlowState) => s.width > 0 && s.height > 0;

/**
 * The React Flow canvas of one flow. It owns nothing but the positions of nodes in mid-drag:
 * the flow, the selection and every edit come from and go to its parent as `FlowChange`s.
 * Must sit inside a ReactFlowProvider.
 */
export const FlowCanvas = memo(function FlowCanvas(props: FlowCanvasProps) {
  const { flow, workspace, issues, highlight, onChange, onDropKind } = props;
  const selection = props.selection ?? EMPTY_SELECTION;
  const lockedReason = props.lockedReason ?? NEVER_LOCKED;
  const readOnly = !onChange;
  const [adapter] = useState(createRfAdapter);
  const [dragging, setDragging] = useState<ReadonlyMap<string, Position>>(NO_DRAG);
  const { screenToFlowPosition } = useReactFlow();
  const wrapper = useRef<HTMLDivElement>(null);
  const rfId = `cf-flow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  const issuesByNode = useMemo(() => {
    const m = new Map<string, FlowIssue[]>();
    for (const i of issues ?? []) if (i.nodeId) m.set(i.nodeId, [...(m.get(i.nodeId) ?? []), i]);
    return m;
  }, [issues]);

  const nodes = useMemo(
    () => adapter.nodes({ rfId, flow, workspace, issuesByNode, selectedNodes: selection.nodes, selectedEdges: selection.edges, highlight, lockedReason, dragging }),
    [adapter, rfId, flow, workspace, issuesByNode, selection, highlight, lockedReason, dragging],
  );
  const edges = useMemo(() => adapter.edges({ flow, selectedEdges: selection.edges, highlight }), [adapter, flow, selection, highlight]);

  // Handlers read the latest props through a ref so that their identity never changes:
  // React Flow re-renders less when its callbacks are stable.
  const latest = useRef({ flow, selection, onChange, onSelectionChange: props.onSelectionChange, onDropKind });
  useEffect(() => {
    latest.current = { flow, selection, onChange, onSelectionChange: props.onSelectionChange, onDropKind };
  });

  const onNodesChange = useCallback((changes: NodeChange<CallNode>[]) => {
    const { selection: sel, onSelectionChange, onChange: emit } = latest.current;
    const nextSel = applySelectChanges(sel, changes, []);
    if (nextSel !== sel) onSelectionChange?.(nextSel);
    const moving = new Map<string, Position>();
    const moves: { id: string; position: Position }[] = [];
    for (const c of changes) {
      if (c.type !== 'position' || !c.position) continue;
      if (c.dragging) moving.set(c.id, c.position);
      else moves.push({ id: c.id, position: c.position });
    }
    if (moving.size) setDragging((d) => new Map([...d, ...moving]));
    if (moves.length) {
      emit?.({ type: 'moveNodes', moves });
      setDragging(NO_DRAG);
    }
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const { selection: sel, onSelectionChange } = latest.current;
    const nextSel = applySelectChanges(sel, [], changes);
    if (nextSel !== sel) onSelectionChange?.(nextSel);
  }, []);

  const onConnect = useCallback((c: RfConnection) => {
    latest.current.onChange?.({ type: 'connect', source: c.source, sourceHandle: c.sourceHandle ?? 'next', target: c.target });
  }, []);

  const isValidConnection: IsValidConnection = useCallback(
    (c) => connectionProblem(latest.current.flow, { source: c.source, sourceHandle: c.sourceHandle ?? 'next', target: c.target }) === null,
    [],
  );

  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(KIND_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback((e: DragEvent) => {
    const type = e.dataTransfer.getData(KIND_MIME);
    if (!type) return;
    e.preventDefault();
    latest.current.onDropKind?.(type, screenToFlowPosition({ x: e.clientX, y: e.clientY }));
  }, [screenToFlowPosition]);

  const { initialViewport, startId, userMoved } = useFirstView(wrapper, flow, nodes, props.frame, props.startView);
  const sized = useStore(paneSized);
  const onShown = props.onShown;
  // A layout effect: a preview ended here goes in the same frame as these nodes appear (handoff.ts).
  useLayoutEffect(() => {
    if (sized) onShown?.();
  }, [sized, onShown]);
  // React Flow copies its props into its store one at a time on mount (its StoreUpdater), and each
  // copy re-runs its culling over every node and edge: 13 passes over the flow with this canvas's
  // props. The first commit hands it no flow, so those copies cost nothing; the flow follows in a
  // second commit, before anything is painted.
  const [primed, setPrimed] = useState(false);
  useLayoutEffect(() => setPrimed(true), []);
  const rf = useReactFlow();
  useFollowNode(highlight?.activeNodeId, wrapper, props.minimap !== false ? MINIMAP_CORNER : null);
  const onSay = props.onSay;
  const withMap = props.minimap !== false;
  const onFitView = useCallback(() => {
    if (fitAll(rf, wrapper.current, startId) === false) {
      onSay?.(`The flow is too large to show at once: the view shows its start at ${Math.round(MIN_ZOOM * 100)} %; use Find a node${withMap ? ' or the overview map' : ''}.`);
    }
  }, [rf, onSay, startId, withMap]);
  const onMoveStart = useCallback((event: unknown) => {
    if (event) userMoved.current = true;
  }, [userMoved]);

  return (
    <ReactFlow<CallNode>
      ref={wrapper}
      onMoveStart={onMoveStart}
      aria-label={`Call flow of ${props.name}`}
      id={rfId}
      nodes={primed ? nodes : NO_NODES}
      edges={primed ? edges : NO_EDGES}
      nodeTypes={NODE_COMPONENTS}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={onConnect}
      isValidConnection={isValidConnection}
      onDragOver={onDragOver}
      onDrop={onDrop}
      onlyRenderVisibleElements
      defaultViewport={initialViewport}
      snapToGrid
      snapGrid={SNAP}
      minZoom={MIN_ZOOM}
      deleteKeyCode={null}
      multiSelectionKeyCode={MULTI_SELECT}
      nodesDraggable={!readOnly}
      nodesConnectable={!readOnly}
      nodesFocusable
      edgesFocusable
    >
      {props.minimap !== false && <MiniMap pannable zoomable ariaLabel="Overview of the flow" style={MINIMAP_SIZE} />}
      <Controls showInteractive={false} showFitView={false}>
        <ControlButton className="react-flow__controls-fitview" onClick={onFitView} title="Fit View" aria-label="Fit View">
          {FIT_VIEW_ICON}
        </ControlButton>
      </Controls>
    </ReactFlow>
  );
});
