import { StrictMode, useCallback, useEffect, useState } from 'react';
import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { endPreview, whenPreviewEnds } from '../designer/handoff';
import { designerNumberId, earlyCanvas } from './early';
import type { EarlyCanvas } from './early';
import { ShellSkeleton } from './ShellSkeleton';
import { ErrorBoundary } from '../ui/ErrorBoundary';

/** A preview that throws is dropped (see `dropPreview`): the designer then opens as it would without one. */
const NOTHING = () => null;

type Loaded = { Root: ComponentType } | { error: string };

/** The app's code: the store, the engine and the first screen (Root.ready). */
function loadApp() {
  // A designer address needs the designer's chunk too: fetched alongside the store, not after it.
  // Its failure is the screen's to report (ScreenBoundary), when it asks again.
  if (designerNumberId(window.location.pathname) !== null) import('./DesignerRoute').catch(() => undefined);
  return import('./Root').then(async (m) => {
    await m.ready;
    return m.default;
  });
}

/**
 * How long the preview may stay over the app once the app is there, if the designer never says
 * its canvas shows (a screen that failed to load, say): then the app is shown as it is.
 */
const PREVIEW_LIMIT_MS = 5000;
/** How long the app's code waits for the preview's first paint before it is asked for anyway. */
const PREVIEW_PAINT_LIMIT_MS = 1000;

/**
 * The shell paints at once — on a designer address, the canvas preview as soon as its code and
 * the stored flow are here (early.ts) — and the app's code is asked for after that paint, so
 * that the first paint carries only what it shows. The app then replaces the shell; a preview
 * stays over it, inert, until the designer's canvas shows (designer/handoff.ts). Not a Suspense
 * boundary: React 19 holds back content revealed after a fallback for up to 300 ms.
 */
function Boot() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // undefined while the stored flow is being read; null when there is no preview to show.
  const [early, setEarly] = useState<EarlyCanvas | null | undefined>(earlyCanvas ? undefined : null);
  const [previewDone, setPreviewDone] = useState(false);
  const [previewShown, setPreviewShown] = useState(false);
  const onPreviewShown = useCallback(() => setPreviewShown(true), []);
  useEffect(() => {
    let live = true;
    void earlyCanvas?.then((e) => {
      if (live) setEarly(e);
    });
    return () => {
      live = false;
    };
  }, []);

  // After the shell's first commit, or the preview's canvas's first paint: the app's chunks,
  // run meanwhile, held the preview's nodes back (docs/performance.md, "Tried and dropped").
  const mayLoad = early === null || previewShown;
  useEffect(() => {
    if (!early || previewShown) return undefined;
    const timer = setTimeout(onPreviewShown, PREVIEW_PAINT_LIMIT_MS);
    return () => clearTimeout(timer);
  }, [early, previewShown, onPreviewShown]);
  const dropPreview = useCallback(() => {
    setEarly(null);
    endPreview();
  }, []);
  useEffect(() => {
    if (!mayLoad) return undefined;
    let live = true;
    const start = () => loadApp()
      .then((Root) => {
        if (live) setLoaded({ Root });
      })
      .catch((e: unknown) => {
        if (live) setLoaded({ error: e instanceof Error ? e.message : String(e) });
      });
    // The preview's nodes are committed, not yet painted: ask once the frame that paints them has run.
    const frame = previewShown ? requestAnimationFrame(() => setTimeout(start)) : (void start(), 0);
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [mayLoad, previewShown]);

  const showingApp = loaded !== null && 'Root' in loaded;
  useEffect(() => {
    if (!early || !showingApp) return undefined;
    const stop = whenPreviewEnds(() => setPreviewDone(true));
    const timer = setTimeout(endPreview, PREVIEW_LIMIT_MS);
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [early, showingApp]);

  if (loaded && 'error' in loaded) return <ShellSkeleton error={loaded.error} />;
  const preview = early && !previewDone ? early : null;
  // Three places, always in this order, so that the preview is never mounted again when the app
  // arrives, and the status is there (empty) before it says anything: a live region inserted
  // with its text is not read by every screen reader.
  return (
    <>
      {loaded ? <loaded.Root /> : !preview && <ShellSkeleton />}
      {preview && (
        <div className="early-preview" inert>
          <ErrorBoundary onError={dropPreview} fallback={NOTHING}>
            <preview.Preview number={preview.number} workspace={preview.workspace} onShown={onPreviewShown} />
          </ErrorBoundary>
        </div>
      )}
      {early !== null && !loaded && <p role="status" className="visually-hidden">{preview ? `Opening the flow of ${preview.number.name}…` : ''}</p>}
    </>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Boot />
  </StrictMode>,
);
