import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBrowser } from './browser';
import type { E2E } from './browser';

let b: E2E;
beforeEach(async () => { b = await openBrowser(); });
afterEach(async () => { await b.close(); });

describe('app shell', () => {
  it('opens on the demo workspace and reaches the hotline designer with its nodes on the canvas', async () => {
    const { page } = b;
    await page.goto('/');
    await page.waitForURL('**/numbers');
    await expect.poll(() => page.getByRole('banner').textContent()).toContain('Acme Logistics');
    expect(await page.getByRole('banner').textContent()).toContain('Standard plan');
    const row = page.getByRole('row', { name: /Hotline/ });
    await row.getByRole('link', { name: /designer/i }).click();
    await page.waitForURL('**/numbers/hotline');
    const canvas = page.getByRole('application', { name: 'Call flow of Hotline' });
    await canvas.waitFor();
    for (const label of ['Office open?', 'Welcome', 'Main menu', 'Sales team', 'Account manager', 'After hours']) {
      await canvas.getByRole('group', { name: label, exact: true }).waitFor();
    }
    expect(b.errors).toEqual([]);
  });

  it('shows a not-found page for an unknown address and for an unknown number', async () => {
    const { page } = b;
    await page.goto('/no-such-page');
    await page.getByRole('heading', { name: 'This page does not exist' }).waitFor();
    await page.goto('/numbers/nope');
    await page.getByRole('heading', { name: 'This phone number does not exist' }).waitFor();
  });

  it('keeps the header bar where it is when the app replaces the first paint', async () => {
    const { page } = b;
    // The app's own chunk held back, as on a slow connection, so that the first paint can be measured.
    await page.route(/\/assets\/Root-[^/]+\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1_500));
      await route.continue();
    });
    await page.goto('/numbers?mute=1');
    await page.getByRole('status').filter({ hasText: 'Opening your workspace…' }).waitFor();
    const banner = page.getByRole('banner');
    const before = (await banner.boundingBox())!;
    const titleBefore = (await banner.getByText('Callflow Studio').boundingBox())!;
    await page.getByRole('table', { name: 'Phone numbers' }).waitFor();
    expect(await banner.textContent()).toContain('Acme Logistics');
    const after = (await banner.boundingBox())!;
    const titleAfter = (await banner.getByText('Acme Logistics').boundingBox())!;
    // Before the fix the bar grew by a line (33 to 49 px), moving the page down, and the title moved right.
    expect(after.height).toBeCloseTo(before.height, 1);
    expect(titleAfter.x).toBeCloseTo(titleBefore.x, 1);
    // Alone on its line, the title sits in the middle of the bar, as the icon does; not above an empty line.
    expect(titleBefore.y + titleBefore.height / 2).toBeCloseTo(before.y + before.height / 2, 0);
    expect(b.errors).toEqual([]);
  });
});
