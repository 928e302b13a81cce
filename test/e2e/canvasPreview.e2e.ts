import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBrowser } from './browser';
import type { E2E } from './browser';

let b: E2E;
beforeEach(async () => { b = await openBrowser(); });
afterEach(async () => { await b.close(); });

/** Installed before the page's own code: whether the canvas preview was ever on the page. */
const RECORD_PREVIEW = `(() => {
  window.__previewSeen = false;
  new MutationObserver(() => { if (document.querySelector('.early-preview')) window.__previewSeen = true; })
    .observe(document, { childList: true, subtree: true });
})();`;
const previewSeen = (page: Page) => page.evaluate(() => (window as unknown as { __previewSeen: boolean }).__previewSeen);

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Designer' });

/** Holds the app's own chunk back, as a slow connection would, so that the preview can be looked at. */
async function slowApp(page: Page, ms: number) {
  await page.route(/\/assets\/Root-[^/]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, ms));
    await route.continue();
  });
}

async function seeded(page: Page) {
  await page.goto('/numbers?mute=1');
  await page.getByRole('table', { name: 'Phone numbers' }).waitFor();
}

describe('a designer address paints its stored flow before the app’s code has loaded', () => {
  it('shows the flow at once, then the designer takes over on the same view', async () => {
    const { page } = b;
    await seeded(page);
    await slowApp(page, 2_000);
    await page.goto('/numbers/hotline?mute=1');

    // The stored flow is on screen, read-only, while the designer's code is still on its way.
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Opening the flow of Hotline…' }).count()).toBe(1);
    const early = page.locator('.early-preview .react-flow__node').filter({ hasText: 'Inbound call' });
    await early.waitFor();
    const before = (await early.boundingBox())!;
    expect(await page.locator('.early-preview .react-flow__edge').count()).toBeGreaterThan(0);
    expect(await toolbar(page).count()).toBe(0);
    // Nothing in it takes the keyboard: it is a picture of the flow until the designer is there.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.early-preview'))).toBe(false);

    // The designer replaces it, with every node where the preview drew it.
    await toolbar(page).waitFor();
    await expect.poll(() => page.locator('.early-preview').count()).toBe(0);
    expect(await page.getByRole('status').filter({ hasText: 'Opening the flow of Hotline…' }).count()).toBe(0);
    const inbound = page.getByRole('application', { name: 'Call flow of Hotline' }).getByRole('group', { name: 'Inbound call', exact: true });
    const after = (await inbound.boundingBox())!;
    expect(Math.abs(after.x - before.x)).toBeLessThan(1);
    expect(Math.abs(after.y - before.y)).toBeLessThan(1);
    // And it is the designer: a click selects the node and the inspector shows it.
    await inbound.click();
    await expect.poll(() => page.getByRole('heading', { name: 'Inbound call' }).count()).toBeGreaterThan(0);
    expect(b.errors).toEqual([]);
  });

  it('opens without a preview when the stored flow was written by another build, and with one once this build has read it', async () => {
    const { page, context } = b;
    await context.addInitScript(RECORD_PREVIEW);
    await seeded(page);
    // As an older version of the app would have left it: the store must parse it before anything shows it.
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('callflow-studio');
      open.onsuccess = () => {
        const tx = open.result.transaction('numbers', 'readwrite');
        const numbers = tx.objectStore('numbers');
        const get = numbers.get('hotline');
        get.onsuccess = () => numbers.put({ ...get.result, stamp: 'an-older-build' });
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }));
    await page.goto('/numbers/hotline?mute=1');
    await toolbar(page).waitFor();
    await page.getByRole('application', { name: 'Call flow of Hotline' }).getByRole('group', { name: 'Inbound call', exact: true }).waitFor();
    expect(await previewSeen(page)).toBe(false);

    // The load stored it again as this build reads it: the next open paints it early.
    await page.reload();
    await toolbar(page).waitFor();
    expect(await previewSeen(page)).toBe(true);
    expect(b.errors).toEqual([]);
  });

  it('in a window too narrow for the side-by-side layout, opens without a preview, on its own first view', async () => {
    const { page, context } = b;
    await context.addInitScript(RECORD_PREVIEW);
    await page.setViewportSize({ width: 800, height: 900 });
    await seeded(page);
    await page.goto('/numbers/hotline?mute=1');
    await toolbar(page).waitFor();
    const canvas = page.getByRole('application', { name: 'Call flow of Hotline' });
    const inbound = canvas.getByRole('group', { name: 'Inbound call', exact: true });
    await inbound.waitFor();
    expect(await previewSeen(page)).toBe(false);
    // The whole Inbound call node is on the canvas, not above its top edge.
    const [c, n] = [(await canvas.boundingBox())!, (await inbound.boundingBox())!];
    expect(n.y).toBeGreaterThanOrEqual(c.y);
  });

  it('when the designer’s code cannot be fetched, the preview goes and the page says so, its header still there', async () => {
    const { page } = b;
    await seeded(page);
    await page.route(/\/assets\/DesignerRoute-[^/]+\.js$/, (route) => route.abort());
    await page.goto('/numbers/hotline?mute=1');
    const alert = page.getByRole('alert').filter({ hasText: 'This screen could not be shown' });
    await alert.waitFor();
    await expect.poll(() => page.locator('.early-preview').count()).toBe(0);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Numbers' }).waitFor();
    expect(await page.getByRole('button', { name: 'Reload the page' }).count()).toBe(1);
  });

  it('a first visit straight to a designer address opens the designer, with the demo stored', async () => {
    const { page, context } = b;
    await context.addInitScript(RECORD_PREVIEW);
    await page.goto('/numbers/office?mute=1');
    await toolbar(page).waitFor();
    await page.getByRole('application', { name: 'Call flow of Office PBX' }).getByRole('group', { name: 'Inbound call', exact: true }).waitFor();
    expect(await previewSeen(page)).toBe(false);
    await page.getByRole('link', { name: 'Numbers' }).click();
    await page.getByRole('table', { name: 'Phone numbers' }).getByRole('link', { name: 'Open designer for Hotline' }).waitFor();
    expect(b.errors).toEqual([]);
  });
});
