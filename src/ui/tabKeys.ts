import type { KeyboardEvent } from 'react';

/**
 * The WAI-ARIA tabs pattern's keys for a tablist: Left/Right move to the previous/next tab
 * (wrapping), Home/End to the first/last. The tab reached is selected and focused (automatic
 * activation). Only the selected tab is in the Tab order, so these keys are how a keyboard
 * user reaches the others.
 */
export function onTabListKey<T extends string>(ids: readonly T[], selected: T, select: (id: T) => void, tabId: (id: T) => string) {
  return (e: KeyboardEvent<HTMLElement>) => {
    const i = ids.indexOf(selected);
    const to = e.key === 'ArrowRight' ? (i + 1) % ids.length
      : e.key === 'ArrowLeft' ? (i - 1 + ids.length) % ids.length
        : e.key === 'Home' ? 0
          : e.key === 'End' ? ids.length - 1
            : -1;
    const id = ids[to];
    if (id === undefined) return;
    e.preventDefault();
    select(id);
    document.getElementById(tabId(id))?.focus();
  };
}
