import { SimulatedClock } from 'xstate';

interface Timer {
  id: number;
  due: number;
  fn: () => void;
}

/**
 * The simulated clock a call runs on: xstate's `SimulatedClock` API (`now`, `setTimeout`,
 * `clearTimeout`, `increment`, `set`) plus what a simulator needs to drive it — when the next
 * pending timer fires, and stepping to it.
 *
 * It extends `SimulatedClock` but keeps its own timer list, for two reasons:
 * - `SimulatedClock.increment(ms)` moves `now` to the end first and then fires what is due, so a
 *   timer set by one that fires starts counting from the end of the jump, not from when it was set.
 *   Here each timer fires with `now` at its own due time, and timers set meanwhile are honoured.
 * - Timers due at the same instant fire in the order they were set, and a driver may move to an
 *   instant without firing what is due there yet (`advanceTo(t, { fireDue: false })`): a caller's
 *   or party's action at second t comes before the timeouts of second t (N13: an answer at that
 *   very second still connects).
 */
export class CallClock extends SimulatedClock {
  private time = 0;
  private seq = 0;
  private readonly timers = new Map<number, Timer>();

  override now(): number {
    return this.time;
  }

  override setTimeout(fn: (...args: unknown[]) => void, timeout: number): number {
    const id = ++this.seq;
    this.timers.set(id, { id, due: this.time + Math.max(0, timeout || 0), fn: fn as () => void });
    return id;
  }

  override clearTimeout(id: number): void {
    this.timers.delete(id);
  }

  /** When (ms on this clock) the next pending timer fires, or null when none is pending. */
  nextTimerAt(): number | null {
    const next = this.nextTimer();
    return next ? next.due : null;
  }

  /** Number of timers pending. */
  pendingTimers(): number {
    return this.timers.size;
  }

  /**
   * Moves the clock to `target` (ms), firing every timer due on the way at its own due time.
   * With `fireDue: false`, timers due exactly at `target` stay pending.
   */
  advanceTo(target: number, opts: { fireDue?: boolean } = {}): void {
    if (target < this.time) throw new Error('Unable to travel back in time');
    const fireDue = opts.fireDue ?? true;
    for (;;) {
      const next = this.nextTimer();
      if (!next || next.due > target || (!fireDue && next.due === target)) break;
      this.time = next.due;
      this.timers.delete(next.id);
      next.fn();
    }
    this.time = target;
  }

  /** Moves the clock on by `ms`, firing the timers due on the way. */
  advance(ms: number): void {
    this.advanceTo(this.time + ms);
  }

  /** Moves the clock to the next pending timer and fires it (and any due with it). Returns the new time, or null when nothing is pending. */
  advanceToNextTimer(): number | null {
    const at = this.nextTimerAt();
    if (at === null) return null;
    this.advanceTo(at);
    return at;
  }

  override increment(ms: number): void {
    this.advance(ms);
  }

  override set(ms: number): void {
    this.advanceTo(ms);
  }

  override start(): void {
    // SimulatedClock's start() is a no-op too: this clock moves only when told to.
  }

  private nextTimer(): Timer | undefined {
    let best: Timer | undefined;
    // Map iteration follows insertion order, so among equal due times the earliest-set wins.
    for (const t of this.timers.values()) if (!best || t.due < best.due) best = t;
    return best;
  }
}
