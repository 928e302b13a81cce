import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBrowser } from './browser';
import type { E2E } from './browser';
import { mp3Bytes } from '../settings/mp3';

let b: E2E;
beforeEach(async () => { b = await openBrowser(); });
afterEach(async () => { await b.close(); });

// Thursday 26 Nov 2026, 10:00 in Ho Chi Minh City: inside the demo hotline's working hours.
const THURSDAY_10AM = '2026-11-26T03:00:00Z';

describe('number settings and workspace', () => {
  it('closes the hotline on Thursdays, and a call now goes to the after-hours voicemail', async () => {
    const { page } = b;
    await page.goto(`/numbers/hotline/settings?now=${THURSDAY_10AM}&mute=1`);
    const hours = page.getByRole('region', { name: 'Working hours' }).or(page.locator('section', { has: page.getByRole('heading', { name: 'Working hours' }) })).first();
    await hours.getByText(/^Open now/).waitFor();
    await page.getByLabel('Thursday is a day off').check();
    await hours.getByText(/^Closed now/).waitFor();

    await page.getByRole('link', { name: /designer/i }).first().click();
    await page.getByRole('button', { name: 'Start call' }).waitFor();
    await page.getByRole('button', { name: 'Start call' }).click();
    const outcome = page.getByRole('heading', { name: /^Voicemail/ });
    for (let i = 0; i < 20 && !(await outcome.isVisible()); i++) await page.getByRole('button', { name: 'Skip to next timer' }).click();
    expect(await outcome.textContent()).toBe('Voicemail (general mailbox)');
    // Still closed after a reload: the setting was saved.
    await page.goto(`/numbers/hotline/settings?now=${THURSDAY_10AM}`);
    expect(await page.getByLabel('Thursday is a day off').isChecked()).toBe(true);
  });

  it('refuses a stereo mp3 for hold music, saying it must be mono', async () => {
    const { page } = b;
    const file = join(mkdtempSync(join(tmpdir(), 'callflow-mp3-')), 'stereo.mp3');
    writeFileSync(file, mp3Bytes('stereo', 20));
    await page.goto('/numbers/hotline/settings?mute=1');
    await page.getByLabel('Upload hold music').setInputFiles(file);
    const alert = page.getByRole('alert').filter({ hasText: 'mono' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/stereo.*must be mono/);
    expect(await page.getByRole('button', { name: 'Remove uploaded hold music' }).count()).toBe(0);
  });

  it('requests a disconnection of the hotline and undoes it', async () => {
    const { page } = b;
    await page.goto(`/numbers/hotline/settings?now=${THURSDAY_10AM}`);
    await page.getByRole('button', { name: 'Disconnect this number…' }).click();
    const confirm = page.getByRole('alertdialog', { name: /^Disconnect Hotline/ });
    // The seed's warnings are repeated in the confirmation.
    expect(await confirm.textContent()).toMatch(/cannot be refunded[\s\S]*24 hours[\s\S]*3 months/);
    await confirm.getByRole('button', { name: 'Disconnect', exact: true }).click();
    await page.getByText(/^Disconnects in 23 h 59 min/).waitFor();
    await page.getByRole('button', { name: 'Undo disconnection' }).click();
    await page.getByRole('button', { name: 'Disconnect this number…' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Disconnect this number…' }).waitFor();
  });

  it('switching the plan to Free reports that the hotline’s voice menu needs a higher plan', async () => {
    const { page } = b;
    await page.goto('/workspace');
    await page.getByLabel('Plan').selectOption({ label: 'Free' });
    const losses = page.getByRole('list', { name: 'What the numbers lose on this plan' });
    await losses.waitFor();
    const hotline = losses.getByRole('listitem').filter({ hasText: "Voice menu 'Main menu'" });
    expect(await hotline.textContent()).toMatch(/^Hotline: Voice menu 'Main menu' needs the Start\+, CRM\+, Standard or Professional plan/);
    // The designer says so too: the flow now has errors (the simulator still runs it).
    await hotline.getByRole('link', { name: 'Hotline' }).click();
    const status = page.getByRole('toolbar', { name: 'Designer' }).getByRole('status').last();
    await expect.poll(() => status.textContent()).toMatch(/^\d+ errors?/);
    // The simulator still runs the flow (behaviour.md: it runs whatever it is given), listing the errors.
    await page.getByText(/^This flow has \d+ errors?; calls run on it as it is\.$/).waitFor();
    expect(await page.getByRole('button', { name: 'Start call' }).isEnabled()).toBe(true);
  });
});
