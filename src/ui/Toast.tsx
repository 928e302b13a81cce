import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useLiveText } from './announcer';
import { focusLost } from './focusLost';

export interface ToastProps {
  children: ReactNode;
  /**
   * An action such as Undo. `undoKey`: Ctrl/⌘+Z runs it while the notice shows (outside text
   * fields), so that a keyboard user need not go looking for the button before it goes.
   */
  action?: { label: string; onClick: () => void; undoKey?: boolean };
  onDismiss: () => void;
  /**
   * Hide after this long; null keeps it until dismissed. Default: 8 s with an action, long
   * enough to reach Undo; without one, the time it takes to read the notice (see readingTime).
   */
  timeoutMs?: number | null;
}

/** With an action: long enough to reach the button. */
export const ACTION_TIMEOUT_MS = 8000;
/** The least a notice with no action stays ("Restored …"): shorter than Undo's, as there is nothing to reach. */
export const INFO_TIMEOUT_MS = 5000;

/**
 * How long a notice with no action stays: 5 s, or 60 ms a character (about 200 words a
 * minute) for a longer one such as "Added … Its outbound prefix is left empty, …", at most
 * as long as a notice with Undo. Pointer or focus on it still hold it.
 */
export function readingTime(text: string): number {
  return Math.min(ACTION_TIMEOUT_MS, Math.max(INFO_TIMEOUT_MS, text.length * 60));
}

/**
 * A short notice at the bottom of the screen, announced politely (announcer.tsx), with an optional action.
 * It waits while the pointer or keyboard focus is on it, so that Undo never vanishes under the hand.
 */
export function Toast({ children, action, onDismiss, timeoutMs }: ToastProps) {
  const root = useRef<HTMLDivElement>(null);
  const notice = useRef<HTMLSpanElement>(null);
  const ownLiveRegion = useLiveText(notice);
  const [held, setHeld] = useState({ focus: false, hover: false });
  const paused = held.focus || held.hover;
  const hasAction = action !== undefined;
  // Undo turns the notice into a "Restored …" one without an action: its own, shorter time then
  // starts afresh, rather than the Undo notice's 8 s running on.
  useEffect(() => {
    if (timeoutMs === null || paused) return undefined;
    const ms = timeoutMs ?? (hasAction ? ACTION_TIMEOUT_MS : readingTime(notice.current?.textContent ?? ''));
    const t = setTimeout(onDismiss, ms);
    return () => clearTimeout(t);
  }, [onDismiss, timeoutMs, paused, hasAction]);
  // Where the keyboard was before it came to the notice: it goes back there when the notice goes with a click on it.
  const cameFrom = useRef<HTMLElement | null>(null);
  const thenRefocus = (fn: () => void) => () => {
    fn();
    window.requestAnimationFrame(() => {
      if (focusLost()) {
        const back = cameFrom.current?.isConnected ? cameFrom.current : document.getElementById('main');
        back?.focus();
      }
      // The button that had focus may be gone (Undo) with no blur to say so: the hold must not outlive it.
      setHeld((h) => ({ ...h, focus: root.current?.contains(document.activeElement) ?? false }));
    });
  };
  const undoKey = action?.undoKey ? action.onClick : null;
  useEffect(() => {
    if (!undoKey) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey || e.key.toLowerCase() !== 'z' || isTextField(e.target)) return;
      // Before the designer's own Ctrl+Z (a document listener): this notice is about the latest action.
      e.preventDefault();
      e.stopPropagation();
      undoKey();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [undoKey]);
  return (
    <div
      ref={root}
      className="toast"
      onFocus={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) cameFrom.current = e.relatedTarget as HTMLElement | null;
        setHeld((h) => ({ ...h, focus: true }));
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setHeld((h) => ({ ...h, focus: false }));
      }}
      onMouseEnter={() => setHeld((h) => ({ ...h, hover: true }))}
      onMouseLeave={() => setHeld((h) => ({ ...h, hover: false }))}
    >
      {/* Only the notice is said (through the page's Announcer): its buttons' names are not part of it. */}
      <span role={ownLiveRegion ? 'status' : undefined} ref={notice}>{children}</span>
      {action && <button type="button" onClick={thenRefocus(action.onClick)} aria-keyshortcuts={action.undoKey ? 'Control+Z' : undefined}>{action.label}</button>}
      {action?.undoKey && <kbd className="toast-keys" aria-hidden="true">Ctrl+Z</kbd>}
      <button type="button" aria-label="Dismiss" onClick={thenRefocus(onDismiss)}>×</button>
    </div>
  );
}

const isTextField = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'TEXTAREA' || (t.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit'].includes((t as HTMLInputElement).type)));
