/// <reference lib="webworker" />
import { runElk } from './elkLayout';
import type { LayoutGraph, LayoutReply } from './elkLayout';

// ELK holds its thread for seconds on a big flow: here that is this worker's, not the page's.
// Set after the import on purpose: loading ELK claims `self.onmessage` for its own dispatcher.
self.onmessage = (e: MessageEvent<LayoutGraph>) => {
  const reply = (r: LayoutReply) => self.postMessage(r);
  runElk(e.data).then(
    (nodes) => reply({ nodes }),
    (err: unknown) => reply({ error: err instanceof Error ? err.message : String(err) }),
  );
};
