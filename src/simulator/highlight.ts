import type { Flow } from '../engine';

/**
 * The edges a call took: those it recorded (`edges`, which tell a menu's key from its timeout
 * when both lead to the same node), else, from the node ids it entered in order, each
 * consecutive pair's first edge.
 */
export function travelledEdges(flow: Flow, path: readonly string[], edges?: readonly string[]): string[] {
  if (edges?.length) return [...new Set(edges)].filter((id) => flow.edges.some((e) => e.id === id));
  const out = new Set<string>();
  for (let i = 1; i < path.length; i++) {
    const from = path[i - 1];
    const to = path[i];
    const edge = flow.edges.find((e) => e.source === from && e.target === to);
    if (edge) out.add(edge.id);
  }
  return [...out];
}

/**
 * The flow node a machine snapshot is in: the top-level state key, which the compiler names
 * after the node id ("@"-prefixed ids are escaped with one more "@"; its own states start with "@").
 */
export function activeNodeOf(value: unknown): string | null {
  const key = typeof value === 'string' ? value : value && typeof value === 'object' ? Object.keys(value)[0] : undefined;
  if (!key) return null;
  if (key.startsWith('@@')) return key.slice(1);
  return key.startsWith('@') ? null : key;
}
