import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';


type Announce = (text: string) => void;
const AnnouncerContext = createContext<Announce | null>(null);

/**
 * One polite live region for the page, in it from the first render. A live region inserted
 * with its text already in it is not read by every screen reader (VoiceOver skips it), so
 * notices that come and go — a toast, another tab's "replaced your change" — say their text
 * here rather than being live regions themselves (`useLiveText`).
 */
export function Announcer({ children }: { children: ReactNode }) {
  const [text, setText] = useState('');
  const frame = useRef(0);
  const announce = useCallback((next: string) => {
    // Emptied first and set a frame later, so that the same text twice is said twice.
    setText('');
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setText(next));
  }, []);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  return (
    <AnnouncerContext.Provider value={announce}>
      {/* First, at the page's top: after a full-height shell it made the page scroll by its margin. */}
      <p role="status" className="visually-hidden">{text}</p>
      {children}
    </AnnouncerContext.Provider>
  );
}

/**
 * Says the text of `ref`'s element through the page's Announcer whenever it changes. Returns
 * whether the element must be its own live region instead: where no Announcer is above it (a
 * component on its own, in a test or a story).
 */
export function useLiveText(ref: RefObject<HTMLElement | null>): boolean {
  const announce = useContext(AnnouncerContext);
  const said = useRef('');
  // After every render: the text is the element's, whatever children made it.
  useEffect(() => {
    const text = ref.current?.textContent ?? '';
    if (!announce || !text || text === said.current) return;
    said.current = text;
    announce(text);
  });
  return announce === null;
}

/**
 * Text that appears with its content (a result, "Saved …"): shown where it is, said through the
 * page's Announcer (`useLiveText`).
 */
export function LiveText({ as: Tag = 'span', className, children }: { as?: 'span' | 'p'; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  const ownLiveRegion = useLiveText(ref);
  return <Tag ref={ref as RefObject<never>} className={className} role={ownLiveRegion ? 'status' : undefined}>{children}</Tag>;
}
