import type { ReactFlowInstance } from '@xyflow/react';
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
