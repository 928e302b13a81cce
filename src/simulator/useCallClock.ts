import { useCallback, useEffect, useState } from 'react';
import type { CallControls } from './useCall';
import { elapsedOf } from './useCall';

/** How fast the simulated clock runs while a call is live. */
export type Speed = 'paused' | '1x' | '10x';
const FACTOR: Record<Speed, number> = { paused: 0, '1x': 1, '10x': 10 };
/** Real milliseconds between clock steps. */
const TICK_MS = 100;

/**
 * Runs a live call's simulated clock from a real-time interval at the chosen speed (1× while
 * the flow waits for the caller's keys, whatever the speed), and reads it for display. Lives in the panel, so the ticks re-render the panel and not the canvas.
 */
export function useCallClock(call: CallControls, initialSpeed: Speed) {
  const { session, view } = call;
  const [speed, setSpeed] = useState<Speed>(initialSpeed);
  const [reading, setReading] = useState({ id: 0, seconds: 0 });
  const refresh = useCallback(() => {
    if (session) setReading({ id: session.id, seconds: elapsedOf(session) });
  }, [session]);

  const running = !!view && !view.done;
  // A key window of 10 s would pass in one real second at 10×: while the caller may key, the clock keeps real time.
  const slowedForKeys = running && speed === '10x' && !!view.awaitingDigits;
  const factor = slowedForKeys ? 1 : FACTOR[speed];
  useEffect(() => {
    if (!session || !running || factor === 0) return;
    const id = setInterval(() => {
      session.clock.advance(TICK_MS * factor);
      setReading({ id: session.id, seconds: elapsedOf(session) });
    }, TICK_MS);
    return () => clearInterval(id);
  }, [session, running, factor]);

  const { skipToNextTimer, pressNothing } = call;
  return {
    speed,
    setSpeed,
    /** The chosen speed is 10×, but the flow waits for the caller's keys: the clock runs at 1× until it stops waiting. */
    slowedForKeys,
    seconds: session && reading.id === session.id ? reading.seconds : 0,
    skipToNextTimer: useCallback(() => { skipToNextTimer(); refresh(); }, [skipToNextTimer, refresh]),
    pressNothing: useCallback(() => { pressNothing(); refresh(); }, [pressNothing, refresh]),
  };
}

export type CallClockControls = ReturnType<typeof useCallClock>;
