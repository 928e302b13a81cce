import type { Page } from 'playwright-core';

/**
 * Starts noting whether a status with exactly `text` shows on the page, however briefly (a
 * short task may come and go between two checks); the function returned tells whether it did.
 */
export async function watchStatus(page: Page, text: string): Promise<() => Promise<boolean>> {
  await page.evaluate((t) => {
    const w = window as unknown as { __sawStatus?: Record<string, boolean> };
    const saw = (w.__sawStatus ??= {});
    saw[t] = false;
    new MutationObserver(() => {
      if ([...document.querySelectorAll('[role="status"]')].some((el) => el.textContent === t)) saw[t] = true;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }, text);
  return () => page.evaluate((t) => (window as unknown as { __sawStatus: Record<string, boolean> }).__sawStatus[t] === true, text);
}
