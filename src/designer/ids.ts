/** `prefix` followed by the smallest number ≥ 1 that makes an id not in `taken`. */
export function uniqueId(prefix: string, taken: ReadonlySet<string>): string {
  for (let i = 1; ; i++) {
    const id = `${prefix}${i}`;
    if (!taken.has(id)) return id;
  }
}

/** Ids of the flow's nodes and edges together, so that generated ids never collide with either. */
export function takenIds(flow: { nodes: readonly { id: string }[]; edges: readonly { id: string }[] }): Set<string> {
  const taken = new Set<string>();
  for (const n of flow.nodes) taken.add(n.id);
  for (const e of flow.edges) taken.add(e.id);
  return taken;
}
