import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBrowser } from './browser';
import type { E2E } from './browser';

let b: E2E;
beforeEach(async () => { b = await openBrowser(); });
afterEach(async () => { await b.close(); });

/** A bundle whose one flow has 299 nodes of an unknown type: 299 problems. */
const manyProblems = JSON.stringify({
  format: 'callflow-studio/project',
  version: 1,
  workspace: { name: 'Broken Co' },
  numbers: [{
    id: 'a', kind: 'rented', number: '+842871234567', name: 'A',
    flow: { nodes: Array.from({ length: 299 }, (_, i) => ({ id: `x${i}`, type: 'teleport', position: { x: 0, y: 0 }, data: {} })), edges: [] },
  }],
});

describe('importing with the keyboard', () => {
  it('Enter on Import bundle opens the file chooser', async () => {
    const { page } = b;
    // Playwright turns on file chooser interception without waiting for it: asked for before the
    // page loads, it is on long before Enter (asked for just before, a busy machine lost the race).
    const chooser = page.waitForEvent('filechooser', { timeout: 30_000 });
    await page.goto('/numbers?mute=1');
    await page.getByRole('table', { name: 'Phone numbers' }).waitFor();
    await page.getByRole('button', { name: 'Add number' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.getByLabel('Import bundle').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect((await chooser).isMultiple()).toBe(false);
  });

  it('the list of 299 problems takes focus with a visible ring, and End and Home scroll it', async () => {
    const { page } = b;
    await page.goto('/numbers?mute=1');
    await page.getByLabel('Import bundle').setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(manyProblems) });
    const dialog = page.getByRole('dialog', { name: '“many.json” cannot be imported' });
    await dialog.getByText('Fix these 299 problems', { exact: false }).waitFor();
    await page.keyboard.press('Shift+Tab');
    const region = dialog.getByRole('region', { name: 'Problems in the file' });
    expect(await region.evaluate((el) => el === document.activeElement)).toBe(true);
    const ring = await region.evaluate((el) => { const cs = getComputedStyle(el); return { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth) }; });
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    const scrollTop = () => region.evaluate((el) => el.scrollTop);
    await page.keyboard.press('End');
    await expect.poll(scrollTop).toBeGreaterThan(1_000);
    await page.keyboard.press('Home');
    await expect.poll(scrollTop).toBe(0);
    await page.keyboard.press('PageDown');
    await expect.poll(scrollTop).toBeGreaterThan(0);
    expect(b.errors).toEqual([]);
  });
});
