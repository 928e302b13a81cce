import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Handoff from '../../src/designer/handoff';

// The hand-off is page-wide module state: each test gets a fresh copy, as a fresh page would.
let h: typeof Handoff;
beforeEach(async () => {
  vi.resetModules();
  h = await import('../../src/designer/handoff');
});

const preview = { numberId: 'n1', viewport: { x: 204, y: 361, zoom: 1 }, frame: { x: 168, y: 93.25, width: 647, height: 807 } };

describe('the canvas preview hands its view to the designer', () => {
  it('keeps every node where the preview drew it when the designer’s canvas sits elsewhere', () => {
    h.handCanvasOver(preview);
    const from = h.canvasHandoff('n1')!;
    // The same place: the same view.
    expect(h.anchoredViewport(from, preview.frame)).toEqual(preview.viewport);
    // A canvas 20 px lower and 10 px to the left: the flow moves up and right by as much.
    expect(h.anchoredViewport(from, { ...preview.frame, x: 158, y: 113.25 })).toEqual({ x: 214, y: 341, zoom: 1 });
    // Whole pixels, as every first view.
    expect(h.anchoredViewport(from, { ...preview.frame, y: 93.75 })).toEqual({ x: 204, y: 361, zoom: 1 });
  });

  it('is only for the number the preview showed', () => {
    h.handCanvasOver(preview);
    expect(h.canvasHandoff('n2')).toBeNull();
  });

  it('ends once: listeners hear it, later ones at once, and the view is forgotten', () => {
    h.handCanvasOver(preview);
    const early = vi.fn();
    h.whenPreviewEnds(early);
    const stopped = vi.fn();
    h.whenPreviewEnds(stopped)();
    h.endPreview();
    h.endPreview();
    expect(early).toHaveBeenCalledTimes(1);
    expect(stopped).not.toHaveBeenCalled();
    const late = vi.fn();
    h.whenPreviewEnds(late);
    expect(late).toHaveBeenCalledTimes(1);
    // Opening the same number again later starts from its own first view.
    expect(h.canvasHandoff('n1')).toBeNull();
  });
});
