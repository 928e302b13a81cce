import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBrowser } from './browser';
import type { E2E } from './browser';

let b: E2E;
beforeEach(async () => { b = await openBrowser(); });
afterEach(async () => { await b.close(); });

describe('the Scenarios tab', () => {
  it('lays out every row the same way, a short name or a long one: the name, then the verdict, Rename, Run and Delete on one line', async () => {
    const { page } = b;
    await page.goto('/numbers/hotline?mute=1');
    await page.getByRole('button', { name: 'Start call' }).waitFor();
    await page.getByRole('tab', { name: 'Scenarios' }).click();
    // One short name beside the demo's long one.
    await page.getByRole('button', { name: /^Rename After hours/ }).click();
    await page.getByRole('textbox', { name: 'New name' }).fill('Night');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Run all' }).click();
    await page.getByRole('status').filter({ hasText: /^\d+ passed, \d+ failed$/ }).waitFor();

    const rows = await page.getByRole('list', { name: 'Scenarios' }).locator(':scope > li').evaluateAll((items) => items.map((li) => {
      const at = li.getBoundingClientRect();
      const box = (el: Element | null) => {
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return { x: Math.round(r.x - at.x), top: Math.round(r.top - at.top), bottom: Math.round(r.bottom - at.top), mid: Math.round((r.top + r.bottom) / 2 - at.top) };
      };
      const name = li.querySelector('strong')!;
      return {
        name: name.textContent,
        nameBox: box(name)!,
        verdict: box(li.querySelector('.sim-pass, .sim-fail')),
        rename: box(li.querySelector('button[aria-label^="Rename "]')),
        run: box(li.querySelector('button[aria-label^="Run "]')),
        remove: box(li.querySelector('button[aria-label^="Delete "]')),
      };
    }));
    expect(rows.map((r) => r.name)).toContain('Night');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const r of rows) {
      // The verdict and the actions are below the name, on one line.
      for (const part of [r.verdict, r.rename, r.run, r.remove]) {
        expect(part, `${r.name}`).not.toBeNull();
        expect(part!.top, `${r.name}`).toBeGreaterThanOrEqual(r.nameBox.bottom);
        expect(Math.abs(part!.mid - r.run!.mid), `${r.name}`).toBeLessThanOrEqual(2);
      }
      // Each in the same place on every row.
      for (const key of ['verdict', 'rename', 'run', 'remove'] as const) {
        expect(r[key]!.x, `${key} of ${r.name}`).toBe(rows[0]![key]!.x);
      }
    }
    // The accessible names are the same as ever.
    await page.getByRole('button', { name: 'Run Night' }).waitFor();
    await page.getByRole('button', { name: 'Delete Night' }).waitFor();
    await page.getByRole('button', { name: 'Rename Night' }).click();
    await page.getByRole('form', { name: 'Rename Night' }).waitFor();
    await page.keyboard.press('Escape');
    // Escape leaves the name as it was and puts the keyboard back on Rename.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Rename Night');
    expect(b.errors).toEqual([]);
  });
});
