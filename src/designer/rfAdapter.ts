import { MarkerType } from '@xyflow/react';
import { handlesOf } from '../engine/view';
import type { Flow, FlowIssue, FlowNode, Position, Workspace } from '../engine';
import { fallbackPosition } from './layout';
import { nodeDisplayName } from './nodeName';
import { handleBoxes, nodeLayout } from './nodes/geometry';
import type { CallEdge, CallNode, FlowHighlight, NodeState } from './nodes/types';

/** Everything the canvas shows, besides the flow itself. */
export interface CanvasInput {
  /** The canvas's React Flow id, whose keyboard help every node keeps as a description. */
  rfId: string;
  flow: Flow;
  workspace: Workspace;
  issuesByNode: ReadonlyMap<string, readonly FlowIssue[]>;
  selectedNodes: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  highlight: FlowHighlight | undefined;
  lockedReason: (type: string) => string | null;
  /** Positions of nodes being dragged, not yet committed to the flow. */
  dragging: ReadonlyMap<string, Position>;
}

const NO_ISSUES: readonly FlowIssue[] = [];
const MARKER = { type: MarkerType.ArrowClosed, width: 16, height: 16 } as const;

interface EdgeEntry {
  src: Flow['edges'][number];
  selected: boolean;
  travelled: boolean;
  from: FlowNode | undefined;
  to: FlowNode | undefined;
  rf: CallEdge;
}

const nameOf = (n: FlowNode | undefined, id: string) => (n ? nodeDisplayName(n) : `missing node ${id}`);

/** "Connection from Main menu, 1 · Sales, to Sales team": what a screen reader says for an edge. */
function edgeName(e: Flow['edges'][number], from: FlowNode | undefined, to: FlowNode | undefined): string {
  const handle = (from ? handlesOf(from) : []).find((h) => h.id === e.sourceHandle)?.label ?? e.sourceHandle;
  return `Connection from ${nameOf(from, e.source)}, ${handle}, to ${nameOf(to, e.target)}`;
}

interface NodeEntry {
  src: FlowNode;
  workspace: Workspace;
  issuesKey: string;
  state: NodeState;
  stateText: string | null;
  locked: string | null;
  selected: boolean;
  position: Position;
  rf: CallNode;
}

/**
 * Turns flows into React Flow nodes and edges, remembering what it made: a node whose inputs
 * are unchanged comes back as the very same object, so React Flow and the memoised node
 * components skip it. Keep one per canvas (in a ref); each call is O(nodes + edges).
 */
export function createRfAdapter() {
  let nodeCache = new Map<string, NodeEntry>();
  let edgeCache = new Map<string, EdgeEntry>();

  function nodes(input: CanvasInput): CallNode[] {
    const next = new Map<string, NodeEntry>();
    const { highlight } = input;
    let unplaced = 0;
    const out = input.flow.nodes.map((src) => {
      const issues = input.issuesByNode.get(src.id) ?? NO_ISSUES;
      const issuesKey = issues.map((i) => `${i.severity}:${i.message}`).join('\n');
      const ringing = highlight?.ringing?.nodeId === src.id ? highlight.ringing : null;
      const state: NodeState = ringing ? 'ringing' : highlight?.activeNodeId === src.id ? 'active' : null;
      const stateText = ringing?.text ?? null;
      const locked = input.lockedReason(src.type);
      const selected = input.selectedNodes.has(src.id);
      const position = input.dragging.get(src.id) ?? src.position ?? fallbackPosition(unplaced++);
      const old = nodeCache.get(src.id);
      if (old && old.src === src && old.workspace === input.workspace && old.issuesKey === issuesKey && old.state === state
        && old.stateText === stateText && old.locked === locked && old.selected === selected
        && old.position.x === position.x && old.position.y === position.y) {
        next.set(src.id, old);
        return old.rf;
      }
      const layout = old && old.src === src && old.workspace === input.workspace ? old.rf.data.layout : nodeLayout(src, input.workspace);
      const title = nodeDisplayName(src);
      const issuesId = issues.length ? `${input.rfId}-issues-${src.id}` : null;
      const rf: CallNode = {
        id: src.id,
        type: src.type,
        position,
        selected,
        width: layout.width,
        height: layout.height,
        handles: handleBoxes(src, layout),
        ariaLabel: `${title}${issues.length ? `, ${issues.length} issue${issues.length === 1 ? '' : 's'}` : ''}`,
        ...(issuesId ? { domAttributes: { 'aria-describedby': `${issuesId} react-flow__node-desc-${input.rfId}` } } : {}),
        data: { node: src, layout, issues, issuesId, state, stateText, locked },
      };
      next.set(src.id, { src, workspace: input.workspace, issuesKey, state, stateText, locked, selected, position, rf });
      return rf;
    });
    nodeCache = next;
    return out;
  }

  function edges(input: Pick<CanvasInput, 'flow' | 'selectedEdges' | 'highlight'>): CallEdge[] {
    const next = new Map<string, EdgeEntry>();
    const byId = new Map(input.flow.nodes.map((n) => [n.id, n]));
    const travelledIds = new Set(input.highlight?.travelledEdgeIds ?? []);
    const out = input.flow.edges.map((src) => {
      const selected = input.selectedEdges.has(src.id);
      const travelled = travelledIds.has(src.id);
      const from = byId.get(src.source);
      const to = byId.get(src.target);
      const old = edgeCache.get(src.id);
      // The ends take part because the edge's accessible name uses their labels.
      if (old && old.src === src && old.selected === selected && old.travelled === travelled && old.from === from && old.to === to) {
        next.set(src.id, old);
        return old.rf;
      }
      const rf: CallEdge = {
        id: src.id,
        source: src.source,
        sourceHandle: src.sourceHandle,
        target: src.target,
        type: 'smoothstep',
        selected,
        markerEnd: MARKER,
        animated: travelled,
        ...(travelled ? { className: 'cf-edge--travelled' } : {}),
        ariaLabel: edgeName(src, from, to),
      };
      next.set(src.id, { src, selected, travelled, from, to, rf });
      return rf;
    });
    edgeCache = next;
    return out;
  }

  return { nodes, edges };
}
