import type { Flow, FlowEdge, FlowNode } from '../engine';
import type { FlowChange } from './flowChanges';
import { takenIds, uniqueId } from './ids';

/** What Copy keeps: some nodes and the edges that run between them. */
export interface Clip {
  nodes: readonly FlowNode[];
  edges: readonly FlowEdge[];
}

/** How far each paste moves the copies, so that they do not hide their originals. */
export const PASTE_OFFSET = 40;

/**
 * The selected nodes and the edges among them. The inbound call node is left out: a flow
 * has exactly one, so a copy of it could only be an error.
 */
export function copyNodes(flow: Flow, ids: ReadonlySet<string>): Clip {
  const nodes = flow.nodes.filter((n) => ids.has(n.id) && n.type !== 'incoming');
  const kept = new Set(nodes.map((n) => n.id));
  const edges = flow.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  return { nodes, edges };
}

/**
 * A paste change for `clip` into `flow`: every node and edge gets a fresh id, edges are
 * rewired to the copies, and positions move by `times` × PASTE_OFFSET.
 */
export function pasteChange(flow: Flow, clip: Clip, times = 1): Extract<FlowChange, { type: 'paste' }> {
  const taken = takenIds(flow);
  const idMap = new Map<string, string>();
  const shift = PASTE_OFFSET * times;
  const nodes = clip.nodes.map((n, i) => {
    const id = uniqueId(`${n.type}-`, taken);
    taken.add(id);
    idMap.set(n.id, id);
    const p = n.position ?? { x: i * 40, y: i * 40 };
    return { ...n, id, position: { x: p.x + shift, y: p.y + shift } } as FlowNode;
  });
  const edges = clip.edges.flatMap((e) => {
    const source = idMap.get(e.source);
    const target = idMap.get(e.target);
    if (!source || !target) return [];
    const id = uniqueId('e', taken);
    taken.add(id);
    return [{ ...e, id, source, target }];
  });
  return { type: 'paste', nodes, edges };
}
