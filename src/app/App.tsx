import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { ClockProvider } from '../ui/clock';
import { StoreProvider } from '../store/react';
import type { ProjectStore } from '../store/projectStore';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { Loading } from '../ui/Loading';
import './app.css';

// Screens load on demand so the first paint carries only the shell.
const NumbersScreen = lazy(() => import('../settings/numbers/NumbersScreen').then((m) => ({ default: m.NumbersScreen })));
const DesignerRoute = lazy(() => import('./DesignerRoute').then((m) => ({ default: m.DesignerRoute })));
const SettingsRoute = lazy(() => import('./SettingsRoute').then((m) => ({ default: m.SettingsRoute })));
const WorkspaceRoute = lazy(() => import('./WorkspaceRoute').then((m) => ({ default: m.WorkspaceRoute })));

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
