import ELK from 'elkjs/lib/elk.bundled.js';

/** What ELK is asked to place: plain data, so that it crosses to the layout worker by structured clone. */
export interface LayoutGraph {
  nodes: { id: string; width: number; height: number }[];
  edges: { id: string; source: string; target: string }[];
}
/** A node's top-left corner as ELK placed it. */
export interface LaidOutNode {
  id: string;
  x: number;
  y: number;
}
/** The layout worker's one reply. */
export type LayoutReply = { nodes: LaidOutNode[] } | { error: string };

// Made once, when this module loads: constructing ELK loads its engine, which inside a worker
// also takes `self.onmessage` for itself; layout.worker.ts sets its own handler after this import.
const elk = new ELK();

/**
 * ELK's layered algorithm, top to bottom. It runs synchronously for seconds on a big flow
 * (4–7 s at 900 nodes), so the designer calls it in layout.worker.ts and here only where there
 * are no workers (jsdom). Edges whose ends are not nodes of the graph must be left out first.
 */
export async function runElk(graph: LayoutGraph): Promise<LaidOutNode[]> {
  const laid = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.spacing.nodeNode': '60',
      'elk.layered.spacing.nodeNodeBetweenLayers': '80',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    },
    children: graph.nodes,
    edges: graph.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
  return (laid.children ?? []).map((c) => ({ id: c.id, x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) }));
}
