import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { describeUnsaved, unsavedTexts } from '../ui/unsavedText';
import type { UnsavedText } from '../ui/unsavedText';

/** The link a click follows within the app, or null for anything else (new tab, download, other site). */
function appLinkOf(e: MouseEvent): URL | null {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return null;
  const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
  if (!(a instanceof HTMLAnchorElement) || (a.target && a.target !== '_self') || a.hasAttribute('download')) return null;
  const url = new URL(a.href, window.location.href);
  return url.origin === window.location.origin ? url : null;
}

/**
 * Asks before the user leaves a page with text that could not be saved (a field showing why):
 * a link within the app opens "Leave without saving?" listing each field's text, and a reload
 * or a closed tab gets the browser's own question. Without it the text went without a word.
 * The browser's Back button cannot be held back this way; its leave is not asked about.
 */
export function LeaveGuard() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const here = useRef(pathname);
  here.current = pathname;
  const [pending, setPending] = useState<{ to: string; texts: UnsavedText[] } | null>(null);

  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (unsavedTexts().length === 0) return;
      e.preventDefault();
      // Older browsers ask only when returnValue is set.
      e.returnValue = '';
    };
    // In the capture phase, before the router's own link handler sees the click.
    const onClick = (e: MouseEvent) => {
      const url = appLinkOf(e);
      const texts = unsavedTexts();
      if (!url || url.pathname === here.current || texts.length === 0) return;
      e.preventDefault();
      e.stopPropagation();
      setPending({ to: url.pathname + url.search + url.hash, texts });
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, []);

  if (!pending) return null;
  const one = pending.texts.length === 1;
  return (
    <ConfirmDialog
      title="Leave without saving?"
      message={(
        <>
          {one ? 'This text was not saved, and will be lost:' : `The text of ${pending.texts.length} fields was not saved, and will be lost:`}
          <ul>{pending.texts.map((t, i) => <li key={i}>{describeUnsaved(t)}</li>)}</ul>
        </>
      )}
      cancelLabel="Stay and fix it"
      confirmLabel="Leave"
      danger
      onCancel={() => {
        setPending(null);
        // Back to the first field to fix, rather than to the link.
        requestAnimationFrame(() => document.querySelector<HTMLElement>('input[aria-invalid="true"], textarea[aria-invalid="true"]')?.focus());
      }}
      onConfirm={() => {
        setPending(null);
        void navigate(pending.to);
      }}
    />
  );
}
