import { useCallback, useEffect, useState } from 'react';
import type { CallControls } from './useCall';
import { elapsedOf } from './useCall';

/** How fast the simulated clock runs while a call is live. */
export type Speed = 'paused' | '1x' | '10x';
const FACTOR: Record<Speed, number> = { paused: 0, '1x': 1, '10x': 10 };
/** Real milliseconds between clock steps. */
const TICK_MS = 100;

/**
 * Runs a live call's simulated clock from a real-time interval at the chosen speed, and reads
 * it for display. Lives in the panel, so the ticks re-render the panel and not the canvas.
 */
export function useCallClock(call: CallControls, initialSpeed: Speed) {
  const { session, view } = call;
  const [speed, setSpeed] = useState<Speed>(initialSpeed);
  const [reading, setReading] = useState({ id: 0, seconds: 0 });
  const refresh = useCallback(() => {
    if (session) setReading({ id: session.id, seconds: elapsedOf(session) });
  }, [session]);

  const running = !!view && !view.done;
  useEffect(() => {
    if (!session || !running || speed === 'paused') return;
    const id = setInterval(() => {
      session.clock.advance(TICK_MS * FACTOR[speed]);
      setReading({ id: session.id, seconds: elapsedOf(session) });
    }, TICK_MS);
    return () => clearInterval(id);
  }, [session, running, speed]);

  const { skipToNextTimer, pressNothing } = call;
  return {
    speed,
    setSpeed,
    seconds: session && reading.id === session.id ? reading.seconds : 0,
    skipToNextTimer: useCallback(() => { skipToNextTimer(); refresh(); }, [skipToNextTimer, refresh]),
    pressNothing: useCallback(() => { pressNothing(); refresh(); }, [pressNothing, refresh]),
  };
}

export type CallClockControls = ReturnType<typeof useCallClock>;
