import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBrowser } from './browser';
import type { E2E } from './browser';

let b: E2E;
beforeEach(async () => { b = await openBrowser(); });
afterEach(async () => { await b.close(); });

/** WCAG relative luminance contrast of two `rgb(…)` colours. */
function contrast(a: string, c: string): number {
  const lum = (rgb: string) => {
    const [r, g, bl] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(c)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Presses Tab from the node finder until focus is on a canvas element matching `selector`. */
async function tabTo(page: E2E['page'], selector: string) {
  await page.getByPlaceholder('Find a node…').focus();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('keyboard focus on the canvas', () => {
  it('rings a node reached with Tab, clearly and unlike the selected style', async () => {
    const { page } = b;
    await page.goto('/numbers/hotline?mute=1');
    await page.getByRole('application', { name: 'Call flow of Hotline' }).getByRole('group', { name: 'Inbound call', exact: true }).waitFor();
    await tabTo(page, '.react-flow__node');
    const ring = await page.evaluate(() => {
      const el = document.activeElement!;
      const cs = getComputedStyle(el);
      const zoom = Number(/scale\(([\d.]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)?.[1] ?? 1);
      return {
        focusVisible: el.matches(':focus-visible'),
        style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), color: cs.outlineColor, offset: parseFloat(cs.outlineOffset), zoom,
        canvas: getComputedStyle(document.querySelector('.cf-designer__canvas .react-flow')!).backgroundColor,
        node: getComputedStyle(el.querySelector('.cf-node')!).backgroundColor,
      };
    });
    expect(ring.focusVisible).toBe(true);
    expect(ring.style).toBe('solid');
    // At least 2 px on screen at the zoom the flow opened at (the ring scales with the flow).
    expect(ring.width * ring.zoom).toBeGreaterThanOrEqual(2);
    expect(ring.offset).toBeGreaterThan(0);
    expect(contrast(ring.color, ring.canvas)).toBeGreaterThanOrEqual(3);
    expect(contrast(ring.color, ring.node)).toBeGreaterThanOrEqual(3);

    // Selected but not focused: no ring, so focus and selection read apart.
    await page.getByRole('application', { name: 'Call flow of Hotline' }).getByRole('group', { name: 'Welcome', exact: true }).click();
    await page.getByPlaceholder('Find a node…').focus();
    const selected = await page.locator('.react-flow__node.selected').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(selected).toBe('none');
    expect(b.errors).toEqual([]);
  });

  it('marks a connection reached with Tab, unlike a selected one', async () => {
    const { page } = b;
    await page.goto('/numbers/hotline?mute=1');
    await page.getByRole('application', { name: 'Call flow of Hotline' }).getByRole('group', { name: 'Inbound call', exact: true }).waitFor();
    const selectedStroke = await page.evaluate(() => {
      // What React Flow draws for a selected edge, for comparison.
      const probe = document.querySelector('.react-flow__edge')!.cloneNode(true) as SVGGElement;
      probe.classList.add('selected');
      document.querySelector('.react-flow__edge')!.parentElement!.appendChild(probe);
      const cs = getComputedStyle(probe.querySelector('.react-flow__edge-path')!);
      const out = { stroke: cs.stroke, width: parseFloat(cs.strokeWidth) };
      probe.remove();
      return out;
    });
    await tabTo(page, '.react-flow__edge');
    const focused = await page.evaluate(() => {
      const el = document.activeElement!;
      const cs = getComputedStyle(el.querySelector('.react-flow__edge-path')!);
      return {
        focusVisible: el.matches(':focus-visible'), stroke: cs.stroke, width: parseFloat(cs.strokeWidth),
        canvas: getComputedStyle(document.querySelector('.cf-designer__canvas .react-flow')!).backgroundColor,
      };
    });
    expect(focused.focusVisible).toBe(true);
    expect(focused.stroke).not.toBe(selectedStroke.stroke);
    expect(focused.width).toBeGreaterThanOrEqual(selectedStroke.width * 2);
    expect(contrast(focused.stroke, focused.canvas)).toBeGreaterThanOrEqual(3);
    expect(b.errors).toEqual([]);
  });
});
