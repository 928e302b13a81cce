import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { ShellSkeleton } from './app/ShellSkeleton';
import './app/app.css';

// The shell paints at once; the store, the engine and the screens arrive in the next chunk.
const Root = lazy(() => import('./app/Root'));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Suspense fallback={<ShellSkeleton />}>
      <Root />
    </Suspense>
  </StrictMode>,
);
