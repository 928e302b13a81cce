import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser } from './browser';
import type { E2E } from './browser';

let b: E2E;
beforeEach(async () => { b = await openBrowser(); });
afterEach(async () => { await b.close(); });

const toolbarStatus = (page: Page) => page.getByRole('toolbar', { name: 'Designer' }).getByRole('status').last();
const canvas = (page: Page) => page.getByRole('application', { name: 'Call flow of Hotline' });
/** The queue group the selected queue node rings, as its picker shows it ("Sales (500)"). */
const chosenQueue = (page: Page) => page.getByRole('combobox', { name: 'Queue group' }).locator('option:checked').textContent({ timeout: 2_000 });
const newVoicemail = (page: Page) => canvas(page).getByRole('group', { name: /^Voicemail \d+(, \d+ issues?)?$/ });

/** Points the Welcome greeting's "Extension not answered" output at the node whose option text starts with `prefix`. */
async function pointExtensionNoAnswerTo(page: Page, prefix: string) {
  await canvas(page).getByRole('group', { name: 'Welcome', exact: true }).click();
  const select = page.getByLabel('Extension not answered goes to');
  const options = await select.locator('option').allTextContents();
  const label = options.find((o) => o.startsWith(prefix));
  expect(label, `an option starting with ${prefix} in ${options.join(' | ')}`).toBeDefined();
  await select.selectOption({ label: label! });
}

describe('designer on the demo hotline', () => {
  it('adds a Voicemail from the palette, connects it, keeps it after a reload, and undoes and redoes', async () => {
    const { page } = b;
    await page.goto('/numbers/hotline?mute=1');
    await canvas(page).waitFor();
    await expect.poll(() => toolbarStatus(page).textContent()).toBe('No issues');

    await page.getByRole('button', { name: 'Add Voicemail' }).click();
    await newVoicemail(page).waitFor();
    // Nothing leads to it yet: validation warns that it is unreachable.
    await expect.poll(() => toolbarStatus(page).textContent()).toBe('1 warning');

    await pointExtensionNoAnswerTo(page, 'Voicemail ');
    await expect.poll(() => toolbarStatus(page).textContent()).toBe('No issues');

    await page.waitForTimeout(800); // autosave is at most 500 ms late
    await page.reload();
    await canvas(page).waitFor();
    await newVoicemail(page).waitFor();
    await expect.poll(() => toolbarStatus(page).textContent()).toBe('No issues');
    await canvas(page).getByRole('group', { name: 'Welcome', exact: true }).click();
    expect(await page.getByLabel('Extension not answered goes to').locator('option:checked').textContent()).toMatch(/^Voicemail \d+$/);

    // Undo and redo the connection (history starts afresh after the reload: redo the edit first).
    await pointExtensionNoAnswerTo(page, 'Leave a message');
    await expect.poll(() => toolbarStatus(page).textContent()).toBe('1 warning');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => toolbarStatus(page).textContent()).toBe('No issues');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => toolbarStatus(page).textContent()).toBe('1 warning');
    expect(b.errors).toEqual([]);
  });

  it('adds five kinds from the palette in a row: each lands in view, covering no other node', async () => {
    const { page } = b;
    await page.goto('/numbers/hotline?mute=1');
    await canvas(page).waitFor();
    const box = (await canvas(page).boundingBox())!;
    for (const kind of ['Hang up', 'Hang up', 'Hang up', 'Hang up', 'Hang up']) {
      await page.getByRole('button', { name: `Add ${kind}` }).click();
      // The new node is the selected one; it is fully on screen once the view has followed it.
      const added = canvas(page).locator('.react-flow__node.selected');
      await expect.poll(async () => {
        const n = await added.boundingBox();
        return !!n && n.x >= box.x && n.y >= box.y && n.x + n.width <= box.x + box.width && n.y + n.height <= box.y + box.height;
      }, { timeout: 5_000 }).toBe(true);
    }
    const boxes = await canvas(page).locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom]));
    const overlapping = boxes.filter((a, i) => boxes.some((c, k) => k !== i && a[0]! < c[2]! && c[0]! < a[2]! && a[1]! < c[3]! && c[1]! < a[3]!));
    expect(overlapping).toEqual([]);
    expect(b.errors).toEqual([]);
  });

  it('refuses a broken bundle, listing every problem, and leaves the flow unchanged', async () => {
    const { page } = b;
    await page.goto('/numbers/hotline?mute=1');
    await canvas(page).getByRole('group', { name: 'Main menu', exact: true }).waitFor();
    const before = await canvas(page).getByRole('group').count();

    const file = join(mkdtempSync(join(tmpdir(), 'callflow-bad-')), 'broken.json');
    writeFileSync(file, JSON.stringify({
      format: 'callflow-studio/project', version: 1,
      workspace: { name: 42, plan: 'gold' },
      numbers: [{ id: 'x', kind: 'rented', number: '+842800000000', name: 'X', flow: { nodes: [{ id: 'a', type: 'teleport', data: {} }] } }],
    }));
    await page.getByRole('link', { name: 'Numbers' }).click();
    await page.getByLabel('Import bundle').setInputFiles(file);
    const dialog = page.getByRole('dialog', { name: /cannot be imported/ });
    await dialog.waitFor();
    const problems = await dialog.getByRole('list', { name: 'Problems' }).getByRole('listitem').allTextContents();
    expect(problems.length).toBe(3);
    expect(problems.join('\n')).toContain('workspace.name');
    expect(problems.join('\n')).toContain('workspace.plan');
    expect(problems.join('\n')).toContain('numbers[0].flow.nodes[0].type');
    await page.keyboard.press('Escape');

    await page.goto('/numbers/hotline?mute=1');
    await canvas(page).waitFor();
    await canvas(page).getByRole('group', { name: 'Main menu', exact: true }).waitFor();
    expect(await canvas(page).getByRole('group').count()).toBe(before);
  });

  it('renames a queue group from the inspector, undoes it from the toolbar, and the undo is saved', async () => {
    const { page } = b;
    await page.goto('/numbers/hotline?mute=1');
    // Clicked the moment the page opens, the view may still settle under the pointer (its first
    // view follows the canvas's size as the side panels mount): click until the node is selected.
    const edit = page.getByRole('button', { name: 'Edit queue group' });
    await expect.poll(async () => {
      if (!(await edit.isVisible())) await canvas(page).getByRole('group', { name: 'Sales team', exact: true }).click();
      return edit.isVisible();
    }, { timeout: 15_000 }).toBe(true);
    await edit.click();
    const name = page.getByRole('textbox', { name: 'Queue name' });
    await name.fill('Sales floor');
    await name.press('Tab');
    await expect.poll(() => chosenQueue(page)).toMatch(/^Sales floor/);
    await page.getByRole('toolbar', { name: 'Designer' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => chosenQueue(page)).toMatch(/^Sales(?! floor)/);
    // Undo is an edit like any other: it is stored, so a reload shows the old name.
    await page.waitForTimeout(800);
    await page.reload();
    await canvas(page).getByRole('group', { name: 'Sales team', exact: true }).click();
    await expect.poll(() => chosenQueue(page)).toMatch(/^Sales(?! floor)/);
  });
});
