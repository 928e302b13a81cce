import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { Flow } from '../engine';

/** Which nodes and edges are selected on the canvas. Not saved: it belongs to this screen. */
export interface Selection {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export const EMPTY_SELECTION: Selection = { nodes: new Set(), edges: new Set() };

/** Selects exactly these nodes. */
export const selectNodes = (ids: Iterable<string>): Selection => ({ nodes: new Set(ids), edges: new Set() });

/**
 * The selection without the nodes and edges the flow no longer has (an undone add or paste, an
 * edit in another tab); `sel` itself when it has none. A gone node left selected made the
 * inspector, which edits exactly one node, show nothing for the next one clicked.
 */
export function pruneSelection(sel: Selection, flow: Flow): Selection {
  if (sel.nodes.size === 0 && sel.edges.size === 0) return sel;
  const nodeIds = new Set(flow.nodes.map((n) => n.id));
  const edgeIds = new Set(flow.edges.map((e) => e.id));
  const nodes = [...sel.nodes].every((id) => nodeIds.has(id)) ? sel.nodes : new Set([...sel.nodes].filter((id) => nodeIds.has(id)));
  const edges = [...sel.edges].every((id) => edgeIds.has(id)) ? sel.edges : new Set([...sel.edges].filter((id) => edgeIds.has(id)));
  return nodes === sel.nodes && edges === sel.edges ? sel : { nodes, edges };
}

/** Applies React Flow's select changes; returns `sel` itself when they change nothing. */
export function applySelectChanges(sel: Selection, nodeChanges: readonly NodeChange[], edgeChanges: readonly EdgeChange[]): Selection {
  const nodes = toggle(sel.nodes, nodeChanges);
  const edges = toggle(sel.edges, edgeChanges);
  return nodes === sel.nodes && edges === sel.edges ? sel : { nodes, edges };
}

function toggle(ids: ReadonlySet<string>, changes: readonly (NodeChange | EdgeChange)[]): ReadonlySet<string> {
  let next: Set<string> | null = null;
  for (const c of changes) {
    if (c.type !== 'select' || ids.has(c.id) === c.selected) continue;
    next ??= new Set(ids);
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  return next ?? ids;
}
