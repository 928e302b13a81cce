import { describe, expect, it } from 'vitest';
import { anyInView, boundsOf, firstViewOf, firstViewport, fitViewport, MIN_ZOOM, overviewViewport, READABLE_ZOOM } from '../../src/designer/firstView';

const start = { x: 0, y: 0, width: 240, height: 80 };

describe('the view a flow opens on', () => {
  it('fits a small flow whole when it reads at 70 % or more', () => {
    const all = { x: 0, y: 0, width: 600, height: 400 };
    const v = firstViewport(8, all, start, 1000, 800);
    expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    // Every corner of the flow is inside the canvas.
    expect(v.x).toBeGreaterThanOrEqual(0);
    expect(v.x + all.width * v.zoom).toBeLessThanOrEqual(1000);
    expect(v.y + all.height * v.zoom).toBeLessThanOrEqual(800);
  });

  it('opens a tall flow at 70 % with its Inbound call node at the top, centred across', () => {
    const all = { x: -200, y: 0, width: 640, height: 2400 };
    const v = firstViewport(30, all, start, 650, 800);
    expect(v.zoom).toBe(READABLE_ZOOM);
    expect(v.y).toBe(40);
    expect(v.x + (all.x + all.width / 2) * v.zoom).toBeCloseTo(325, 0);
  });

  it('centres a flow wider than the canvas on its Inbound call node', () => {
    const all = { x: -3000, y: 0, width: 6000, height: 2000 };
    const v = firstViewport(60, all, { ...start, x: 500 }, 800, 600);
    expect(v.x + (500 + 120) * v.zoom).toBeCloseTo(400, 0);
  });

  it('opens a flow over 150 nodes on its Inbound call node at 100 %, centred', () => {
    const v = firstViewport(400, { x: 0, y: 0, width: 20000, height: 9000 }, { ...start, x: 1000, y: 500 }, 800, 600);
    expect(v).toEqual({ x: 400 - 1120, y: 300 - 540, zoom: 1 });
  });

  it('reads the flow from its nodes’ positions and declared sizes', () => {
    const nodes = [
      { id: 'b', position: { x: 400, y: 300 }, width: 240, height: 100 },
      { id: 'in', position: { x: -100, y: 20 }, width: 240, height: 80 },
    ];
    expect(boundsOf(nodes)).toEqual({ x: -100, y: 20, width: 740, height: 380 });
    expect(boundsOf([])).toEqual({ x: 0, y: 0, width: 0, height: 0 });
    expect(firstViewOf(nodes, 'in', 1000, 800)).toEqual(firstViewport(2, boundsOf(nodes), boundsOf([nodes[1]!]), 1000, 800));
  });

  it('uses whole pixels', () => {
    const v = firstViewport(5, { x: 0.3, y: 0.7, width: 333.3, height: 211.1 }, start, 777, 555);
    expect(Number.isInteger(v.x) && Number.isInteger(v.y)).toBe(true);
  });
});

describe('the view after auto-layout', () => {
  it('shows every node when the flow fits the canvas at the minimum zoom', () => {
    const all = { x: 0, y: 0, width: 6000, height: 3000 };
    const { viewport, whole } = overviewViewport(all, start, 1000, 700);
    expect(whole).toBe(true);
    expect(viewport.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
    expect(viewport.x + all.width * viewport.zoom).toBeLessThanOrEqual(1000);
    expect(viewport.y + all.height * viewport.zoom).toBeLessThanOrEqual(700);
  });

  it('shows the start at 100 % when the flow is too large for that (a 900-node layout: 77,500 × 14,800 px)', () => {
    const all = { x: 0, y: 0, width: 77_500, height: 14_800 };
    const inbound = { x: 38_000, y: 12, width: 240, height: 80 };
    const { viewport, whole } = overviewViewport(all, inbound, 1000, 700);
    expect(whole).toBe(false);
    expect(viewport).toEqual({ x: 500 - 38_120, y: 350 - 52, zoom: 1 });
    expect(anyInView(viewport, 1000, 700, [inbound])).toBe(true);
  });

  it('tells whether any node shows at a view', () => {
    const view = { x: -1000, y: 0, zoom: 0.5 };
    // The canvas shows x 2,000–4,000 and y 0–1,400 of the flow.
    expect(anyInView(view, 1000, 700, [{ x: 0, y: 0, width: 240, height: 80 }])).toBe(false);
    expect(anyInView(view, 1000, 700, [{ x: 1900, y: 100, width: 240, height: 80 }])).toBe(true);
    expect(anyInView(view, 1000, 700, [])).toBe(false);
  });
});

describe('Fit View', () => {
  it('fits every node when the flow fits the canvas at the minimum zoom', () => {
    const all = { x: 0, y: 0, width: 6000, height: 3000 };
    const { viewport, whole } = fitViewport(all, start, 1000, 700);
    expect(whole).toBe(true);
    expect(viewport.x + all.width * viewport.zoom).toBeLessThanOrEqual(1000);
    expect(viewport.y + all.height * viewport.zoom).toBeLessThanOrEqual(700);
  });

  it('shows the start at the minimum zoom when the flow is too large, not the empty middle of its bounds', () => {
    // A wide layout: its inbound node at the top left, its middle empty.
    const all = { x: 0, y: 0, width: 77_500, height: 14_800 };
    const inbound = { x: 200, y: 12, width: 240, height: 80 };
    const nodes = [inbound, { x: 77_260, y: 14_720, width: 240, height: 80 }];
    const { viewport, whole } = fitViewport(all, inbound, 1000, 700);
    expect(whole).toBe(false);
    expect(viewport.zoom).toBe(MIN_ZOOM);
    expect(anyInView(viewport, 1000, 700, [inbound])).toBe(true);
    // Fitted on the bounds as before, the view showed neither node.
    const centred = { x: 500 - 38_750 * MIN_ZOOM, y: 350 - 7_400 * MIN_ZOOM, zoom: MIN_ZOOM };
    expect(anyInView(centred, 1000, 700, nodes)).toBe(false);
    // The start is near the flow's left edge: the view starts at that edge (50 px of padding),
    // not with half the canvas empty to the left of the start.
    expect(viewport.x).toBe(50);
    expect(viewport.y + inbound.y * MIN_ZOOM).toBeCloseTo(35, 0);
  });

  it('keeps the start in the middle across when the flow runs on both sides of it', () => {
    const all = { x: 0, y: 0, width: 77_500, height: 14_800 };
    const inbound = { x: 38_000, y: 12, width: 240, height: 80 };
    const { viewport } = fitViewport(all, inbound, 1000, 700);
    expect(viewport.x + (inbound.x + inbound.width / 2) * MIN_ZOOM).toBe(500);
  });
});
