import { Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { ClockProvider } from '../ui/clock';
import { StoreProvider } from '../store/react';
import type { ProjectStore } from '../store/projectStore';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { Loading } from '../ui/Loading';
import { screen } from './screens';
import './app.css';

// Screens load on demand so the first paint carries only the shell.
const NumbersScreen = screen(() => import('../settings/numbers/NumbersScreen').then((m) => m.NumbersScreen));
const DesignerRoute = screen(() => import('./DesignerRoute').then((m) => m.DesignerRoute));
const SettingsRoute = screen(() => import('./SettingsRoute').then((m) => m.SettingsRoute));
const WorkspaceRoute = screen(() => import('./WorkspaceRoute').then((m) => m.WorkspaceRoute));

/** Loads the screen of `pathname`, so that it renders without suspending. Resolves either way. */
export function preloadScreen(pathname: string): Promise<unknown> {
  const path = pathname.replace(/\/+$/, '');
  const load = /^\/numbers\/[^/]+$/.test(path) ? DesignerRoute.preload
    : /^\/numbers\/[^/]+\/settings$/.test(path) ? SettingsRoute.preload
      : path === '/workspace' ? WorkspaceRoute.preload
        : path === '' || path === '/numbers' ? NumbersScreen.preload : null;
  // A chunk that fails here fails again in its Suspense boundary, which says so.
  return load ? load().catch(() => undefined) : Promise.resolve();
}

/** Routes of the app. Exported apart from the router so tests can mount them in a MemoryRouter. */
export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<Navigate to="/numbers" replace />} />
          <Route path="numbers" element={<NumbersScreen />} />
          <Route path="numbers/:id" element={<DesignerRoute />} />
          <Route path="numbers/:id/settings" element={<SettingsRoute />} />
          <Route path="workspace" element={<WorkspaceRoute />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

export function App({ store }: { store: ProjectStore }) {
  return (
    <StoreProvider store={store}>
      {/* One clock for the whole app, so `?now=` survives in-app navigation. */}
      <ClockProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </ClockProvider>
    </StoreProvider>
  );
}
