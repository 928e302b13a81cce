import { useLayoutEffect, useRef } from 'react';

const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]';
const nameOf = (el: HTMLElement) => el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? el.textContent?.trim() ?? '';

/**
 * Puts focus back after a change that removed or moved the focused control: a removed row's
 * button is gone, and a list item React moves loses focus in the browser. `after(names)` asks
 * for the first enabled control inside `container` named one of `names`, in that order,
 * once the change has rendered; with none there, the container's heading.
 */
export function useRefocus<T extends HTMLElement = HTMLElement>() {
  const container = useRef<T>(null);
  const wanted = useRef<readonly string[] | null>(null);
  useLayoutEffect(() => {
    const names = wanted.current;
    const root = container.current;
    if (!names || !root) return;
    wanted.current = null;
    const all = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !(el as HTMLButtonElement).disabled);
    for (const name of names) {
      const el = all.find((x) => nameOf(x) === name);
      if (el) return el.focus();
    }
    const heading = root.querySelector<HTMLElement>('h2, h3');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  });
  return { container, after: (names: readonly string[]) => void (wanted.current = names) };
}
