import type { EdgeChange, NodeChange } from '@xyflow/react';

/** Which nodes and edges are selected on the canvas. Not saved: it belongs to this screen. */
export interface Selection {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export const EMPTY_SELECTION: Selection = { nodes: new Set(), edges: new Set() };

/** Selects exactly these nodes. */
export const selectNodes = (ids: Iterable<string>): Selection => ({ nodes: new Set(ids), edges: new Set() });

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
