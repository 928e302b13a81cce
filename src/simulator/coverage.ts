import { handlesOf } from '../engine';
import type { CallResult, PhoneNumber } from '../engine';

/** What a set of calls reached of a flow: node ids and `nodeId/handle` keys, and what they never did. */
export interface Coverage {
  nodes: { reached: string[]; missed: string[] };
  handles: { reached: string[]; missed: string[] };
}

export const handleKey = (nodeId: string, handle: string) => `${nodeId}/${handle}`;

/**
 * Coverage of a flow by calls' results. A handle counts as reached when the call went along its
 * edge (consecutive nodes on the path) or was dropped there. Where two handles of a node lead to
 * the same node (a menu's "1" and "timeout" both to Sales) the path cannot tell them apart, and
 * both count.
 */
export function coverageOf(number: PhoneNumber, results: readonly Pick<CallResult, 'path' | 'outcome'>[]): Coverage {
  const nodes = new Set<string>();
  const handles = new Set<string>();
  for (const r of results) {
    r.path.forEach((id, i) => {
      nodes.add(id);
      const next = r.path[i + 1];
      if (next === undefined) return;
      for (const e of number.flow.edges) if (e.source === id && e.target === next) handles.add(handleKey(id, e.sourceHandle));
    });
    if (r.outcome.kind === 'dropped') handles.add(handleKey(r.outcome.nodeId, r.outcome.handle));
  }
  const allNodes = number.flow.nodes.map((n) => n.id);
  const allHandles = number.flow.nodes.flatMap((n) => handlesOf(n).map((h) => handleKey(n.id, h.id)));
  return {
    nodes: { reached: allNodes.filter((n) => nodes.has(n)), missed: allNodes.filter((n) => !nodes.has(n)) },
    handles: { reached: allHandles.filter((h) => handles.has(h)), missed: allHandles.filter((h) => !handles.has(h)) },
  };
}
