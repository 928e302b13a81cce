import { getViewportForBounds } from '@xyflow/react';
import type { ReactFlowInstance, Rect, Viewport } from '@xyflow/react';

/** Above this many nodes the canvas opens on the inbound call node at 100 % instead of fitting all. */
export const FIT_ALL_LIMIT = 150;
/** Below this zoom node text is 9 px or less: the first view does not go lower. */
export const READABLE_ZOOM = 0.7;
const MAX_FIT_ZOOM = 1.2;
/** The canvas's own zoom floor (FlowCanvas's minZoom). */
export const MIN_ZOOM = 0.1;
/** React Flow's default fit padding. */
const PADDING = 0.1;

const round = (v: Viewport): Viewport => ({ x: Math.round(v.x), y: Math.round(v.y), zoom: v.zoom });

/**
 * The view a flow opens on, in a `width` × `height` canvas: `all` is the bounds of every node,
 * `start` the inbound call node's (if any). A flow of up to FIT_ALL_LIMIT nodes is fitted whole
 * when that reads at READABLE_ZOOM or more; otherwise it opens at that zoom with the inbound
 * node at the top (and the flow centred across when it fits). A bigger flow opens on the
 * inbound node at 100 %. Offsets are whole pixels: text at a fractional offset is blurred.
 */
export function firstViewport(nodes: number, all: Rect, start: Rect | null, width: number, height: number): Viewport {
  if (nodes > FIT_ALL_LIMIT && start) return round(getViewportForBounds(start, width, height, 1, 1, PADDING));
  const fit = getViewportForBounds(all, width, height, MIN_ZOOM, MAX_FIT_ZOOM, PADDING);
  if (fit.zoom >= READABLE_ZOOM || !start) return round(fit);
  const zoom = READABLE_ZOOM;
  const across = all.width * zoom <= width * (1 - PADDING) ? all.x + all.width / 2 : start.x + start.width / 2;
  return round({ x: width / 2 - across * zoom, y: height * (PADDING / 2) - start.y * zoom, zoom });
}

/** A node as the first view reads it: where it is and its declared size. */
interface Placed {
  id: string;
  position: { x: number; y: number };
  width?: number;
  height?: number;
}

/** The box around `nodes`, from their positions and declared sizes (a plain loop: React Flow's `getNodesBounds` took 10 ms on 1,000 nodes). */
export function boundsOf(nodes: readonly Placed[]): Rect {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, n.position.x);
    y0 = Math.min(y0, n.position.y);
    x1 = Math.max(x1, n.position.x + (n.width ?? 0));
    y1 = Math.max(y1, n.position.y + (n.height ?? 0));
  }
  return nodes.length === 0 ? { x: 0, y: 0, width: 0, height: 0 } : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The first view of `nodes` in a `width` × `height` canvas, opening on the node `startId`. */
export function firstViewOf(nodes: readonly Placed[], startId: string | null | undefined, width: number, height: number): Viewport {
  const start = nodes.find((n) => n.id === startId);
  return firstViewport(nodes.length, boundsOf(nodes), start ? boundsOf([start]) : null, width, height);
}

/** Where to look at a whole flow, and whether that view shows all of it. */
export interface FlowView {
  viewport: Viewport;
  whole: boolean;
}

/** Does `all`, fitted at `view`'s zoom, lie within the canvas? Half a pixel of slack: the fitted zoom rounds the bounds to the canvas's edges. */
const fitsWhole = (all: Rect, zoom: number, width: number, height: number) => all.width * zoom <= width + 0.5 && all.height * zoom <= height + 0.5;

/**
 * Where a view of `view` flow units along one axis starts, wanting to start at `want`, kept on
 * the flow's extent `lo`–`hi` (with `pad` around it): no empty canvas beside the flow while
 * there is flow to show on the other side. A flow shorter than the view is centred.
 */
function keepOnFlow(want: number, view: number, lo: number, hi: number, pad: number): number {
  if (view >= hi - lo + 2 * pad) return (lo + hi) / 2 - view / 2;
  return Math.min(Math.max(want, lo - pad), hi + pad - view);
}

/**
 * Fit View: every node when the flow fits the canvas at the minimum zoom; else as much of it as
 * the minimum zoom shows, from its start (the inbound call node) at the top, as near the
 * middle across as the flow's edges allow. Fitted, a flow too large for that sat at the
 * minimum zoom on the middle of its bounds, which in a wide layout is empty space: not one
 * node on screen.
 */
export function fitViewport(all: Rect, start: Rect | null, width: number, height: number): FlowView {
  const fit = getViewportForBounds(all, width, height, MIN_ZOOM, MAX_FIT_ZOOM, PADDING);
  const whole = fitsWhole(all, fit.zoom, width, height);
  if (whole || !start) return { viewport: round(fit), whole };
  const zoom = MIN_ZOOM;
  const [w, h] = [width / zoom, height / zoom];
  const [padX, padY] = [(width * PADDING) / 2 / zoom, (height * PADDING) / 2 / zoom];
  const left = keepOnFlow(start.x + start.width / 2 - w / 2, w, all.x, all.x + all.width, padX);
  const top = keepOnFlow(start.y - padY, h, all.y, all.y + all.height, padY);
  return { viewport: round({ x: -left * zoom, y: -top * zoom, zoom }), whole: false };
}

/**
 * Fit View on the canvas (see `fitViewport`), from measured sizes where React Flow has them and
 * declared sizes elsewhere. React Flow's own `fitView` waits until every node has been
 * measured, which nodes off screen never are (only visible elements are rendered): it did
 * nothing until something else was measured. Says whether the view shows every node; null
 * when there is nothing to fit or no canvas to fit it in.
 */
export function fitAll(rf: Pick<ReactFlowInstance, 'getNodes' | 'getNodesBounds' | 'setViewport'>, canvas: HTMLElement | null, startId: string | null, duration = 200): boolean | null {
  const nodes = rf.getNodes();
  if (!canvas || nodes.length === 0) return null;
  const { width, height } = canvas.getBoundingClientRect();
  if (width === 0 || height === 0) return null;
  const start = nodes.find((n) => n.id === startId);
  const view = fitViewport(rf.getNodesBounds(nodes), start ? rf.getNodesBounds([start]) : null, width, height);
  void rf.setViewport(view.viewport, { duration });
  return view.whole;
}

/**
 * The view after auto-layout, or after an undo that left no node in view: every node (`all`)
 * when the flow fits the canvas at the minimum zoom, else its start (the inbound call node) at
 * 100 %. A 900-node layout is about 77,500 × 14,800 px: fitted, it sat at the minimum zoom on an
 * empty middle, with not one node on screen.
 */
export function overviewViewport(all: Rect, start: Rect | null, width: number, height: number): FlowView {
  const fit = getViewportForBounds(all, width, height, MIN_ZOOM, MAX_FIT_ZOOM, PADDING);
  const whole = fitsWhole(all, fit.zoom, width, height);
  if (whole || !start) return { viewport: round(fit), whole };
  return { viewport: round(getViewportForBounds(start, width, height, 1, 1, PADDING)), whole: false };
}

/** Does any of `boxes` (flow coordinates) show, at least in part, in a `width` × `height` canvas at `view`? */
export function anyInView(view: Viewport, width: number, height: number, boxes: Iterable<Rect>): boolean {
  const left = -view.x / view.zoom;
  const top = -view.y / view.zoom;
  const right = left + width / view.zoom;
  const bottom = top + height / view.zoom;
  for (const b of boxes) if (b.x < right && b.x + b.width > left && b.y < bottom && b.y + b.height > top) return true;
  return false;
}
