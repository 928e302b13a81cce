import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { ShellSkeleton } from './app/ShellSkeleton';
import './app/app.css';

// The shell paints at once; the store, the engine and the screens arrive in the next chunks.
const Root = lazy(() => import('./app/Root'));
// A designer address needs the designer's chunk too: fetch it alongside the store instead of after it.
if (/^\/numbers\/[^/]+\/?$/.test(window.location.pathname)) void import('./app/DesignerRoute');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Suspense fallback={<ShellSkeleton />}>
      <Root />
    </Suspense>
  </StrictMode>,
);
