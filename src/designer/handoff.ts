import type { Viewport } from '@xyflow/react';

/** Where a canvas sits on screen, in CSS pixels. */
export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the canvas preview (CanvasPreview) showed: the view, and where its canvas was. */
export interface CanvasHandoff {
  numberId: string;
  viewport: Viewport;
  frame: Frame;
}

/**
 * The preview and the designer meet here. A designer address paints the flow from a direct
 * read of IndexedDB (src/app/early.ts) before the store, the engine and the designer's code
 * have loaded; the designer then opens on the same view and tells the page once its own canvas
 * shows, so that the preview can go without a blank frame or a jump between them.
 * Module state, not React context: the two live in different parts of the page's tree.
 */
let handoff: CanvasHandoff | null = null;
let shown = false;
const listeners = new Set<() => void>();

export function handCanvasOver(next: CanvasHandoff): void {
  handoff = next;
}

/** What the preview of `numberId` showed, if it showed that number. */
export function canvasHandoff(numberId: string): CanvasHandoff | null {
  return handoff?.numberId === numberId ? handoff : null;
}

/** How far (px) the designer's canvas may sit from the preview's and still take its view: layout rounding. */
const SAME_PLACE = 2;

/**
 * The view that keeps every node where the preview drew it, in a canvas at `frame`; null when
 * the canvas is not where the preview's was (the window was resized meanwhile, say), and the
 * designer opens on its own first view. Whole pixels, as every first view: text at a
 * fractional offset is blurred.
 */
export function anchoredViewport(from: CanvasHandoff, frame: Frame): Viewport | null {
  const { viewport } = from;
  const apart = Math.max(Math.abs(from.frame.x - frame.x), Math.abs(from.frame.y - frame.y), Math.abs(from.frame.width - frame.width), Math.abs(from.frame.height - frame.height));
  if (apart > SAME_PLACE) return null;
  return { x: Math.round(viewport.x + from.frame.x - frame.x), y: Math.round(viewport.y + from.frame.y - frame.y), zoom: viewport.zoom };
}

/**
 * The designer's canvas shows its nodes (or the designer will not show at all): the preview's
 * work is done. Later calls do nothing; the hand-off is forgotten, so that opening the same
 * number again later starts from its own first view.
 */
export function endPreview(): void {
  if (shown) return;
  shown = true;
  handoff = null;
  for (const fn of [...listeners]) fn();
}

/** Calls `fn` once the preview may go (at once if it already may). Returns an unsubscribe. */
export function whenPreviewEnds(fn: () => void): () => void {
  if (shown) {
    fn();
    return () => undefined;
  }
  listeners.add(fn);
  return () => listeners.delete(fn);
}
