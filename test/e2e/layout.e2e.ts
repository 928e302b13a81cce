import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBrowser } from './browser';
import type { E2E } from './browser';

let b: E2E;
beforeEach(async () => { b = await openBrowser(); });
afterEach(async () => { await b.close(); });

describe('the designer on a 1280 × 800 screen', () => {
  it('opens with the simulator column hidden, the canvas at a readable zoom, and shows the simulator from the toolbar', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/numbers/hotline?mute=1');
    const canvas = page.getByRole('application', { name: 'Call flow of Hotline' });
    await canvas.getByRole('group', { name: 'Main menu', exact: true }).waitFor();
    const toggle = page.getByRole('toolbar', { name: 'Designer' }).getByRole('button', { name: 'Simulator' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByRole('button', { name: 'Start call' }).count()).toBe(0);
    expect((await canvas.boundingBox())!.width).toBeGreaterThan(750);
    const zoom = await page.locator('.react-flow__viewport').evaluate((el) => Number(/scale\(([\d.]+)\)/.exec(el.style.transform)?.[1]));
    expect(zoom).toBeGreaterThan(0.6);

    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Start call' }).waitFor();
  });

  it('keeps the toolbar and the canvas in view while the simulator column scrolls to a finished call', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/numbers/hotline?mute=1');
    await page.getByRole('toolbar', { name: 'Designer' }).getByRole('button', { name: 'Simulator' }).click();
    await page.getByRole('checkbox', { name: 'Auto' }).check();
    await page.getByRole('button', { name: 'Start call' }).click();
    await page.getByRole('radio', { name: '10×' }).check();
    await page.getByRole('button', { name: 'Save as scenario' }).waitFor({ timeout: 60_000 });

    // The page itself never scrolls: only the column does.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(800);
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.scrollIntoViewIfNeeded();
    expect(await timeline.isVisible()).toBe(true);
    const toolbar = (await page.getByRole('toolbar', { name: 'Designer' }).boundingBox())!;
    expect(toolbar.y).toBeGreaterThanOrEqual(0);
    const canvas = (await page.getByRole('application', { name: 'Call flow of Hotline' }).boundingBox())!;
    expect(canvas.y + canvas.height).toBeLessThanOrEqual(800);
  });

  it('fits a long "goes to" list inside the inspector column', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/numbers/hotline?mute=1');
    await page.getByRole('button', { name: 'Add Employee' }).click();
    const select = page.getByRole('combobox', { name: 'No answer goes to' });
    await select.waitFor();
    const column = await page.locator('.cf-designer__side').evaluate((el) => ({ right: el.getBoundingClientRect().right, scroll: el.scrollWidth, client: el.clientWidth }));
    const box = (await select.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(column.right);
    expect(column.scroll).toBe(column.client);
  });
});

describe('the designer at 200 % zoom (a 720 × 450 window)', () => {
  it('stacks its columns: the canvas keeps a usable width, the simulator\'s tabs all show, and the page scrolls to them', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 720, height: 450 });
    await page.goto('/numbers/hotline?mute=1');
    const canvas = page.getByRole('application', { name: 'Call flow of Hotline' });
    await canvas.getByRole('group', { name: 'Inbound call', exact: true }).waitFor();
    expect((await canvas.boundingBox())!.width).toBeGreaterThan(600);
    await page.getByRole('toolbar', { name: 'Designer' }).getByRole('button', { name: 'Simulator' }).click();
    const outbound = page.getByRole('tab', { name: 'Outbound' });
    await outbound.scrollIntoViewIfNeeded();
    const tab = (await outbound.boundingBox())!;
    expect(tab.x + tab.width).toBeLessThanOrEqual(720);
    expect((await canvas.boundingBox())!.width).toBeGreaterThan(600);
    expect(b.errors).toEqual([]);
  });
});

/** Opens the demo hotline's designer at `width` × `height` with the simulator column shown. */
async function designerWithSimulator(page: E2E['page'], width: number, height: number) {
  await page.setViewportSize({ width, height });
  await page.goto('/numbers/hotline?mute=1');
  const canvas = page.getByRole('application', { name: 'Call flow of Hotline' });
  await canvas.getByRole('group', { name: 'Inbound call', exact: true }).waitFor();
  const toggle = page.getByRole('toolbar', { name: 'Designer' }).getByRole('button', { name: 'Simulator' });
  if (await toggle.getAttribute('aria-pressed') === 'false') await toggle.click();
  await page.getByRole('button', { name: 'Start call' }).waitFor();
  return canvas;
}

/** The designer's toolbar is one row: its first button and Publish share a line. */
async function toolbarRows(page: E2E['page']) {
  const toolbar = page.getByRole('toolbar', { name: 'Designer' });
  const undo = (await toolbar.getByRole('button', { name: 'Undo' }).boundingBox())!;
  const publish = (await toolbar.getByRole('button', { name: 'Publish', exact: true }).boundingBox())!;
  return { sameRow: Math.abs(undo.y - publish.y) < 2, height: (await toolbar.boundingBox())!.height };
}

describe('the designer with the simulator shown on laptop screens', () => {
  // Four columns side by side left the canvas 231 px wide at 1,024 px (487 at 1,280), under the overview map.
  for (const [width, height, minCanvas] of [[1024, 768, 500], [1280, 720, 740]] as const) {
    it(`keeps the canvas usable and the toolbar on one row at ${width} × ${height}`, async () => {
      const { page } = b;
      const canvas = await designerWithSimulator(page, width, height);
      const box = (await canvas.boundingBox())!;
      expect(box.width).toBeGreaterThan(minCanvas);
      // The whole canvas is in the window: no page scroll either way.
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      expect(await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight])).toEqual([width, height]);
      expect((await toolbarRows(page)).sameRow).toBe(true);
      // The inspector and the simulator are both on screen, beside the canvas.
      const side = (await page.locator('.cf-designer__side').boundingBox())!;
      const sim = (await page.getByRole('complementary', { name: 'Simulator' }).boundingBox())!;
      expect(side.x).toBeGreaterThanOrEqual(box.x + box.width - 1);
      expect(sim.x).toBeGreaterThanOrEqual(box.x + box.width - 1);
      expect(sim.y + sim.height).toBeLessThanOrEqual(height);
      expect(b.errors).toEqual([]);
    });
  }

  it('keeps the 1440 × 900 layout: palette, canvas, inspector and simulator side by side', async () => {
    const { page } = b;
    const canvas = await designerWithSimulator(page, 1440, 900);
    const box = (await canvas.boundingBox())!;
    const side = (await page.locator('.cf-designer__side').boundingBox())!;
    const sim = (await page.getByRole('complementary', { name: 'Simulator' }).boundingBox())!;
    expect(box.width).toBeGreaterThan(600);
    expect(Math.round(side.x)).toBe(Math.round(box.x + box.width));
    expect(Math.round(sim.x)).toBe(Math.round(side.x + side.width));
    expect(Math.round(side.y)).toBe(Math.round(box.y));
    expect(Math.round(sim.y)).toBe(Math.round(box.y));
    expect((await toolbarRows(page)).sameRow).toBe(true);
  });
});

describe('the designer head whatever the issue count says', () => {
  // Users saw Publish drop to a second row at 1,440 px once the count read "2 errors, 14 warnings"
  // (the head grew from ~88 to ~122 px and the canvas moved down). Debian's DejaVu Sans is a little
  // narrower than their fonts: 1,400 px reproduces it here.
  for (const width of [1440, 1400]) {
    it(`keeps one height and the canvas in place at ${width} × 900`, async () => {
      const { page } = b;
      const canvas = await designerWithSimulator(page, width, 900);
      const status = page.getByRole('toolbar', { name: 'Designer' }).getByRole('status').last();
      await expect.poll(() => status.textContent()).toBe('No issues');
      const head = page.locator('.cf-designer__head');
      const before = { head: (await head.boundingBox())!.height, canvas: (await canvas.boundingBox())!.y };
      for (const kind of ['Employee', 'External number', 'Queue group', 'CRM account owner', 'Mobile', 'Employee']) {
        await page.getByRole('button', { name: `Add ${kind}` }).click();
      }
      await expect.poll(() => status.textContent()).toMatch(/^\d+ errors, \d{2} warnings$/);
      expect((await head.boundingBox())!.height).toBe(before.head);
      expect((await canvas.boundingBox())!.y).toBe(before.canvas);
      expect((await toolbarRows(page)).sameRow).toBe(true);
      // However short it is drawn, the count's whole text is there for a screen reader, and on hover.
      expect(await status.getAttribute('title')).toBe(await status.textContent());
      expect(b.errors).toEqual([]);
    });
  }
});
