// Unit and component tests run in jsdom with an in-memory IndexedDB (fake-indexeddb);
// the e2e tests use real Chromium and its real IndexedDB.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// React Flow measures nodes with ResizeObserver and reads transforms with DOMMatrixReadOnly,
// neither of which jsdom has.
class ResizeObserverStub {
  constructor(private readonly cb: ResizeObserverCallback) {}
  observe(target: Element) {
    this.cb([{ target, contentRect: { width: 200, height: 80 } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}
if (!('ResizeObserver' in globalThis)) (globalThis as Record<string, unknown>).ResizeObserver = ResizeObserverStub;

class DOMMatrixReadOnlyStub {
  m22: number;
  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([1-9.])\)/)?.[1];
    this.m22 = scale !== undefined ? +scale : 1;
  }
}
if (!('DOMMatrixReadOnly' in globalThis)) (globalThis as Record<string, unknown>).DOMMatrixReadOnly = DOMMatrixReadOnlyStub;

// jsdom lays nothing out; React Flow needs its parent to have a size.
Object.defineProperties(HTMLElement.prototype, {
  offsetHeight: { get() { return 600; }, configurable: true },
  offsetWidth: { get() { return 800; }, configurable: true },
});
(SVGElement.prototype as unknown as { getBBox: () => DOMRect }).getBBox = () => ({ x: 0, y: 0, width: 0, height: 0 }) as DOMRect;

// jsdom's window is 1024 px wide; components are tested as on the 1440 px screen the e2e tests
// and the benchmark use (below 1366 px the designer starts with its simulator column hidden).
if (typeof window !== 'undefined') Object.defineProperty(window, 'innerWidth', { value: 1440, writable: true, configurable: true });
