import type { ExploreResult, Project } from '../engine';
import { explorePaths } from './engineRun';

/** What the worker is sent, once: it explores, replies and is ended. */
export interface ExploreRequest {
  project: Project;
  numberId: string;
}
export type ExploreReply = { result: ExploreResult } | { error: string };

/** A running exploration: its result, and a way to stop it (a new one, or leaving the tab). */
export interface Exploration {
  result: Promise<ExploreResult>;
  cancel: () => void;
}

/**
 * explorePaths in a Web Worker, so the page stays responsive while a big flow is explored.
 * Where workers are unavailable (tests under jsdom) it runs on the page after a frame, so that a
 * "working" status can show first. Cancelling ends the worker; the result then never settles.
 */
export function exploreOffThread(project: Project, numberId: string): Exploration {
  if (typeof Worker === 'undefined') {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const result = new Promise<ExploreResult>((resolve, reject) => {
      timer = setTimeout(() => {
        try {
          resolve(explorePaths(project, numberId));
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      }, 0);
    });
    return { result, cancel: () => clearTimeout(timer) };
  }
  const worker = new Worker(new URL('./explore.worker.ts', import.meta.url), { type: 'module', name: 'explore paths' });
  const result = new Promise<ExploreResult>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<ExploreReply>) => {
      worker.terminate();
      if ('result' in e.data) resolve(e.data.result);
      else reject(new Error(e.data.error));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'The path explorer stopped unexpectedly.'));
    };
  });
  worker.postMessage({ project, numberId } satisfies ExploreRequest);
  return { result, cancel: () => worker.terminate() };
}
