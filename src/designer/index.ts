/** The designer's public API, for the app shell, the simulator and import. */
export { DesignerScreen } from './DesignerScreen';
export type { DesignerScreenProps } from './DesignerScreen';
export { FlowCanvas } from './FlowCanvas';
export type { FlowCanvasProps } from './FlowCanvas';
export type { FlowHighlight } from './nodes/types';
export { applyFlowChange } from './flowChanges';
export type { FlowChange } from './flowChanges';
export { layoutFlow, placeMissingNodes, needsLayout } from './layout';
