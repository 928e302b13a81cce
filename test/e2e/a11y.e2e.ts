import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { openBrowser } from './browser';
import type { E2E } from './browser';

let b: E2E;
beforeEach(async () => { b = await openBrowser(); });
afterEach(async () => { await b.close(); });

describe('axe-core finds no violations on the main screens', () => {
  it('/numbers', async () => {
    const { page } = b;
    await page.goto('/numbers?mute=1');
    await page.getByRole('table', { name: 'Phone numbers' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('/numbers with its dialogs: add a number (with an error shown), delete, and a refused import', async () => {
    const { page } = b;
    await page.goto('/numbers?mute=1');
    await page.getByRole('button', { name: 'Add number' }).click();
    const add = page.getByRole('dialog', { name: 'Add a phone number' });
    await add.getByLabel('Phone number').fill('12');
    await add.getByRole('button', { name: 'Add number' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await add.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Delete Office PBX' }).click();
    await page.getByRole('alertdialog').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByLabel('Import bundle').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":1}') });
    await page.getByRole('dialog', { name: '“bad.json” cannot be imported' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('/numbers/hotline: the designer with a node selected, and the simulator during and after a call', async () => {
    const { page } = b;
    await page.goto('/numbers/hotline?mute=1');
    const canvas = page.getByRole('application', { name: 'Call flow of Hotline' });
    await canvas.getByRole('group', { name: 'Main menu', exact: true }).click();
    await page.getByRole('textbox', { name: 'Label', exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel(/^Date and time/).fill('2026-11-26T21:30');
    await page.getByRole('button', { name: 'Start call' }).click();
    expect(await axeViolations(page)).toEqual([]);
    const outcome = page.getByRole('heading', { name: /^Voicemail/ });
    for (let i = 0; i < 20 && !(await outcome.isVisible()); i++) await page.getByRole('button', { name: 'Skip to next timer' }).click();
    await outcome.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Scenarios' }).click();
    await page.getByRole('button', { name: 'Run all' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Paths' }).click();
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Outbound' }).click();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('/numbers/:id for a flow with issues, with the publish form open and a revision listed', async () => {
    const { page } = b;
    await page.goto('/numbers?mute=1');
    await page.getByRole('button', { name: 'Add number' }).click();
    const add = page.getByRole('dialog', { name: 'Add a phone number' });
    await add.getByLabel('Phone number').fill('+842873005555');
    await add.getByLabel('Name').fill('New line');
    await add.getByRole('button', { name: 'Add number' }).click();
    await page.getByRole('link', { name: 'Open designer for New line' }).click();
    await page.getByRole('heading', { name: /^Issues/ }).waitFor();
    await page.getByRole('application', { name: 'Call flow of New line' }).getByRole('group', { name: /^Inbound call/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // A valid flow can be published: the hotline's form and its revision list.
    await page.goto('/numbers/hotline?mute=1');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByLabel('Revision name').fill('First');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Publish revision' }).click();
    await page.getByRole('button', { name: 'Restore First' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('/numbers/hotline/settings', async () => {
    const { page } = b;
    await page.goto('/numbers/hotline/settings?mute=1');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('/workspace', async () => {
    const { page } = b;
    await page.goto('/workspace?mute=1');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
  });
});
