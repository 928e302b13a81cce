import { handlesOf } from '../engine/view';
import type { Flow, FlowEdge } from '../engine';

/** A wish to join `source`'s output `sourceHandle` to `target`. */
export interface Connection {
  source: string;
  sourceHandle: string;
  target: string;
}

/**
 * Why the connection is not allowed, or null when it is. Rules from the format: edges leave
 * only from a handle the source node has, nothing enters the `incoming` node, and both ends
 * exist. A handle that already has an edge is *not* a problem here: connecting it again
 * replaces the old edge (see `applyFlowChange`), which is what dragging a new wire means.
 */
export function connectionProblem(flow: Flow, c: Connection): string | null {
  let source: Flow['nodes'][number] | undefined;
  let target: Flow['nodes'][number] | undefined;
  for (const n of flow.nodes) {
    if (n.id === c.source) source = n;
    if (n.id === c.target) target = n;
  }
  if (!source) return `There is no node “${c.source}”.`;
  if (!target) return `There is no node “${c.target}”.`;
  if (target.type === 'incoming') return 'Nothing can lead into the inbound call node: every call starts there.';
  if (!handlesOf(source).some((h) => h.id === c.sourceHandle)) {
    return `This node has no output “${c.sourceHandle}”.`;
  }
  return null;
}

/** The edge leaving `source` by `sourceHandle`, if any (the first, should a bad bundle have two). */
export function edgeFrom(edges: readonly FlowEdge[], source: string, sourceHandle: string): FlowEdge | undefined {
  return edges.find((e) => e.source === source && e.sourceHandle === sourceHandle);
}
