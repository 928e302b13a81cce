import type { Flow } from '../engine';

interface WithId {
  id: string;
}

/**
 * `current` moved from `from` to `to` only where those two differ, item by id; every other item
 * of `current` stays as it is. An item `to` adds goes back at its place in `to`; one changed
 * between `from` and `to` but gone from `current` (deleted meanwhile) stays gone.
 */
function rebaseList<T extends WithId>(current: readonly T[], from: readonly T[], to: readonly T[]): T[] {
  const before = new Map(from.map((x) => [x.id, x]));
  const after = new Map(to.map((x) => [x.id, x]));
  const touched = new Set<string>();
  for (const [id, x] of before) if (after.get(id) !== x) touched.add(id);
  for (const id of after.keys()) if (!before.has(id)) touched.add(id);
  if (touched.size === 0) return current as T[];
  const out: T[] = [];
  const present = new Set<string>();
  for (const x of current) {
    present.add(x.id);
    if (!touched.has(x.id)) out.push(x);
    else if (after.has(x.id)) out.push(after.get(x.id)!);
  }
  to.forEach((x, i) => {
    if (!present.has(x.id) && !before.has(x.id)) out.splice(Math.min(i, out.length), 0, x);
  });
  return out;
}

/**
 * Undo and redo across tabs: `current` with the change from `from` to `to` (one undo step,
 * either way) applied to it, node by node and edge by edge. Edits another tab made since stay;
 * where both touched the same node, the step wins. With nothing changed elsewhere, this is `to`.
 */
export function rebaseFlow(current: Flow, from: Flow, to: Flow): Flow {
  if (current === from) return to;
  const nodes = rebaseList(current.nodes, from.nodes, to.nodes);
  const edges = rebaseList(current.edges, from.edges, to.edges);
  return nodes === current.nodes && edges === current.edges ? current : { nodes, edges };
}
