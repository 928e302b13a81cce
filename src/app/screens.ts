import { createElement, lazy } from 'react';
import type { ComponentType } from 'react';

/**
 * A screen loaded on demand, like `React.lazy`, that renders at once when its chunk is already
 * there. React 19 holds back the content of a Suspense boundary for up to 300 ms after showing
 * its fallback (so that nested content appears together); a screen whose chunk was fetched
 * early (`preload`) would wait out that delay for nothing. Only a chunk still in flight suspends.
 */
export function screen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> & { preload: () => Promise<ComponentType<P>> } {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => (loading ??= load().then((c) => (loaded = c)));
  const Lazy = lazy(() => preload().then((c) => ({ default: c })));
  function Screen(props: P) {
    return loaded ? createElement(loaded, props) : createElement(Lazy as ComponentType<P>, props);
  }
  return Object.assign(Screen, { preload });
}
