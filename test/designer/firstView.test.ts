import { describe, expect, it } from 'vitest';
import { firstViewport, READABLE_ZOOM } from '../../src/designer/firstView';

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

  it('uses whole pixels', () => {
    const v = firstViewport(5, { x: 0.3, y: 0.7, width: 333.3, height: 211.1 }, start, 777, 555);
    expect(Number.isInteger(v.x) && Number.isInteger(v.y)).toBe(true);
  });
});
