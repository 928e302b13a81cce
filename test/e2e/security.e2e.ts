import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser } from './browser';
import type { E2E } from './browser';
import { storedNumbers } from './stored';

const XSS = '<img src=x onerror=alert(1)>';

let b: E2E;
let dialogs: string[];
beforeEach(async () => {
  b = await openBrowser();
  dialogs = [];
  b.page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  // Any script a payload managed to run would call alert: record it in a flag the test reads.
  await b.context.addInitScript(() => {
    const w = window as unknown as { __xssRan: boolean; alert: (m?: unknown) => void };
    w.__xssRan = false;
    const original = w.alert.bind(window);
    w.alert = (m?: unknown) => { w.__xssRan = true; original(m); };
  });
});
afterEach(async () => { await b.close(); });

async function expectNothingRan(page: Page) {
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xssRan: boolean }).__xssRan)).toBe(false);
  expect(await page.locator('img[src="x"], [onerror]').count()).toBe(0);
}

describe('user text is never markup', () => {
  it('a node label typed in the inspector shows as text on the canvas and in the inspector, and runs nothing', async () => {
    const { page } = b;
    await page.goto('/numbers/hotline?mute=1');
    const canvas = page.getByRole('application', { name: 'Call flow of Hotline' });
    await canvas.getByRole('group', { name: 'Welcome', exact: true }).click();
    const label = page.getByRole('textbox', { name: 'Label', exact: true });
    await label.fill(XSS);
    await label.press('Enter');
    await label.blur();
    const node = canvas.getByRole('group', { name: XSS, exact: true });
    await node.waitFor();
    expect(await node.textContent()).toContain(XSS);
    expect(await label.inputValue()).toBe(XSS);
    // Stored as typed, and still text after a reload.
    await expect.poll(() => storedNumbers(page)).toContain(JSON.stringify(XSS).slice(1, -1));
    await page.reload();
    await canvas.getByRole('group', { name: XSS, exact: true }).waitFor();
    await expectNothingRan(page);
    expect(b.errors).toEqual([]);
  });

  it('an imported bundle full of payloads shows them as text on every screen', async () => {
    const { page } = b;
    const demo = JSON.parse(readFileSync('test/fixtures/demo.json', 'utf8')) as {
      workspace: { name: string; employees: { name: string }[]; queues: { name: string }[] };
      numbers: { name: string; flow: { nodes: { data: { label?: string } }[] } }[];
      scenarios: { name: string }[];
    };
    demo.workspace.name = `${XSS} workspace`;
    demo.workspace.employees[0]!.name = `${XSS} employee`;
    demo.workspace.queues[0]!.name = `${XSS} queue`;
    demo.numbers[0]!.name = `${XSS} number`;
    demo.numbers[0]!.flow.nodes[1]!.data.label = `${XSS} label`;
    demo.scenarios[0]!.name = `${XSS} scenario`;
    await page.goto('/numbers?mute=1');
    await page.getByRole('table', { name: 'Phone numbers' }).waitFor();
    await page.getByLabel('Import bundle').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(demo)) });
    await page.getByRole('button', { name: 'Import and replace' }).click();
    await page.getByRole('row', { name: new RegExp(`${XSS.replace(/[()]/g, '\\$&')} number`) }).waitFor();
    expect(await page.getByRole('banner').textContent()).toContain(`${XSS} workspace`);

    await page.goto('/workspace?mute=1');
    await page.getByText(`${XSS} employee`).first().waitFor();
    await page.getByText(`${XSS} queue`).first().waitFor();

    await page.goto('/numbers/hotline?mute=1');
    await page.getByRole('group', { name: `${XSS} label`, exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Scenarios' }).click();
    await page.getByText(`${XSS} scenario`).first().waitFor();
    await expectNothingRan(page);
  });

  it('the built page carries a Content-Security-Policy that forbids inline script', async () => {
    const { page } = b;
    await page.goto('/numbers');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toBeTruthy();
    const scriptSrc = csp!.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    // And the browser enforces it: an inline script added now does not run.
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.appendChild(s);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
  });
});
