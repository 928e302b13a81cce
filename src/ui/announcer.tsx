import { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';

interface Announcer {
  /** Says `text`: the same text twice is said twice, and texts said together are said one after the other. */
  say: (text: string) => void;
  /** `text` is no longer on screen: the region lets it go. */
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
  // What the region says, and what it will say at the next frame (null: nothing waiting).
  const shown = useRef<string[]>([]);
  const waiting = useRef<string[] | null>(null);
  const announcer = useMemo<Announcer>(() => ({
    say(next) {
      if (waiting.current) {
        // Said in the same moment as another text (a toast and the count it changed): both are said.
        waiting.current.push(next);
        return;
      }
      // Emptied first and filled a frame later, so that the same text twice is said twice.
      waiting.current = [next];
      shown.current = [];
      setText('');
      frame.current = requestAnimationFrame(() => {
        shown.current = waiting.current ?? [];
        waiting.current = null;
        setText(shown.current.join(' '));
      });
    },
    withdraw(gone) {
      if (waiting.current) waiting.current = waiting.current.filter((t) => t !== gone);
      if (!shown.current.includes(gone)) return;
      shown.current = shown.current.filter((t) => t !== gone);
      setText(shown.current.join(' '));
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
 * Says the text of `ref`'s element through the page's Announcer whenever it changes, or when
 * `occurrence` does (a result that reads as the last one did), and lets it go when the element
 * goes. Returns whether the element must be its own live region instead: where no Announcer is
 * above it (a component on its own, in a test or a story).
 */
export function useLiveText(ref: RefObject<HTMLElement | null>, occurrence?: unknown): boolean {
  const announcer = useContext(AnnouncerContext);
  const said = useRef<{ text: string; occurrence: unknown }>({ text: '', occurrence });
  // After every render: the text is the element's, whatever children made it.
  useEffect(() => {
    const text = ref.current?.textContent ?? '';
    if (!announcer || (text === said.current.text && occurrence === said.current.occurrence)) return;
    if (said.current.text) announcer.withdraw(said.current.text);
    said.current = { text, occurrence };
    if (text) announcer.say(text);
  });
  useEffect(() => () => {
    if (said.current.text) announcer?.withdraw(said.current.text);
  }, [announcer]);
  return announcer === null;
}

/**
 * Text that appears with its content (a result, "Saved …", "Laying out…"): shown where it is,
 * said through the page's Announcer (`useLiveText`), again when `occurrence` changes.
 */
export function LiveText({ as: Tag = 'span', className, occurrence, children }: { as?: 'span' | 'p'; className?: string; occurrence?: unknown; children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  const ownLiveRegion = useLiveText(ref, occurrence);
  return <Tag ref={ref as RefObject<never>} className={className} role={ownLiveRegion ? 'status' : undefined}>{children}</Tag>;
}

/**
 * A screen's own polite region (always rendered by it): `[text, announce]`. A text said again
 * while the region still holds it is emptied for a frame first, so that it is heard again
 * (Fit View pressed twice on a flow too large for it).
 */
export function useAnnouncement(): [string, (text: string) => void] {
  const [text, setText] = useState('');
  const latest = useRef('');
  const frame = useRef(0);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  const announce = useMemo(() => (next: string) => {
    cancelAnimationFrame(frame.current);
    const again = next === latest.current;
    latest.current = next;
    if (!again) {
      setText(next);
      return;
    }
    setText('');
    frame.current = requestAnimationFrame(() => setText(next));
  }, []);
  return [text, announce];
}
