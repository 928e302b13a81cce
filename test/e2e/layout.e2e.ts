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
