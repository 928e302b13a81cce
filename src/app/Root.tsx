import { useState } from 'react';
import { App } from './App';
import { createAppStore } from './appStore';

/** The app with its IndexedDB store, loaded after the first paint (see main.tsx). */
export default function Root() {
  const [store] = useState(createAppStore);
  return <App store={store} />;
}
