import { nodeKind } from '../engine';
import type { Flow, FlowNode, Workspace } from '../engine';
import { nodeDisplayName } from './nodeName';

/** One node found by the designer's "Find a node" box. */
export interface FoundNode {
  id: string;
  /** The node's label, else its kind with its id (`nodeDisplayName`). */
  name: string;
  /** Its kind's title ("Voice menu"). */
  kind: string;
  /** The line of its card that matched, when the name and kind did not ("Binh (102), 4 rings"). */
  detail: string | null;
}

const titleOf = (n: FlowNode) => nodeKind(n.type)?.title ?? n.type;

/**
 * The nodes of `flow` whose label, kind, id or card text (the summary lines, with the workspace's
 * names: "Binh" finds the node that rings Binh) contain every word of `query`, case-insensitive.
 * Best first: a name that starts with the query, then a name that contains it, then the rest, each
 * in flow order. At most `limit`; `total` counts them all.
 */
export function findNodes(flow: Flow, workspace: Workspace, query: string, limit = 20): { found: FoundNode[]; total: number } {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return { found: [], total: 0 };
  const whole = words.join(' ');
  const ranked: { rank: number; node: FoundNode }[] = [];
  for (const n of flow.nodes) {
    const kind = titleOf(n);
    const name = nodeDisplayName(n);
    const own = `${name} ${kind} ${n.id}`.toLowerCase();
    let detail: string | null = null;
    if (!words.every((w) => own.includes(w))) {
      // The card's lines cost more to build: only for nodes the name, kind and id do not match.
      const lines = summaryOf(n, workspace);
      const all = `${own} ${lines.join(' ')}`.toLowerCase();
      if (!words.every((w) => all.includes(w))) continue;
      detail = lines.find((l) => words.some((w) => l.toLowerCase().includes(w))) ?? null;
    }
    const lower = name.toLowerCase();
    const rank = lower.startsWith(whole) ? 0 : lower.includes(whole) ? 1 : 2;
    ranked.push({ rank, node: { id: n.id, name, kind, detail } });
  }
  // Array.prototype.sort is stable: flow order within a rank.
  ranked.sort((a, b) => a.rank - b.rank);
  return { found: ranked.slice(0, limit).map((r) => r.node), total: ranked.length };
}

/** A node's card lines, and for a queue group who it rings: "Binh" finds the queue Binh is in. */
function summaryOf(n: FlowNode, workspace: Workspace): string[] {
  const lines = nodeKind(n.type)?.summary(n.data as never, workspace) ?? [];
  if (n.type !== 'queue') return lines;
  const q = workspace.queues.find((x) => x.id === (n.data as { queueId?: string | null }).queueId);
  const members = q?.memberIds.map((id) => workspace.employees.find((e) => e.id === id)?.name).filter(Boolean) ?? [];
  return members.length ? [...lines, `Rings ${members.join(', ')}`] : lines;
}
