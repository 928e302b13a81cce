/// <reference lib="webworker" />
import { explorePaths } from '../engine';
import type { ExploreRequest, ExploreReply } from './exploreOffThread';

// Exploring a big flow runs every distinct call through its machine: seconds of work that would
// otherwise freeze the page. Projects are plain data, so they cross to this worker by structured clone.
self.onmessage = (e: MessageEvent<ExploreRequest>) => {
  let reply: ExploreReply;
  try {
    reply = { result: explorePaths(e.data.project, e.data.numberId) };
  } catch (err) {
    reply = { error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
};
