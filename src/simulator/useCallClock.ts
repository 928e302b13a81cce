import { useCallback, useEffect, useState } from 'react';
import type { CallControls } from './useCall';
import { elapsedOf } from './useCall';

/** How fast the simulated clock runs while a call is live. */
export type Speed = 'paused' | '1x' | '10x';
const FACTOR: Record<Speed, number> = { paused: 0, '1x': 1, '10x': 10 };
/** Real milliseconds between clock steps. */
const TICK_MS = 100;

/**
 * Runs a live call's simulated clock from a real-time interval at the chosen speed, and reads it
 * for display. 10× speeds through what plays by itself; while the trainer has to act for
 * someone — the caller's keys, or an answer to a ring when Auto does not answer — the clock
 * keeps real time. Lives in the panel, so the ticks re-render the panel and not the canvas.
 */
export function useCallClock(call: CallControls, initialSpeed: Speed, opts: { autoAnswers?: boolean } = {}) {
  const { session, view } = call;
  const [speed, setSpeed] = useState<Speed>(initialSpeed);
  const [reading, setReading] = useState({ id: 0, seconds: 0 });
  const refresh = useCallback(() => {
    if (session) setReading({ id: session.id, seconds: elapsedOf(session) });
  }, [session]);

  const running = !!view && !view.done;
  // A key window of 10 s, or a ring step of 4 rings, would pass in a real second or two at 10×.
  const slowedFor: 'keys' | 'answer' | null = !running || speed !== '10x' ? null
    : view.awaitingDigits ? 'keys'
      : view.ringing && !opts.autoAnswers ? 'answer' : null;
  const factor = slowedFor ? 1 : FACTOR[speed];
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
    /** The chosen speed is 10×, but the flow waits for the caller's keys or a ring for an answer: the clock runs at 1× meanwhile. */
    slowedFor,
    seconds: session && reading.id === session.id ? reading.seconds : 0,
    skipToNextTimer: useCallback(() => { skipToNextTimer(); refresh(); }, [skipToNextTimer, refresh]),
    pressNothing: useCallback(() => { pressNothing(); refresh(); }, [pressNothing, refresh]),
  };
}

export type CallClockControls = ReturnType<typeof useCallClock>;
