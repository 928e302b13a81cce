import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { generatedProject } from '../helpers/generateFlow';
import { openBrowser } from './browser';
import type { E2E } from './browser';

let b: E2E;
beforeEach(async () => { b = await openBrowser(); });
afterEach(async () => { await b.close(); });

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement).catch(() => false);

/** Presses Tab (Shift+Tab when `back`) until `target` has the focus: the only way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, { back = false, max = 150 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`Tab never reached the target; focus is on ${at}`);
}

describe('keyboard only', () => {
  it('adds a number, builds a two-node flow from the palette and inspector, runs a call to its outcome, saves it and runs all scenarios', async () => {
    const { page } = b;
    page.setDefaultTimeout(10_000);
    await page.goto('/numbers?mute=1');
    await page.getByRole('table', { name: 'Phone numbers' }).waitFor();

    // Add the number.
    await tabTo(page, page.getByRole('button', { name: 'Add number' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add a phone number' });
    await dialog.waitFor();
    await tabTo(page, dialog.getByLabel('Phone number'));
    await page.keyboard.type('+842873005555');
    await tabTo(page, dialog.getByLabel('Name'));
    await page.keyboard.type('Keyboard line');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    // Open its designer.
    await tabTo(page, page.getByRole('link', { name: 'Open designer for Keyboard line' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/numbers\/[^/]+$/);
    const canvas = page.getByRole('application', { name: 'Call flow of Keyboard line' });
    await canvas.getByRole('group', { name: /^Inbound call/ }).waitFor();
    // The new screen takes focus (its main region), and the tab's title names it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(await page.title()).toBe('Keyboard line — Call flow — Callflow Studio');

    // Add a voicemail node from the palette.
    await tabTo(page, page.getByRole('button', { name: 'Add Voicemail' }));
    await page.keyboard.press('Enter');
    const voicemail = canvas.getByRole('group', { name: /^Voicemail/ });
    await voicemail.waitFor();

    // Select the incoming node and point its Next at the voicemail.
    const incoming = canvas.getByRole('group', { name: /^Inbound call/ });
    await tabTo(page, incoming);
    await page.keyboard.press('Enter');
    const next = page.getByRole('combobox', { name: 'Next goes to' });
    await next.waitFor();
    await tabTo(page, next);
    const voicemailOption = await next.getByRole('option', { name: /Voicemail/ }).first().textContent();
    // A closed select takes arrow keys: step until the voicemail is chosen.
    for (let i = 0; i < 10 && (await next.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)) !== voicemailOption; i++) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await next.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)).toBe(voicemailOption);
    await canvas.getByRole('group', { name: /^Connection from Inbound call, Next, to Voicemail/ }).waitFor();

    // Call the number in the simulator until the call ends.
    await tabTo(page, page.getByRole('button', { name: 'Start call' }));
    await page.keyboard.press('Enter');
    const outcome = page.getByRole('heading', { name: /^Voicemail/ });
    const skip = page.getByRole('button', { name: 'Skip to next timer' });
    for (let i = 0; i < 20 && !(await outcome.isVisible()); i++) {
      if (!(await isFocused(skip))) await tabTo(page, skip);
      await page.keyboard.press('Enter');
    }
    await outcome.waitFor();

    // Save the call as a scenario, reach the Scenarios tab with the arrow keys, and run them all.
    await tabTo(page, page.getByRole('button', { name: 'Save as scenario' }));
    await page.keyboard.press('Enter');
    await page.keyboard.type('Straight to voicemail');
    await page.keyboard.press('Enter');
    const callTab = page.getByRole('tab', { name: 'Call' });
    await tabTo(page, callTab, { back: true });
    await page.keyboard.press('ArrowRight');
    expect(await isFocused(page.getByRole('tab', { name: 'Scenarios' }))).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Run all' }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '1 passed, 0 failed' }).waitFor();
    expect(b.errors).toEqual([]);
  });

  it('reaches a node far off screen with Find a node (Ctrl+F), which brings it into view and puts focus on it', async () => {
    const { page } = b;
    page.setDefaultTimeout(15_000);
    await page.goto('/numbers?mute=1');
    await page.getByRole('table', { name: 'Phone numbers' }).waitFor();
    // 400 nodes in one column: the last ones are far below the first view, so not rendered at all.
    const project = generatedProject(400);
    const number = project.numbers[0]!;
    const far = number.flow.nodes.at(-1)!;
    await page.getByLabel('Import bundle').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(project)) });
    await page.getByRole('button', { name: 'Import and replace' }).click();
    await page.getByRole('link', { name: `Open designer for ${number.name}` }).click();
    const canvas = page.getByRole('application', { name: `Call flow of ${number.name}` });
    const target = canvas.getByRole('group', { name: far.data.label as string, exact: true });
    await canvas.getByRole('group', { name: 'incoming 1', exact: true }).waitFor();
    expect(await target.count()).toBe(0);

    await canvas.getByRole('group', { name: 'incoming 1', exact: true }).focus();
    await page.keyboard.press('Control+f');
    const box = page.getByRole('combobox', { name: 'Find a node' });
    expect(await isFocused(box)).toBe(true);
    await page.keyboard.type(far.data.label as string);
    await page.getByRole('option', { name: new RegExp(`^${far.data.label}`) }).waitFor();
    // The list follows the typing a moment late (a deferred value): while it still shows the
    // matches of "hangup 40", the node looked for is listed but not first. Wait until it is.
    await expect.poll(async () => (await page.getByRole('option').first().textContent())?.startsWith(far.data.label as string)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    await target.waitFor();
    await expect.poll(() => isFocused(target.locator('xpath=ancestor-or-self::*[contains(@class,"react-flow__node")][1]'))).toBe(true);
    const view = (await canvas.boundingBox())!;
    const node = (await target.boundingBox())!;
    expect(node.y).toBeGreaterThanOrEqual(view.y);
    expect(node.y + node.height).toBeLessThanOrEqual(view.y + view.height);
    await page.getByRole('heading', { name: new RegExp(`: ${far.data.label}$`) }).waitFor();
    expect(b.errors).toEqual([]);
  });

  it('Tab on the canvas reaches the nodes in view first, then their connections, then the canvas controls', async () => {
    const { page } = b;
    await page.goto('/numbers/hotline?mute=1');
    const canvas = page.getByRole('application', { name: 'Call flow of Hotline' });
    await canvas.getByRole('group', { name: 'Main menu', exact: true }).waitFor();
    // The last of the links that skip the canvas: the next Tab enters it.
    await tabTo(page, page.getByRole('link', { name: 'Skip the canvas, to the simulator' }));
    const names: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
      if (name === 'Zoom In') break;
      names.push(name);
    }
    const firstConnection = names.findIndex((n) => n.startsWith('Connection from'));
    // Nodes first (the Inbound call node leads), then only connections: before, Tab walked every connection first.
    expect(names[0]).toBe('Inbound call');
    expect(firstConnection).toBeGreaterThan(5);
    expect(names.slice(firstConnection).every((n) => n.startsWith('Connection from'))).toBe(true);
    expect(names.slice(0, firstConnection).some((n) => n.startsWith('Connection from'))).toBe(false);
    expect(b.errors).toEqual([]);
  });
});
