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
});
