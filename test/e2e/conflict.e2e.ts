import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser } from './browser';
import type { E2E } from './browser';
import { storedNumbers } from './stored';

let b: E2E;
beforeEach(async () => {
  b = await openBrowser();
  await b.context.clock.install();
});
afterEach(async () => { await b.close(); });

const canvasOf = (page: Page) => page.getByRole('application', { name: 'Call flow of Hotline' });

/** Selects the node and gives it a new label in the inspector, committed with Enter. */
async function relabel(page: Page, from: string, to: string) {
  await canvasOf(page).getByRole('group', { name: from, exact: true }).click();
  const label = page.getByRole('textbox', { name: 'Label', exact: true });
  // The inspector follows the selection a moment later: filling sooner renamed the node selected before.
  await expect.poll(() => label.inputValue()).toBe(from);
  await label.fill(to);
  await label.press('Enter');
}

/**
 * Both tabs edit while the context's clock is paused, so that neither autosave can run before
 * both edits are made; then time flows again and both save, one after the other. Whichever
 * saves second finds the other's save and must ask (without the pause this is a race).
 */
async function editInBoth(a: Page, b2: Page, from: string, toA: string, toB: string) {
  await b.context.clock.pauseAt(Date.now() + 1_000);
  await relabel(a, from, toA);
  await relabel(b2, from, toB);
  await b.context.clock.resume();
}

const noticeIn = (page: Page) => page.getByRole('alert').filter({ hasText: 'This flow was changed in another tab' });

/** Two pages of one browser profile on the Hotline's designer: they share one IndexedDB, as two tabs do. */
async function twoTabs(): Promise<[Page, Page]> {
  const first = b.page;
  await first.goto('/numbers/hotline?mute=1');
  await canvasOf(first).getByRole('group', { name: 'Main menu', exact: true }).waitFor();
  const second = await b.context.newPage();
  await second.goto('/numbers/hotline?mute=1');
  await canvasOf(second).getByRole('group', { name: 'Main menu', exact: true }).waitFor();
  return [first, second];
}

/** After both relabelled `from` (editInBoth), the one tab that is asked, the other, and each one's label. */
async function askedOf(first: Page, second: Page, labels: [string, string]) {
  await expect.poll(async () => (await noticeIn(first).count()) + (await noticeIn(second).count()), { timeout: 10_000 }).toBe(1);
  const firstAsked = (await noticeIn(first).count()) === 1;
  return firstAsked
    ? { asked: first, other: second, mine: labels[0], theirs: labels[1] }
    : { asked: second, other: first, mine: labels[1], theirs: labels[0] };
}

describe('two tabs editing the same flow', () => {
  it('the tab that saves second is asked; "Keep mine" wins and the other tab shows it, nothing lost silently', async () => {
    const [first, second] = await twoTabs();

    // Both edit the greeting's label within the autosave delay, neither reloading.
    await editInBoth(first, second, 'Welcome', 'Greeting (tab 1)', 'Greeting (tab 2)');

    const { asked, other, mine, theirs } = await askedOf(first, second, ['Greeting (tab 1)', 'Greeting (tab 2)']);

    // Neither edit is gone yet: the asked tab still shows its own, the store holds the other's.
    await canvasOf(asked).getByRole('group', { name: mine, exact: true }).waitFor();
    expect(await storedNumbers(asked)).toContain(theirs);
    const notice = noticeIn(asked);
    await notice.getByRole('button', { name: 'Reload theirs' }).waitFor();
    await notice.getByRole('button', { name: 'Keep mine' }).click();
    await notice.waitFor({ state: 'detached' });

    // Kept: stored, and the other tab (which had nothing unsaved) follows without a reload, and is told.
    await expect.poll(() => storedNumbers(other)).toContain(mine);
    await canvasOf(other).getByRole('group', { name: mine, exact: true }).waitFor();
    expect(await noticeIn(other).count()).toBe(0);
    await other.getByRole('status').filter({ hasText: `Another tab replaced your change to “${theirs}” (now “${mine}”).` }).waitFor();
    expect(b.errors).toEqual([]);
  });

  it('"Reload theirs" drops this tab\'s edit for the other tab\'s', async () => {
    const [first, second] = await twoTabs();
    await editInBoth(first, second, 'Main menu', 'Menu (tab 1)', 'Menu (tab 2)');
    const { asked, other, theirs } = await askedOf(first, second, ['Menu (tab 1)', 'Menu (tab 2)']);
    await noticeIn(asked).getByRole('button', { name: 'Reload theirs' }).click();
    await canvasOf(asked).getByRole('group', { name: theirs, exact: true }).waitFor();
    await canvasOf(other).getByRole('group', { name: theirs, exact: true }).waitFor();
    expect(await storedNumbers(other)).toContain(theirs);
  });

  it('edits to different nodes at the same moment merge: no question, both kept in both tabs', async () => {
    const [first, second] = await twoTabs();
    await b.context.clock.pauseAt(Date.now() + 1_000);
    await relabel(first, 'Welcome', 'Greeting (tab 1)');
    await relabel(second, 'Main menu', 'Menu (tab 2)');
    await b.context.clock.resume();
    await expect.poll(() => storedNumbers(first), { timeout: 10_000 }).toMatch(/Greeting \(tab 1\)[^]*Menu \(tab 2\)|Menu \(tab 2\)[^]*Greeting \(tab 1\)/);
    for (const page of [first, second]) {
      await canvasOf(page).getByRole('group', { name: 'Greeting (tab 1)', exact: true }).waitFor();
      await canvasOf(page).getByRole('group', { name: 'Menu (tab 2)', exact: true }).waitFor();
      expect(await page.getByRole('alert').filter({ hasText: 'This flow was changed in another tab' }).count()).toBe(0);
    }
    expect(b.errors).toEqual([]);
  });

  it('reloading the tab that was asked, without choosing, asks before leaving and never reverts the other tab\'s later save', async () => {
    const [first, second] = await twoTabs();
    await editInBoth(first, second, 'Welcome', 'Greeting (tab 1)', 'Greeting (tab 2)');
    const { asked, other, mine, theirs } = await askedOf(first, second, ['Greeting (tab 1)', 'Greeting (tab 2)']);

    // The other tab saves a further edit; the asked tab has not chosen.
    await relabel(other, 'Main menu', 'Menu (later)');
    await expect.poll(() => storedNumbers(other), { timeout: 10_000 }).toContain('Menu (later)');

    const dialogs: string[] = [];
    asked.on('dialog', (d) => { dialogs.push(d.type()); void d.accept(); });
    await asked.reload();
    expect(dialogs).toEqual(['beforeunload']);
    // After the reload its unsaved edit is offered again, not written over the other tab's saves.
    await noticeIn(asked).waitFor({ timeout: 10_000 });
    await canvasOf(asked).getByRole('group', { name: mine, exact: true }).waitFor();
    await new Promise((r) => setTimeout(r, 2_000));
    const stored = await storedNumbers(other);
    expect(stored).toContain('Menu (later)');
    expect(stored).toContain(theirs);
    expect(stored).not.toContain(mine);
    await canvasOf(other).getByRole('group', { name: 'Menu (later)', exact: true }).waitFor();
    await canvasOf(other).getByRole('group', { name: theirs, exact: true }).waitFor();
  });
});
