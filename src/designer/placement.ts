import type { Flow, FlowNode, Position, Workspace } from '../engine';
import { boundsOf, boxesOf } from './viewBox';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How far each try moves a new node down and right of the last: a cascade, as windows open. */
export const CASCADE = 40;
const MAX_TRIES = 50;
/** Space kept free around a new node, so it never touches another. */
const GAP = 10;

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;

/**
 * Where a node of `size` added at `want` goes so that it covers no other node: `want` itself
 * when free, else the first free spot of a cascade down and to the right. After MAX_TRIES
 * steps (a crowded area) it stays at the last one tried.
 */
export function freeSpot(want: Position, size: { width: number; height: number }, taken: readonly Box[]): Position {
  let at = want;
  for (let i = 0; i < MAX_TRIES; i++) {
    const box = { ...at, ...size };
    if (!taken.some((t) => overlaps(box, t))) return at;
    at = { x: at.x + CASCADE, y: at.y + CASCADE };
  }
  return at;
}

/** A paste moved as a whole, by the cascade a palette node takes, until it covers no node of the flow. */
export function clearOfOthers<C extends { nodes: readonly FlowNode[] }>(change: C, flow: Flow, workspace: Workspace): C {
  const boxes = boxesOf(change.nodes, workspace);
  if (!boxes.length) return change;
  const { x, y, ...size } = boundsOf(boxes);
  const at = freeSpot({ x, y }, size, boxesOf(flow.nodes, workspace));
  if (at.x === x && at.y === y) return change;
  return { ...change, nodes: change.nodes.map((n) => (n.position ? { ...n, position: { x: n.position.x + at.x - x, y: n.position.y + at.y - y } } : n)) };
}
