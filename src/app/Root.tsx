import { App, preloadScreen } from './App';
import { createAppStore } from './appStore';

// One store per page, created when this module loads: a component's state initializer may run
// more than once before the first commit (Suspense retries), which would open IndexedDB twice.
const store = createAppStore();

/** Settles once the first screen's code is here too (main.tsx fetched it alongside this chunk). */
export const ready: Promise<unknown> = preloadScreen(window.location.pathname);

/** The app with its IndexedDB store, loaded after the first paint (see main.tsx). */
export default function Root() {
  return <App store={store} />;
}
