/**
 * What the canvas needs to draw a flow (each node kind's title, icon, handles and summary, the
 * names of nodes and of plans) without zod, XState or libphonenumber, so that the designer's
 * first paint (src/designer/CanvasPreview.tsx) loads none of them. The barrel (index.ts)
 * re-exports it. Keep every runtime import here, and in views/, free of those three and of any
 * module that imports them; `import type` is erased and fine.
 */
export { NODE_VIEWS, nodeView, handlesOf, nodeTitle, unlabelledName } from './views/registry';
export { defineNodeView, kindAvailability } from './views/kind';
export type { HandleDef, KindRequirement, NodeView } from './views/kind';
export { PLANS, PLAN_LABELS } from './plans';
export type { Flow, FlowEdge, FlowNode, Position } from './schema/flow';
export type { Plan, Workspace } from './schema/workspace';
export type { FlowIssue } from './schema/result';
export type { NodeType, NodeDataOf } from './nodes/registry';
