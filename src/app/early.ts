import type { ComponentType } from 'react';
import type { CanvasPreviewProps } from '../designer/CanvasPreview';
import { peekNumber } from '../store/peek';
import type { Peeked } from '../store/peek';

/** The number a designer address (`/numbers/:id`) opens, or null for any other address. */
export function designerNumberId(pathname: string): string | null {
  const m = /^\/numbers\/([^/]+)\/?$/.exec(pathname);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

/** A stored number, and the preview of the designer that shows it (src/designer/CanvasPreview.tsx). */
export interface EarlyCanvas extends Peeked {
  Preview: ComponentType<CanvasPreviewProps>;
}

/**
 * Below 1,000 CSS pixels the designer stacks its palette, canvas and panels (designer.css): its
 * canvas then sits far below where an empty preview's would, and the flow would jump.
 */
const STACKED = '(max-width: 999px)';

/**
 * On a designer address the flow is read from IndexedDB and the canvas's code is asked for as
 * the page's first script runs, in parallel with React's chunk, so that the canvas can paint
 * before the store, the engine's checks and the rest of the designer have loaded (measured in
 * docs/performance.md). Null on other addresses; resolves to null when there is nothing this
 * build stored to show (a first visit, another build's rows): the designer then opens as
 * before, through the store.
 */
export const earlyCanvas: Promise<EarlyCanvas | null> | null = start(typeof window === 'undefined' ? '' : window.location.pathname);

function start(pathname: string): Promise<EarlyCanvas | null> | null {
  const id = designerNumberId(pathname);
  if (id === null || window.matchMedia?.(STACKED).matches) return null;
  const code = import('../designer/CanvasPreview');
  return Promise.all([peekNumber(id), code]).then(
    ([peeked, m]) => (peeked ? { ...peeked, Preview: m.CanvasPreview } : null),
    () => null,
  );
}
