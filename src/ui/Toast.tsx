import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';

export interface ToastProps {
  children: ReactNode;
  /** An action such as Undo. */
  action?: { label: string; onClick: () => void };
  onDismiss: () => void;
  /** Hide after this long; null keeps it until dismissed. Default 8 s, long enough to reach Undo. */
  timeoutMs?: number | null;
}

/**
 * A short notice at the bottom of the screen, announced politely, with an optional action.
 * It waits while the pointer or keyboard focus is on it, so that Undo never vanishes under the hand.
 */
export function Toast({ children, action, onDismiss, timeoutMs = 8000 }: ToastProps) {
  const [held, setHeld] = useState({ focus: false, hover: false });
  const paused = held.focus || held.hover;
  useEffect(() => {
    if (timeoutMs === null || paused) return undefined;
    const t = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(t);
  }, [onDismiss, timeoutMs, paused]);
  return (
    <div
      className="toast"
      role="status"
      aria-live="polite"
      onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setHeld((h) => ({ ...h, focus: false }));
      }}
      onMouseEnter={() => setHeld((h) => ({ ...h, hover: true }))}
      onMouseLeave={() => setHeld((h) => ({ ...h, hover: false }))}
    >
      <span>{children}</span>
      {action && <button type="button" onClick={action.onClick}>{action.label}</button>}
      <button type="button" aria-label="Dismiss" onClick={onDismiss}>×</button>
    </div>
  );
}
