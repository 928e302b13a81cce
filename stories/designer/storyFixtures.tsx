import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useState } from 'react';
import type { ReactNode } from 'react';
import demoJson from '../../test/fixtures/demo.json';
import { nodeKind, parseProject } from '../../src/engine';
import type { Flow, FlowIssue, FlowNode, Plan, Workspace } from '../../src/engine';
import { FlowCanvas } from '../../src/designer/FlowCanvas';
import { applyFlowChange } from '../../src/designer/flowChanges';
import { Inspector } from '../../src/designer/inspector/Inspector';
import type { EmitChange } from '../../src/designer/inspector/useNodeData';
import type { WorkspaceUpdate } from '../../src/designer/inspector/QueueEditor';

/** The demo workspace every designer story is built from (the same fixture the tests use). */
export const demo = parseProject(demoJson);
export const hotline = demo.numbers[0]!;
export const workspace = demo.workspace;

// Kinds the demo flows do not use, written here with realistic data.
const EXTRA: Record<string, FlowNode> = {
  forward: { id: 'partner', type: 'forward', position: { x: 0, y: 0 }, data: { label: 'Partner call centre', number: '+842873009999', rings: 6 } },
  hangup: { id: 'bye', type: 'hangup', position: { x: 0, y: 0 }, data: { label: 'Goodbye', message: { kind: 'tts', text: 'Thank you for calling. Goodbye.', seconds: 3 } } },
};

/** A node of `type` from the demo flows (or written above), placed at the origin. */
export function sampleNode(type: string): FlowNode {
  for (const n of demo.numbers) {
    const found = n.flow.nodes.find((x) => x.type === type);
    if (found) return { ...found, position: { x: 0, y: 0 } };
  }
  const extra = EXTRA[type];
  if (!extra) throw new Error(`No sample for ${type}`);
  return extra;
}

export const kindTitle = (type: string) => nodeKind(type)?.title ?? type;

/** A sized box with a ReactFlowProvider: what a canvas needs to render, in Storybook and in jsdom. */
export function CanvasFrame({ children, height = 420 }: { children: ReactNode; height?: number }) {
  return (
    <ReactFlowProvider>
      <div style={{ width: '100%', minWidth: 800, height }}>{children}</div>
    </ReactFlowProvider>
  );
}

/** The four states of one node kind: plain, selected and with an error on one canvas, locked by plan on another. */
export function NodeStates({ type }: { type: string }) {
  const base = sampleNode(type);
  const copy = (state: string, x: number) =>
    ({ ...base, id: `${base.id}-${state}`, position: { x, y: 40 }, data: { ...base.data, label: `${base.data.label || kindTitle(type)} (${state})` } }) as FlowNode;
  const nodes = [copy('plain', 0), copy('selected', 300), copy('error', 600)];
  const issues: FlowIssue[] = [{ severity: 'error', code: 'unknown-reference', message: 'This node points at something that is not in the workspace.', nodeId: `${base.id}-error` }];
  const locked = nodeKind(type)?.requires?.reason ?? `${kindTitle(type)} is not in this workspace's plan.`;
  return (
    <>
      <CanvasFrame height={300}>
        <FlowCanvas flow={{ nodes, edges: [] }} workspace={workspace} name={`${kindTitle(type)} states`} issues={issues}
          selection={{ nodes: new Set([`${base.id}-selected`]), edges: new Set() }} minimap={false} />
      </CanvasFrame>
      <CanvasFrame height={300}>
        <FlowCanvas flow={{ nodes: [copy('locked', 0)], edges: [] }} workspace={workspace} name={`${kindTitle(type)} locked by plan`} lockedReason={(t) => (t === type ? locked : null)} minimap={false} />
      </CanvasFrame>
    </>
  );
}

/** The inspector of one node, editing a flow held in React state, as the designer would. */
export function InspectorHarness({ node, plan = workspace.plan }: { node: FlowNode; plan?: Plan }) {
  const [flow, setFlow] = useState<Flow>(() => ({ nodes: [node, sampleNode('voicemail')].filter((n, i, a) => a.findIndex((m) => m.id === n.id) === i), edges: [] }));
  const [ws, setWs] = useState<Workspace>({ ...workspace, plan });
  const emit: EmitChange = useCallback((change) => setFlow((f) => applyFlowChange(f, change)), []);
  const onWorkspaceChange: WorkspaceUpdate = useCallback((fn) => setWs((w) => fn(w)), []);
  const current = flow.nodes.find((n) => n.id === node.id) ?? null;
  return (
    <div style={{ maxWidth: 360, padding: 12 }}>
      <Inspector node={current} flow={flow} workspace={ws} plan={ws.plan} numberId={hotline.id} emit={emit} onWorkspaceChange={onWorkspaceChange} />
    </div>
  );
}
