import type { ReactFlowInstance, Rect } from '@xyflow/react';
import type { Flow, FlowNode, Workspace } from '../engine';
import { anyInView, boundsOf as boundsOfNodes, overviewViewport } from './firstView';
import type { FlowView } from './firstView';
import { nodeLayout } from './nodes/geometry';
import type { Box } from './placement';

type Rf = Pick<ReactFlowInstance, 'getInternalNode' | 'flowToScreenPosition' | 'setCenter' | 'getZoom'>;

/** A node's box in flow coordinates, from its measured size, else the size it declares. */
export function nodeBox(rf: Rf, nodeId: string): Box | null {
  const n = rf.getInternalNode(nodeId);
  if (!n) return null;
  return { ...n.internals.positionAbsolute, width: n.measured.width ?? n.width ?? 0, height: n.measured.height ?? n.height ?? 0 };
}

/**
 * Pans, at the same zoom, so that `box` (flow coordinates) is on the canvas, `margin` px clear
 * of its edges and out of the `avoid` corner at the bottom right (the overview map). A box
 * already there never moves the view, so a user's own panning is left alone.
 */
export function panIntoView(rf: Rf, canvas: HTMLElement | null, box: Box, opts: { margin?: number; avoid?: { width: number; height: number } | null } = {}): void {
  const r = canvas?.getBoundingClientRect();
  if (!r?.width || !r.height) return;
  const m = opts.margin ?? 0;
  const tl = rf.flowToScreenPosition({ x: box.x, y: box.y });
  const br = rf.flowToScreenPosition({ x: box.x + box.width, y: box.y + box.height });
  const inside = tl.x >= r.left + m && tl.y >= r.top + m && br.x <= r.right - m && br.y <= r.bottom - m;
  const covered = !!opts.avoid && br.x > r.right - opts.avoid.width && br.y > r.bottom - opts.avoid.height;
  if (inside && !covered) return;
  void rf.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: rf.getZoom(), duration: 200 });
}

/** The placed nodes' boxes from their declared sizes: known before React Flow has rendered (or measured) them. */
export function boxesOf(nodes: readonly FlowNode[], workspace: Workspace): Rect[] {
  return nodes.filter((n) => n.position).map((n) => ({ ...n.position!, ...nodeLayout(n, workspace) }));
}

/** The smallest rectangle holding every box (the first view's loop, over boxes rather than nodes). */
export function boundsOf(boxes: readonly Rect[]): Rect {
  return boundsOfNodes(boxes.map((b) => ({ id: '', position: b, width: b.width, height: b.height })));
}

/**
 * The view that shows `flow` in `canvas` (see `overviewViewport`): all of it, or its Inbound
 * call node when it is too large for that. Null while the canvas has no size or the flow no placed node.
 */
export function flowOverview(flow: Flow, workspace: Workspace, canvas: HTMLElement | null): FlowView | null {
  const r = canvas?.getBoundingClientRect();
  const boxes = boxesOf(flow.nodes, workspace);
  if (!r?.width || !r.height || !boxes.length) return null;
  const inbound = flow.nodes.find((n) => n.type === 'incoming' && n.position);
  const start = inbound ? { ...inbound.position!, ...nodeLayout(inbound, workspace) } : null;
  return overviewViewport(boundsOf(boxes), start, r.width, r.height);
}

/** Moves to `view` at once (an animation from a far-off view crosses empty space); says whether it shows the whole flow. */
export function showOverview(rf: Pick<ReactFlowInstance, 'setViewport'>, view: FlowView | null): boolean | null {
  if (view) void rf.setViewport(view.viewport);
  return view?.whole ?? null;
}

/** Does any node of `flow` show on the canvas at React Flow's current view? True while that cannot be told. */
export function flowInView(rf: Pick<ReactFlowInstance, 'getViewport'>, flow: Flow, workspace: Workspace, canvas: HTMLElement | null): boolean {
  const r = canvas?.getBoundingClientRect();
  if (!r?.width || !r.height) return true;
  return anyInView(rf.getViewport(), r.width, r.height, boxesOf(flow.nodes, workspace));
}
