import type { ReactNode } from 'react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';

const TICK_MS = 30_000;

interface ClockValue {
  /** "Now" as of the last tick: what the screen shows. */
  now: Date;
  /** The exact current instant, for actions such as a disconnect request; `now` is refreshed right after. */
  read: () => Date;
}

const ClockContext = createContext<ClockValue | null>(null);

/**
 * The instant given by `?now=2026-11-26T10:00:00Z` in the page's address, or null. Lets an
 * end-to-end test (or a trainer) start the app's clock at a known moment.
 */
export function nowFromLocation(search: string | undefined = globalThis.location?.search): Date | null {
  const raw = new URLSearchParams(search ?? '').get('now');
  if (!raw) return null;
  const t = Date.parse(raw);
  return Number.isNaN(t) ? null : new Date(t);
}

export interface ClockProviderProps {
  /**
   * A fixed instant: the clock stands still there (tests, stories). Without it the clock is real
   * time, re-read every 30 seconds — shifted, when the address has `?now=<ISO instant>` (read
   * once, when the provider mounts), so that it starts at that instant and runs on from it.
   */
  now?: Date | string;
  children: ReactNode;
}

/** Supplies "now" to the disconnect lifecycle and the working-hours preview. */
export function ClockProvider({ now, children }: ClockProviderProps) {
  const fixedMs = now === undefined ? null : new Date(now).getTime();
  const [offset] = useState(() => {
    const start = nowFromLocation();
    return start ? start.getTime() - Date.now() : 0;
  });
  const current = useCallback(() => fixedMs ?? Date.now() + offset, [fixedMs, offset]);
  const [tick, setTick] = useState(current);
  useEffect(() => {
    if (fixedMs !== null) return undefined;
    const timer = setInterval(() => setTick(Date.now() + offset), TICK_MS);
    return () => clearInterval(timer);
  }, [fixedMs, offset]);
  const shown = fixedMs ?? tick;
  const value = useMemo<ClockValue>(() => ({
    now: new Date(shown),
    read: () => {
      const t = current();
      // Re-read just after the action, so a countdown started by it shows "23 h 59 min", not
      // the "24 h 0 min" of the very instant of the request.
      if (fixedMs === null) setTimeout(() => setTick(current()), 0);
      return new Date(t);
    },
  }), [shown, current, fixedMs]);
  return <ClockContext.Provider value={value}>{children}</ClockContext.Provider>;
}

/** The current instant as of the clock's last tick. Outside a ClockProvider: real time at render. */
export function useNow(): Date {
  return useContext(ClockContext)?.now ?? new Date();
}

/** Reads the exact current instant when called (for actions); outside a provider, real time. */
export function useReadClock(): () => Date {
  return useContext(ClockContext)?.read ?? (() => new Date());
}

/** Provides a clock unless an outer ClockProvider already does (screens mounted alone, e.g. in tests). */
export function EnsureClock({ children }: { children: ReactNode }) {
  return useContext(ClockContext) ? <>{children}</> : <ClockProvider>{children}</ClockProvider>;
}
