import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser } from './browser';
import type { E2E } from './browser';

let b: E2E;
beforeEach(async () => { b = await openBrowser(); });
afterEach(async () => { await b.close(); });

/** Opens the demo hotline's designer with the simulator, sound muted. */
async function openHotline(page: Page) {
  await page.goto('/numbers/hotline?mute=1');
  await page.getByRole('application', { name: 'Call flow of Hotline' }).waitFor();
  await page.getByRole('button', { name: 'Start call' }).waitFor();
}

/** Sets the call's date and time, entered in the number's timezone (Asia/Ho_Chi_Minh). */
async function callAt(page: Page, local: string) {
  await page.getByLabel(/^Date and time/).fill(local);
}

/** Presses "Skip to next timer" until `ready` is visible. */
async function skipUntil(page: Page, ready: ReturnType<Page['getByRole']>, max = 20) {
  for (let i = 0; i < max; i++) {
    if (await ready.isVisible()) return;
    await page.getByRole('button', { name: 'Skip to next timer' }).click();
  }
  await ready.waitFor({ timeout: 2_000 });
}

describe('call simulator on the demo hotline', () => {
  it('connects a caller who dials 101 during the greeting to Anna, with the greeting highlighted', async () => {
    const { page } = b;
    await openHotline(page);
    await callAt(page, '2026-11-26T10:00');
    await page.getByRole('button', { name: 'Start call' }).click();
    const greeting = page.getByRole('group', { name: 'Welcome', exact: true });
    const keypad = page.getByRole('group', { name: 'Keypad' });
    await skipUntil(page, keypad);
    // The greeting node is the live one while the caller keys in the extension.
    await greeting.getByText('The call is at Welcome').waitFor();
    for (const k of ['1', '0', '1']) await keypad.getByRole('button', { name: k, exact: true }).click();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('button', { name: /^Answer \(Anna Pham/ }).click();
    await page.getByRole('heading', { name: 'Connected to Anna Pham' }).waitFor();
    expect(b.errors).toEqual([]);
  });

  it('brings the live node into view when the call moves off screen', async () => {
    const { page } = b;
    await openHotline(page);
    // Pan the flow away, far up and left, as a trainer might have.
    const canvas = page.getByRole('application', { name: 'Call flow of Hotline' });
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width - 40, box.y + box.height - 140);
    await page.mouse.down();
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 10 });
    await page.mouse.up();
    const afterHours = canvas.getByRole('group', { name: 'After hours', exact: true });
    const inView = async () => {
      const n = await afterHours.boundingBox({ timeout: 300 }).catch(() => null);
      return !!n && n.x >= box.x && n.y >= box.y && n.x + n.width <= box.x + box.width && n.y + n.height <= box.y + box.height;
    };
    expect(await inView()).toBe(false);
    await callAt(page, '2026-11-26T21:30');
    await page.getByRole('button', { name: 'Start call' }).click();
    await skipUntil(page, page.getByRole('heading', { name: /^Voicemail/ }));
    await expect.poll(inView, { timeout: 5_000 }).toBe(true);
    expect(b.errors).toEqual([]);
  });

  it('sends a call outside working hours to voicemail', async () => {
    const { page } = b;
    await openHotline(page);
    await callAt(page, '2026-11-26T21:30');
    await page.getByRole('button', { name: 'Start call' }).click();
    const outcome = page.getByRole('heading', { name: /^Voicemail/ });
    await skipUntil(page, outcome);
    expect(await outcome.textContent()).toBe('Voicemail (general mailbox)');
  });

  it('a stranger asking for their account manager gets Sales; the call saved as a scenario still passes, and the lead goes into the CRM only on request', async () => {
    const { page } = b;
    await openHotline(page);
    await callAt(page, '2026-11-26T10:00');
    await page.getByRole('button', { name: 'Start call' }).click();
    await skipUntil(page, page.getByText(/^Welcome waits for keys/));
    await page.getByRole('button', { name: 'Press nothing' }).click();
    await skipUntil(page, page.getByText(/^Main menu (waits for keys|is playing)/));
    await page.getByRole('group', { name: 'Keypad' }).getByRole('button', { name: '3', exact: true }).click();
    await page.getByRole('button', { name: 'Send' }).click();
    const answerAnna = page.getByRole('button', { name: /^Answer \(Anna Pham/ });
    await skipUntil(page, answerAnna);
    await answerAnna.click();
    await page.getByRole('heading', { name: 'Connected to Anna Pham' }).waitFor();
    await page.getByRole('list', { name: 'Call details' }).getByText('Lead created (source CALL)').waitFor();

    await page.getByRole('button', { name: 'Save as scenario' }).click();
    await page.getByLabel('Scenario name').fill('Stranger asks for the account manager');
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    // The call left the CRM as it was, so the saved call replays as it ran.
    await page.getByRole('tab', { name: 'Scenarios' }).click();
    const list = page.getByRole('list', { name: 'Scenarios' });
    await list.getByText('Stranger asks for the account manager').waitFor();
    await page.getByRole('button', { name: 'Run all' }).click();
    const item = list.getByRole('listitem').filter({ hasText: 'Stranger asks for the account manager' });
    await expect.poll(async () => (await item.textContent()) ?? '').toMatch(/Pass/);

    // Asked for, the lead goes into the CRM, owned by Anna who took the call.
    await page.getByRole('tab', { name: 'Call' }).click();
    await page.getByRole('button', { name: 'Add the lead to the CRM' }).click();
    await page.getByText(/^Lead .* is in the CRM now, Anna Pham responsible\.$/).waitFor();
    await page.getByRole('link', { name: 'Workspace' }).click();
    await page.getByRole('searchbox', { name: 'Search CRM records' }).fill('Lead');
    const responsible = page.getByRole('combobox', { name: /^Responsible for Lead \+84/ });
    await responsible.waitFor();
    expect(await responsible.locator('option:checked').textContent()).toMatch(/^Anna Pham/);
    expect(b.errors).toEqual([]);
  });

  it('saves a call as a scenario and passes when all scenarios run', async () => {
    const { page } = b;
    await openHotline(page);
    await callAt(page, '2026-11-26T21:30');
    await page.getByRole('button', { name: 'Start call' }).click();
    await skipUntil(page, page.getByRole('heading', { name: /^Voicemail/ }));
    await page.getByRole('button', { name: 'Save as scenario' }).click();
    await page.getByLabel('Scenario name').fill('Night call goes to voicemail');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('tab', { name: 'Scenarios' }).or(page.getByRole('button', { name: 'Scenarios', exact: true })).first().click();
    const list = page.getByRole('list', { name: 'Scenarios' });
    await list.getByText('Night call goes to voicemail').waitFor();
    await page.getByRole('button', { name: 'Run all' }).click();
    await expect.poll(async () => (await list.textContent()) ?? '').toMatch(/pass/i);
    expect(await list.textContent()).not.toMatch(/fail/i);
    // The scenario is kept: it is still there after a reload.
    await page.reload();
    await page.getByRole('tab', { name: 'Scenarios' }).or(page.getByRole('button', { name: 'Scenarios', exact: true })).first().click();
    await page.getByRole('list', { name: 'Scenarios' }).getByText('Night call goes to voicemail').waitFor();
  });
});
