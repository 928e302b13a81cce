import type { Flow, FlowNode, Position, Workspace } from '../engine';
import type { LaidOutNode, LayoutGraph, LayoutReply } from './elkLayout';
import { nodeLayout } from './nodes/geometry';

/**
 * What `Workspace.parse({ name: '' })` gives, written out: the canvas imports this module
 * (`needsLayout`) and its first paint loads no zod. Sizes need no names, so only the shape
 * matters; the type and a test (layout.test.ts) keep it in step with the schema.
 */
export const EMPTY_WORKSPACE: Workspace = {
  name: '', plan: 'free', worktimeEnabled: false, defaultBackupNumber: null, defaultOutboundNumberId: null,
  employees: [], queues: [], crm: { records: [], exceptions: [] },
  usage: { recordings: { month: '1970-01', count: 0 }, queueCursor: {} },
};

/** Width and height of a node on the canvas, for layout. */
export type SizeOf = (node: FlowNode) => { width: number; height: number };

export interface LayoutOptions {
  sizeOf?: SizeOf;
  /** Aborting ends the layout worker; the promise then rejects with an AbortError (see `isAbort`). */
  signal?: AbortSignal;
}

const defaultSize: SizeOf = (n) => nodeLayout(n, EMPTY_WORKSPACE);

/** True when some node has no position yet (a hand-written bundle may leave them out). */
export function needsLayout(flow: Flow): boolean {
  return flow.nodes.some((n) => !n.position);
}

/** Is this the rejection of a layout that was cancelled? */
export function isAbort(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';
}

/**
 * Positions for every node from ELK's layered algorithm, top to bottom, computed in a Web Worker
 * (layout.worker.ts) so that the page keeps answering. ELK (≈1.5 MB) is loaded only when first
 * asked for. Nodes with unknown ids in edges are ignored.
 */
export async function computeLayout(flow: Flow, { sizeOf = defaultSize, signal }: LayoutOptions = {}): Promise<Map<string, Position>> {
  const ids = new Set(flow.nodes.map((n) => n.id));
  const graph: LayoutGraph = {
    nodes: flow.nodes.map((n) => ({ id: n.id, ...sizeOf(n) })),
    edges: flow.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => ({ id: e.id, source: e.source, target: e.target })),
  };
  const laid = await elkOffThread(graph, signal);
  return new Map(laid.map((n) => [n.id, { x: n.x, y: n.y }]));
}

/** The flow with every node placed by auto-layout (the toolbar's "Auto-layout"). */
export async function layoutFlow(flow: Flow, options?: LayoutOptions): Promise<Flow> {
  const at = await computeLayout(flow, options);
  return { nodes: flow.nodes.map((n) => withPosition(n, at.get(n.id))), edges: flow.edges };
}

/**
 * Places the nodes that have no position, leaving placed ones where they are: the whole flow
 * is laid out and the unplaced nodes take their spots, shifted below everything placed.
 * Returns `flow` itself when nothing is missing. For the store and import to call on load.
 */
export async function placeMissingNodes(flow: Flow, options?: LayoutOptions): Promise<Flow> {
  if (!needsLayout(flow)) return flow;
  const at = await computeLayout(flow, options);
  const placed = flow.nodes.filter((n) => n.position);
  const below = placed.length ? Math.max(...placed.map((n) => n.position!.y)) + 200 : 0;
  return {
    nodes: flow.nodes.map((n) => {
      if (n.position) return n;
      const p = at.get(n.id) ?? { x: 0, y: 0 };
      return { ...n, position: { x: p.x, y: p.y + below } };
    }),
    edges: flow.edges,
  };
}

/** Synchronous stand-in until ELK answers: unplaced nodes in a column to the right. */
export function fallbackPosition(index: number): Position {
  return { x: -400, y: index * 160 };
}

function withPosition(n: FlowNode, p: Position | undefined): FlowNode {
  if (!p || (n.position && n.position.x === p.x && n.position.y === p.y)) return n;
  return { ...n, position: p };
}

const cancelled = () => new DOMException('The layout was cancelled.', 'AbortError');

/**
 * ELK in a worker of its own, ended when it answers or when `signal` aborts. On the page ELK held
 * the main thread for 4–7 s at 900 nodes. Where there are no workers (jsdom) it runs on the page
 * after a tick, so that "Laying out…" can show first; an abort then only drops the result.
 */
function elkOffThread(graph: LayoutGraph, signal?: AbortSignal): Promise<LaidOutNode[]> {
  if (signal?.aborted) return Promise.reject(cancelled());
  if (typeof Worker === 'undefined') return elkOnPage(graph, signal);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'auto-layout' });
    const stop = () => {
      worker.terminate();
      reject(cancelled());
    };
    const done = () => {
      worker.terminate();
      signal?.removeEventListener('abort', stop);
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (e: MessageEvent<LayoutReply>) => {
      done();
      if ('nodes' in e.data) resolve(e.data.nodes);
      else reject(new Error(e.data.error));
    };
    worker.onerror = (e) => {
      done();
      reject(new Error(e.message || 'The layout stopped unexpectedly.'));
    };
    worker.postMessage(graph);
  });
}

async function elkOnPage(graph: LayoutGraph, signal?: AbortSignal): Promise<LaidOutNode[]> {
  await new Promise((r) => setTimeout(r, 0));
  if (signal?.aborted) throw cancelled();
  const { runElk } = await import('./elkLayout');
  const laid = await runElk(graph);
  if (signal?.aborted) throw cancelled();
  return laid;
}
