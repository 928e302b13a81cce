import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { useLocation } from 'react-router';
import { useProjectSelector } from '../store/react';
import type { StoreSnapshot } from '../store';

const APP = 'Callflow Studio';

/** The tab's title for an address: what is on screen first, so that a screen reader says where a link led. */
export function pageTitle(path: string, numberName: (id: string) => string | null): string {
  const m = /^\/numbers\/([^/]+)(\/settings)?\/?$/.exec(path);
  if (m) {
    const name = numberName(decodeURIComponent(m[1]!));
    if (name === null) return `Not found — ${APP}`;
    return `${name} — ${m[2] ? 'Settings' : 'Call flow'} — ${APP}`;
  }
  if (path === '/numbers' || path === '/') return `Phone numbers — ${APP}`;
  if (path === '/workspace') return `Workspace settings — ${APP}`;
  return `Not found — ${APP}`;
}

const selectNumbers = (s: StoreSnapshot) => s.project?.numbers ?? null;

/**
 * On moving to another screen, puts focus on the main region, so that a screen reader starts
 * reading the new screen instead of staying on the link that led there. An address with a
 * `#field` leaves focus to the screen, which puts it on that field.
 */
export function useFocusOnScreenChange(main: RefObject<HTMLElement | null>): void {
  const { pathname, hash } = useLocation();
  // The address last acted on: the first screen keeps the browser's focus, and StrictMode's second run changes nothing.
  const last = useRef(pathname + hash);
  useEffect(() => {
    const at = pathname + hash;
    if (last.current === at) return;
    last.current = at;
    if (!hash) main.current?.focus({ preventScroll: true });
  }, [pathname, hash, main]);
}

/** Keeps `document.title` in step with the address and the names in the workspace. */
export function usePageTitle(): void {
  const { pathname } = useLocation();
  const numbers = useProjectSelector(selectNumbers);
  useEffect(() => {
    if (!numbers) return;
    document.title = pageTitle(pathname, (id) => {
      const n = numbers.find((x) => x.id === id);
      return n ? n.name.trim() || n.number : null;
    });
  }, [pathname, numbers]);
}
