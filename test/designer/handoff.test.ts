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
  it('keeps every node where the preview drew it, when the designer’s canvas is where the preview’s was', () => {
    h.handCanvasOver(preview);
    const from = h.canvasHandoff('n1')!;
    // The same place: the same view.
    expect(h.anchoredViewport(from, preview.frame)).toEqual(preview.viewport);
    // Layout rounding: the flow moves by as much the other way, in whole pixels.
    expect(h.anchoredViewport(from, { ...preview.frame, x: 167, y: 94.75 })).toEqual({ x: 205, y: 360, zoom: 1 });
  });

  it('gives no view when the canvas is elsewhere or of another size: the designer opens on its own first view', () => {
    h.handCanvasOver(preview);
    const from = h.canvasHandoff('n1')!;
    // A stacked layout puts the canvas lower; a resized window makes it narrower.
    expect(h.anchoredViewport(from, { ...preview.frame, y: 185 })).toBeNull();
    expect(h.anchoredViewport(from, { ...preview.frame, width: 600 })).toBeNull();
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
