import { handlesOf } from '../engine';
import type { Flow, FlowEdge, FlowNode, Position } from '../engine';
import { connectionProblem } from './connections';
import type { Connection } from './connections';
import { takenIds, uniqueId } from './ids';

/**
 * Every edit the designer makes to a flow. The canvas, the inspector, the keyboard and the
 * revisions panel all speak this one language, so one reducer, one undo history and one
 * set of tests cover them all.
 */
export type FlowChange =
  | { type: 'addNode'; node: FlowNode }
  /** Removes the nodes and every edge into or out of them. */
  | { type: 'removeNodes'; ids: readonly string[] }
  | { type: 'moveNodes'; moves: readonly { id: string; position: Position }[] }
  /**
   * Replaces a node's data (already checked against its kind's schema by the caller). Edges
   * leaving by a handle the new data no longer has are removed; `moveEdges` first moves edges
   * (by id) to another handle of the node (an IVR option whose digit changed).
   */
  | { type: 'updateNodeData'; id: string; data: FlowNode['data']; moveEdges?: Readonly<Record<string, string>> }
  /** Joins a handle to a node. A handle that already has an edge has it replaced. */
  | ({ type: 'connect'; id?: string } & Connection)
  /** Removes the edge leaving by that handle, if any. */
  | { type: 'disconnect'; source: string; sourceHandle: string }
  | { type: 'removeEdges'; ids: readonly string[] }
  /** Adds nodes and edges whose ids are already fresh (see `clipboard.ts`). */
  | { type: 'paste'; nodes: readonly FlowNode[]; edges: readonly FlowEdge[] }
  /** Replaces the whole flow: restoring a revision, auto-layout. */
  | { type: 'replaceFlow'; flow: Flow; reason: 'restore' | 'layout' | 'import' }
  /** Several changes as one undo step (Delete of nodes and edges together, Cut). */
  | { type: 'batch'; changes: readonly FlowChange[] };

/**
 * Applies one change to a flow, purely. Unchanged nodes and edges keep their identity, so
 * memoised node components do not re-render; a change that changes nothing (or is not
 * allowed, like an edge into the inbound call node) returns `flow` itself.
 */
export function applyFlowChange(flow: Flow, change: FlowChange): Flow {
  switch (change.type) {
    case 'addNode':
      if (flow.nodes.some((n) => n.id === change.node.id)) return flow;
      return { nodes: [...flow.nodes, change.node], edges: flow.edges };
    case 'removeNodes':
      return removeNodes(flow, new Set(change.ids));
    case 'moveNodes':
      return moveNodes(flow, change.moves);
    case 'updateNodeData':
      return updateNodeData(flow, change);
    case 'connect':
      return connect(flow, change);
    case 'disconnect': {
      const edges = flow.edges.filter((e) => !(e.source === change.source && e.sourceHandle === change.sourceHandle));
      return edges.length === flow.edges.length ? flow : { nodes: flow.nodes, edges };
    }
    case 'removeEdges': {
      const ids = new Set(change.ids);
      const edges = flow.edges.filter((e) => !ids.has(e.id));
      return edges.length === flow.edges.length ? flow : { nodes: flow.nodes, edges };
    }
    case 'paste':
      return paste(flow, change.nodes, change.edges);
    case 'replaceFlow':
      return change.flow;
    case 'batch':
      return change.changes.reduce(applyFlowChange, flow);
  }
}

function removeNodes(flow: Flow, ids: ReadonlySet<string>): Flow {
  const nodes = flow.nodes.filter((n) => !ids.has(n.id));
  if (nodes.length === flow.nodes.length) return flow;
  const edges = flow.edges.filter((e) => !ids.has(e.source) && !ids.has(e.target));
  return { nodes, edges: edges.length === flow.edges.length ? flow.edges : edges };
}

function moveNodes(flow: Flow, moves: readonly { id: string; position: Position }[]): Flow {
  const to = new Map(moves.map((m) => [m.id, m.position]));
  let changed = false;
  const nodes = flow.nodes.map((n) => {
    const p = to.get(n.id);
    if (!p || (n.position && n.position.x === p.x && n.position.y === p.y)) return n;
    changed = true;
    return { ...n, position: { x: p.x, y: p.y } };
  });
  return changed ? { nodes, edges: flow.edges } : flow;
}

function updateNodeData(flow: Flow, change: Extract<FlowChange, { type: 'updateNodeData' }>): Flow {
  const index = flow.nodes.findIndex((n) => n.id === change.id);
  const old = flow.nodes[index];
  if (!old || old.data === change.data) return flow;
  const node = { ...old, data: change.data } as FlowNode;
  const nodes = flow.nodes.slice();
  nodes[index] = node;
  const kept = new Set(handlesOf(node).map((h) => h.id));
  const moves = change.moveEdges ?? {};
  let edgesChanged = false;
  const edges: FlowEdge[] = [];
  for (const e of flow.edges) {
    if (e.source !== node.id) {
      edges.push(e);
      continue;
    }
    const handle = moves[e.id] ?? e.sourceHandle;
    // A handle the node no longer has would only dangle; validation would call it invalid.
    if (!kept.has(handle)) {
      edgesChanged = true;
      continue;
    }
    if (handle !== e.sourceHandle) edgesChanged = true;
    edges.push(handle === e.sourceHandle ? e : { ...e, sourceHandle: handle });
  }
  return { nodes, edges: edgesChanged ? edges : flow.edges };
}

function connect(flow: Flow, c: Extract<FlowChange, { type: 'connect' }>): Flow {
  if (connectionProblem(flow, c)) return flow;
  const existing = flow.edges.filter((e) => e.source === c.source && e.sourceHandle === c.sourceHandle);
  if (existing.length === 1 && existing[0]?.target === c.target) return flow;
  const id = c.id ?? uniqueId('e', takenIds(flow));
  const edge: FlowEdge = { id, source: c.source, sourceHandle: c.sourceHandle, target: c.target };
  const rest = existing.length ? flow.edges.filter((e) => !existing.includes(e)) : flow.edges;
  return { nodes: flow.nodes, edges: [...rest, edge] };
}

function paste(flow: Flow, nodes: readonly FlowNode[], edges: readonly FlowEdge[]): Flow {
  if (!nodes.length && !edges.length) return flow;
  const taken = takenIds(flow);
  // Ids must be fresh; a clash would silently merge two nodes.
  const freshNodes = nodes.filter((n) => !taken.has(n.id));
  const ids = new Set([...flow.nodes.map((n) => n.id), ...freshNodes.map((n) => n.id)]);
  const freshEdges = edges.filter((e) => !taken.has(e.id) && ids.has(e.source) && ids.has(e.target));
  return { nodes: [...flow.nodes, ...freshNodes], edges: [...flow.edges, ...freshEdges] };
}

/**
 * A key under which consecutive changes merge into one undo step: typing into one field of
 * one node, or nudging the same selection with the arrow keys. Undefined: never merged.
 */
export function coalesceKey(change: FlowChange, field?: string): string | undefined {
  if (change.type === 'updateNodeData' && field) return `data:${change.id}:${field}`;
  // Stepping through a "goes to" select with the arrow keys rewires at each step: one undo step until it loses focus.
  if ((change.type === 'connect' || change.type === 'disconnect') && field) return `wire:${change.source}:${change.sourceHandle}`;
  return undefined;
}
