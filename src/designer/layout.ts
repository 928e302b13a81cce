import { Workspace } from '../engine';
import type { Flow, FlowNode, Position } from '../engine';
import { nodeLayout } from './nodes/geometry';

const EMPTY_WORKSPACE = Workspace.parse({ name: '' });

/** Width and height of a node on the canvas, for layout. */
export type SizeOf = (node: FlowNode) => { width: number; height: number };

const defaultSize: SizeOf = (n) => nodeLayout(n, EMPTY_WORKSPACE);

/** True when some node has no position yet (a hand-written bundle may leave them out). */
export function needsLayout(flow: Flow): boolean {
  return flow.nodes.some((n) => !n.position);
}

/**
 * Positions for every node from ELK's layered algorithm, top to bottom. ELK (≈1.5 MB) is
 * loaded only when first asked for. Nodes with unknown ids in edges are ignored.
 */
export async function computeLayout(flow: Flow, sizeOf: SizeOf = defaultSize): Promise<Map<string, Position>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const ids = new Set(flow.nodes.map((n) => n.id));
  const graph = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.spacing.nodeNode': '60',
      'elk.layered.spacing.nodeNodeBetweenLayers': '80',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    },
    children: flow.nodes.map((n) => ({ id: n.id, ...sizeOf(n) })),
    edges: flow.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
  const out = new Map<string, Position>();
  for (const c of graph.children ?? []) out.set(c.id, { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) });
  return out;
}

/** The flow with every node placed by auto-layout (the toolbar's "Auto-layout"). */
export async function layoutFlow(flow: Flow, sizeOf?: SizeOf): Promise<Flow> {
  const at = await computeLayout(flow, sizeOf);
  return { nodes: flow.nodes.map((n) => withPosition(n, at.get(n.id))), edges: flow.edges };
}

/**
 * Places the nodes that have no position, leaving placed ones where they are: the whole flow
 * is laid out and the unplaced nodes take their spots, shifted below everything placed.
 * Returns `flow` itself when nothing is missing. For the store and import to call on load.
 */
export async function placeMissingNodes(flow: Flow, sizeOf?: SizeOf): Promise<Flow> {
  if (!needsLayout(flow)) return flow;
  const at = await computeLayout(flow, sizeOf);
  const placed = flow.nodes.filter((n) => n.position);
  const below = placed.length ? Math.max(...placed.map((n) => n.position!.y)) + 200 : 0;
  return {
    nodes: flow.nodes.map((n) => {
      if (n.position) return n;
      const p = at.get(n.id) ?? { x: 0, y: 0 };
      return { ...n, position: { x: p.x, y: p.y + below } };
    }),
    edges: flow.edges,
  };
}

/** Synchronous stand-in until ELK answers: unplaced nodes in a column to the right. */
export function fallbackPosition(index: number): Position {
  return { x: -400, y: index * 160 };
}

function withPosition(n: FlowNode, p: Position | undefined): FlowNode {
  if (!p || (n.position && n.position.x === p.x && n.position.y === p.y)) return n;
  return { ...n, position: p };
}
