import { describe, expect, it } from 'vitest';
import { CASCADE, freeSpot } from '../../src/designer/placement';

const size = { width: 240, height: 80 };

describe('freeSpot', () => {
  it('keeps the wanted spot when it covers no node', () => {
    expect(freeSpot({ x: 0, y: 0 }, size, [{ x: 400, y: 0, ...size }])).toEqual({ x: 0, y: 0 });
  });

  it('cascades down and right past every node the wanted spot would cover or touch', () => {
    const taken = [{ x: 0, y: 0, ...size }, { x: CASCADE, y: CASCADE, ...size }];
    const at = freeSpot({ x: 0, y: 0 }, size, taken);
    expect(at.x).toBe(at.y);
    for (const t of taken) expect(at.x >= t.x + t.width || at.y >= t.y + t.height).toBe(true);
  });
});
