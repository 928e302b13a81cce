import { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';

interface Announcer {
  /** Says `text`: the same text twice is said twice. */
  say: (text: string) => void;
  /** `text` is no longer on screen: the region lets it go, unless it has since said something else. */
  withdraw: (text: string) => void;
}
const AnnouncerContext = createContext<Announcer | null>(null);

/**
 * One polite live region for the page, in it from the first render. A live region inserted
 * with its text already in it is not read by every screen reader (VoiceOver skips it), so
 * texts that come and go — a toast, another tab's "replaced your change", "Laying out…" — are
 * said here rather than being live regions themselves (`useLiveText`).
 */
export function Announcer({ children }: { children: ReactNode }) {
  const [text, setText] = useState('');
  const frame = useRef(0);
  const pending = useRef<string | null>(null);
  const announcer = useMemo<Announcer>(() => ({
    say(next) {
      // Emptied first and set a frame later, so that the same text twice is said twice.
      setText('');
      pending.current = next;
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => {
        pending.current = null;
        setText(next);
      });
    },
    withdraw(gone) {
      if (pending.current === gone) {
        cancelAnimationFrame(frame.current);
        pending.current = null;
      }
      setText((now) => (now === gone ? '' : now));
    },
  }), []);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  return (
    <AnnouncerContext.Provider value={announcer}>
      {/* First, at the page's top: after a full-height shell it made the page scroll by its margin. */}
      <p role="status" className="visually-hidden">{text}</p>
      {children}
    </AnnouncerContext.Provider>
  );
}

/**
 * Says the text of `ref`'s element through the page's Announcer whenever it changes, and lets
 * it go when the element goes. Returns whether the element must be its own live region
 * instead: where no Announcer is above it (a component on its own, in a test or a story).
 */
export function useLiveText(ref: RefObject<HTMLElement | null>): boolean {
  const announcer = useContext(AnnouncerContext);
  const said = useRef('');
  // After every render: the text is the element's, whatever children made it.
  useEffect(() => {
    const text = ref.current?.textContent ?? '';
    if (!announcer || text === said.current) return;
    if (said.current) announcer.withdraw(said.current);
    said.current = text;
    if (text) announcer.say(text);
  });
  useEffect(() => () => {
    if (said.current) announcer?.withdraw(said.current);
  }, [announcer]);
  return announcer === null;
}

/**
 * Text that appears with its content (a result, "Saved …", "Laying out…"): shown where it is,
 * said through the page's Announcer (`useLiveText`).
 */
export function LiveText({ as: Tag = 'span', className, children }: { as?: 'span' | 'p'; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  const ownLiveRegion = useLiveText(ref);
  return <Tag ref={ref as RefObject<never>} className={className} role={ownLiveRegion ? 'status' : undefined}>{children}</Tag>;
}
