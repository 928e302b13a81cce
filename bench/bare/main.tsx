/**
 * The benchmark's baseline: bare React Flow 12 showing the same graph as the designer, with nodes
 * of similar content, `onlyRenderVisibleElements` on and node sizes and handles given up front —
 * the best case of shared/perf-baseline.md. Built and served by scripts/bench.ts only.
 */
import { memo, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Handle, Position, ReactFlow } from '@xyflow/react';
import type { Edge, Node, NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

interface BenchGraph {
  nodes: { id: string; type: string; position: { x: number; y: number }; data: { label?: string }; handles: string[]; lines: string[] }[];
  edges: { id: string; source: string; sourceHandle: string; target: string }[];
}
type BareData = { title: string; label: string; lines: string[]; handles: string[] };

const W = 220;
const H = 110;

const BareNode = memo(function BareNode({ data }: NodeProps<Node<BareData>>) {
  return (
    <div style={{ width: W, height: H, border: '1px solid #99a', borderRadius: 8, background: '#fff', padding: 6, boxSizing: 'border-box' }}>
      <Handle type="target" position={Position.Top} id="in" />
      <div><span aria-hidden="true">◆</span> <strong>{data.title}</strong> {data.label}</div>
      {data.lines.slice(0, 3).map((l, i) => <div key={i} style={{ color: '#556', whiteSpace: 'nowrap', overflow: 'hidden' }}>{l}</div>)}
      {data.handles.map((h, i) => (
        <Handle key={h} type="source" position={Position.Bottom} id={h} style={{ left: ((i + 1) * W) / (data.handles.length + 1) }}>
          <span style={{ position: 'absolute', top: 6, fontSize: 10, transform: 'translateX(-50%)' }}>{h}</span>
        </Handle>
      ))}
    </div>
  );
});
const nodeTypes = { bare: BareNode };

/**
 * The graph as JSON text, from a file or (`source=idb`) from IndexedDB. The IndexedDB variant
 * is the floor of any app that keeps its flows in the browser, as Callflow Studio must: it opens
 * a database and reads one row of JSON text, as the app's store does, and nothing else. Its
 * first open stores the file's text there (the benchmark does not time it).
 */
async function graphText(n: string, idb: boolean): Promise<string> {
  const fetchText = async () => (await fetch(`./graph-${n}.json`)).text();
  if (!idb) return fetchText();
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('bare-bench', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('graphs');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const stored = await request(db.transaction('graphs').objectStore('graphs').get(n) as IDBRequest<string | undefined>);
  if (stored !== undefined) return stored;
  const text = await fetchText();
  await request(db.transaction('graphs', 'readwrite').objectStore('graphs').put(text, n));
  return text;
}

async function main() {
  const params = new URLSearchParams(location.search);
  const n = params.get('n') ?? '1000';
  // The same canvas size as the designer's, measured by the benchmark.
  const w = Number(params.get('w') ?? window.innerWidth);
  const h = Number(params.get('h') ?? window.innerHeight);
  const graph = JSON.parse(await graphText(n, params.get('source') === 'idb')) as BenchGraph;
  const nodes: Node<BareData>[] = graph.nodes.map((g) => ({
    id: g.id,
    type: 'bare',
    position: g.position,
    data: { title: g.type, label: g.data.label ?? '', lines: g.lines, handles: g.handles },
    width: W,
    height: H,
    handles: [
      { id: 'in', type: 'target', position: Position.Top, x: W / 2, y: 0, width: 1, height: 1 },
      ...g.handles.map((h, i) => ({ id: h, type: 'source' as const, position: Position.Bottom, x: ((i + 1) * W) / (g.handles.length + 1), y: H, width: 1, height: 1 })),
    ],
  }));
  const edges: Edge[] = graph.edges.map((e) => ({ ...e }));
  const first = graph.nodes[0]!;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <div style={{ width: w, height: h }}>
        {/*
          The designer's first view of a large flow: its inbound node at 100 %, set up front from
          the node's declared size and the canvas's, as the designer does (React Flow's fitView
          waits for rendered nodes to be measured, which showed the wrong view for 120–300 ms).
        */}
        <ReactFlow
          defaultNodes={nodes}
          defaultEdges={edges}
          nodeTypes={nodeTypes}
          onlyRenderVisibleElements
          defaultViewport={{ x: Math.round(w / 2 - (first.position.x + W / 2)), y: Math.round(h / 2 - (first.position.y + H / 2)), zoom: 1 }}
          minZoom={0.1}
        />
      </div>
    </StrictMode>,
  );
}
void main();
