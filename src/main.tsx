import { StrictMode, useEffect, useState } from 'react';
import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { ShellSkeleton } from './app/ShellSkeleton';
import './app/app.css';


// A designer address needs the designer's chunk too: fetch it alongside the store instead of after it.
if (/^\/numbers\/[^/]+\/?$/.test(window.location.pathname)) void import('./app/DesignerRoute');

type Loaded = { Root: ComponentType } | { error: string };

/** The app's code: the store, the engine and the first screen (Root.ready). */
const loadApp = () => import('./app/Root').then(async (m) => {
  await m.ready;
  return m.default;
});

/**
 * The shell paints at once; the store, the engine and the screens arrive in the next chunks and
 * replace it. Not a Suspense boundary: React 19 holds back content revealed after a fallback for
 * up to 300 ms, and the app is usually ready well before that.
 */
function Boot() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    // Requested once the shell has painted, so that the first paint carries only the shell's code
    // (a request made earlier can finish first on a busy machine, and delay the paint).
    loadApp()
      .then((Root) => {
        if (live) setLoaded({ Root });
      })
      .catch((e: unknown) => {
        if (live) setLoaded({ error: e instanceof Error ? e.message : String(e) });
      });
    return () => {
      live = false;
    };
  }, []);
  if (!loaded) return <ShellSkeleton />;
  if ('error' in loaded) return <ShellSkeleton error={loaded.error} />;
  return <loaded.Root />;
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Boot />
  </StrictMode>,
);
