export interface AutosaveOptions {
  /** Quiet time after the last edit before writing. */
  debounceMs: number;
  /** A stream of edits is still written at most this long after its first edit. */
  maxDelayMs: number;
  /** Where pagehide / visibilitychange are heard; null for none. */
  lifecycleTarget: EventTarget | null;
  write: () => Promise<void>;
}

export interface Autosave {
  /** An edit happened: write soon. */
  schedule(): void;
  /** Write now (and again afterwards if edits came in meanwhile). */
  flush(): Promise<void>;
  /** Drop a scheduled write. */
  cancel(): void;
  /** Resolves when no write is in flight. */
  idle(): Promise<void>;
  dispose(): void;
}

/**
 * Debounced writes with a ceiling: typing keeps postponing the write, but never past
 * `maxDelayMs` after the first unsaved edit. Writes never overlap. The page's pagehide and
 * hidden visibilitychange flush at once, because a closing tab gives no second chance.
 */
export function createAutosave(o: AutosaveOptions): Autosave {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstEditAt: number | null = null;
  let running: Promise<void> | null = null;
  let again = false;

  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  function flush(): Promise<void> {
    clear();
    firstEditAt = null;
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await o.write();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  function schedule(): void {
    const now = Date.now();
    firstEditAt ??= now;
    clear();
    const wait = Math.max(0, Math.min(o.debounceMs, firstEditAt + o.maxDelayMs - now));
    timer = setTimeout(() => void flush(), wait);
  }

  const onPageHide = () => void flush();
  const onVisibility = () => {
    if ((globalThis as { document?: Document }).document?.visibilityState === 'hidden') void flush();
  };
  o.lifecycleTarget?.addEventListener('pagehide', onPageHide);
  // visibilitychange fires on document, not window; it is heard whenever page events are.
  const doc = (globalThis as { document?: Document }).document;
  const visTarget = o.lifecycleTarget && doc ? doc : null;
  visTarget?.addEventListener('visibilitychange', onVisibility);

  return {
    schedule,
    flush,
    cancel: () => {
      clear();
      firstEditAt = null;
    },
    idle: async () => {
      while (running) await running.catch(() => undefined);
    },
    dispose() {
      clear();
      o.lifecycleTarget?.removeEventListener('pagehide', onPageHide);
      visTarget?.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
