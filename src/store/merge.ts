import { nodeTitle } from '../engine';

/** One thing (node, connection, employee, setting…) that both sides changed, each differently. */
export interface Overlap {
  /** The id of the record holding the change, or its field path when it is in no record. */
  id: string;
  /** How the user knows it, as it was before either change (“Main menu”, “Ann Le”, “settings”). */
  name: string;
  /** A record's name in this tab's version and in the other tab's; absent on the side that deleted it. */
  here?: string;
  there?: string;
  /** Deleted on one side and changed on the other. */
  note?: 'deleted in the other tab' | 'deleted here';
}

export interface Merged<T> {
  value: T;
  /** Empty when the two sides' changes merged without touching one thing twice. */
  overlaps: Overlap[];
}

/** Which side an overlapping change takes. */
export type Prefer = 'mine' | 'theirs';

type Item = { id: string } & Record<string, unknown>;

/** No common base is known (as opposed to a base whose value is `undefined`: a key not there yet). */
const NO_BASE = Symbol('no base');

interface Ctx {
  prefer: Prefer;
  overlaps: Map<string, Overlap>;
  /** The outermost id-record being merged: what an overlap inside it is named after. */
  record: Overlap | null;
}

/** Deep equality of plain JSON-like values; an absent key equals `undefined`. */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => equal(x, (b as unknown[])[i]));
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return [...new Set([...Object.keys(ra), ...Object.keys(rb)])].every((k) => equal(ra[k], rb[k]));
}

/**
 * Three-way merge of two edits of one document: `mine` and `theirs` both started from `base`.
 * Whatever only one side changed is taken from that side, down to each field; lists of records
 * with ids (nodes, connections, employees, queue groups…) merge record by record, so that two
 * tabs adding, deleting or editing different ones keep both. Only one thing changed on both
 * sides, differently, is an overlap: it takes `prefer`'s version and is reported. Without a
 * `base` (not known), every difference is an overlap.
 */
export function merge3<T>(base: T | undefined, mine: T, theirs: T, prefer: Prefer): Merged<T> {
  const ctx: Ctx = { prefer, overlaps: new Map(), record: null };
  const value = reviveConnections(mergeValue(base === undefined ? NO_BASE : base, mine, theirs, ctx, []), mine, theirs) as T;
  return { value, overlaps: [...ctx.overlaps.values()] };
}

interface FlowLike { nodes: Item[]; edges: (Item & { source: string; target: string })[] }
const isFlow = (x: unknown): x is FlowLike => isPlain(x) && Array.isArray(x.nodes) && Array.isArray(x.edges);
/** The flow in a number (or a flow itself). */
const flowOf = (x: unknown): FlowLike | null => (isFlow(x) ? x : isPlain(x) && isFlow(x.flow) ? x.flow : null);

/**
 * A node one side deleted and the other changed, kept by the choice, comes back with its
 * connections: deleting a node deletes them too, and the merge (which knows nothing of what
 * connects to what) took that deletion, leaving the kept node cut off from the flow.
 */
function reviveConnections(value: unknown, mine: unknown, theirs: unknown): unknown {
  const [v, m, t] = [flowOf(value), flowOf(mine), flowOf(theirs)];
  if (!v || !m || !t) return value;
  const nodes = new Set(v.nodes.map((n) => n.id));
  const have = new Set(v.edges.map((e) => e.id));
  const back: FlowLike['edges'] = [];
  for (const [side, other] of [[m, t], [t, m]] as const) {
    const otherNodes = new Set(other.nodes.map((n) => n.id));
    for (const e of side.edges) {
      const cut = !otherNodes.has(e.source) || !otherNodes.has(e.target);
      if (cut && !have.has(e.id) && nodes.has(e.source) && nodes.has(e.target)) {
        have.add(e.id);
        back.push(e);
      }
    }
  }
  if (back.length === 0) return value;
  const flow = { ...v, edges: [...v.edges, ...back] };
  return isFlow(value) ? flow : { ...(value as Record<string, unknown>), flow };
}

function mergeValue(base: unknown, mine: unknown, theirs: unknown, ctx: Ctx, path: string[]): unknown {
  if (equal(mine, theirs)) return mine;
  if (base !== NO_BASE && equal(base, mine)) return theirs;
  if (base !== NO_BASE && equal(base, theirs)) return mine;
  const known = base === NO_BASE ? undefined : base;
  if (isRecordList(known, mine, theirs)) return mergeList(Array.isArray(known) ? known as Item[] : [], mine as Item[], theirs as Item[], ctx, path);
  if (isPlain(mine) && isPlain(theirs) && (known === undefined || isPlain(known))) {
    const out: Record<string, unknown> = {};
    for (const k of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
      const v = mergeValue(isPlain(known) ? known[k] : NO_BASE, mine[k], theirs[k], ctx, [...path, k]);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
  overlap(ctx, path);
  return ctx.prefer === 'mine' ? mine : theirs;
}

function overlap(ctx: Ctx, path: string[], note?: Overlap['note']): void {
  const o = ctx.record ?? { id: path.join('.'), name: path[0] ?? 'everything' };
  ctx.overlaps.set(o.id, note ? { ...o, note } : o);
}

/** Records by id: each merged on its own; the order is theirs, with records only mine added placed after their neighbour in mine. */
function mergeList(base: Item[], mine: Item[], theirs: Item[], ctx: Ctx, path: string[]): Item[] {
  const b = byId(base);
  const m = byId(mine);
  const t = byId(theirs);
  const kept = new Map<string, Item>();
  for (const id of new Set([...t.keys(), ...m.keys(), ...b.keys()])) {
    const [bi, mi, ti] = [b.get(id), m.get(id), t.get(id)];
    const outer = ctx.record;
    ctx.record = outer ?? { id, name: nameOf((bi ?? ti ?? mi)!), ...(mi ? { here: nameOf(mi) } : {}), ...(ti ? { there: nameOf(ti) } : {}) };
    const v = mergeItem(bi, mi, ti, ctx, [...path, id]);
    ctx.record = outer;
    if (v) kept.set(id, v);
  }
  const out = theirs.filter((x) => kept.has(x.id)).map((x) => kept.get(x.id)!);
  mine.forEach((x, i) => {
    if (t.has(x.id) || !kept.has(x.id)) return;
    const before = mine.slice(0, i).reverse().find((y) => out.some((z) => z.id === y.id));
    out.splice(before ? out.findIndex((z) => z.id === before.id) + 1 : 0, 0, kept.get(x.id)!);
  });
  return out;
}

/** One record: kept (merged), or undefined when deleted. Deleted on one side and changed on the other is an overlap. */
function mergeItem(bi: Item | undefined, mi: Item | undefined, ti: Item | undefined, ctx: Ctx, path: string[]): Item | undefined {
  if (mi && ti) return mergeValue(bi ?? NO_BASE, mi, ti, ctx, path) as Item;
  const only = mi ?? ti;
  if (!only) return undefined;
  if (!bi) return only; // added on one side
  if (equal(bi, only)) return undefined; // deleted on the other side, unchanged here
  // Changed on one side, deleted on the other: `mine` is always this tab's version.
  overlap(ctx, path, only === mi ? 'deleted in the other tab' : 'deleted here');
  return (ctx.prefer === 'mine') === (only === mi) ? only : undefined;
}

function byId(list: Item[]): Map<string, Item> {
  return new Map(list.map((x) => [x.id, x]));
}

function isPlain(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isRecordList(...lists: unknown[]): boolean {
  return lists.every((l) => l === undefined || (Array.isArray(l) && l.every((x) => isPlain(x) && typeof x.id === 'string')))
    && lists.some((l) => Array.isArray(l) && l.length > 0)
    && lists.every((l) => !Array.isArray(l) || new Set(l.map((x: Item) => x.id)).size === l.length);
}

/** A record as the user knows it: a node by its title, a named record by its name. */
function nameOf(x: Item): string {
  if (typeof x.type === 'string' && 'data' in x) return nodeTitle({ id: x.id, type: x.type, data: x.data });
  if (typeof x.name === 'string' && x.name.trim()) return x.name;
  if (typeof x.source === 'string') return 'a connection';
  return x.id;
}
