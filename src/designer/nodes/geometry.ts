import { Position } from '@xyflow/react';
import type { NodeHandle } from '@xyflow/react';
import { handlesOf, nodeView } from '../../engine/view';
import type { FlowNode, HandleDef, Workspace } from '../../engine';

/**
 * Fixed node geometry. Every size is computed, never measured, so React Flow can place nodes
 * and draw edges before the DOM exists — what keeps a 1,000-node flow opening fast
 * (shared/perf-baseline.md). The CSS in designer.css uses the same numbers.
 */
export const NODE_WIDTH = 240;
export const HEADER_HEIGHT = 52;
export const LINE_HEIGHT = 18;
export const HANDLE_ROW = 22;
export const PADDING_BOTTOM = 10;
export const HANDLE_SIZE = 10;
export const MAX_SUMMARY_LINES = 3;

export interface NodeLayout {
  width: number;
  height: number;
  lines: string[];
  outputs: HandleDef[];
  /** Top of the first output row, from the node's top edge. */
  outputsTop: number;
}

/** Summary lines as shown: at most three, the last saying how many more there are. */
export function summaryLines(node: FlowNode, workspace: Workspace): string[] {
  const view = nodeView(node.type);
  if (!view) return [`Unknown kind ${node.type}`];
  const all = view.summary(node.data, workspace);
  if (all.length <= MAX_SUMMARY_LINES) return all;
  return [...all.slice(0, MAX_SUMMARY_LINES - 1), `+${all.length - MAX_SUMMARY_LINES + 1} more`];
}

export function nodeLayout(node: FlowNode, workspace: Workspace): NodeLayout {
  const lines = summaryLines(node, workspace);
  const outputs = handlesOf(node);
  const outputsTop = HEADER_HEIGHT + lines.length * LINE_HEIGHT + (lines.length ? 4 : 0);
  return { width: NODE_WIDTH, height: outputsTop + outputs.length * HANDLE_ROW + PADDING_BOTTOM, lines, outputs, outputsTop };
}

/** The centre of output row `i`, from the node's top edge. */
export const outputCentre = (layout: Pick<NodeLayout, 'outputsTop'>, i: number) => layout.outputsTop + i * HANDLE_ROW + HANDLE_ROW / 2;

/** Handle boxes for React Flow: one target on top (except the inbound node), outputs on the right. */
export function handleBoxes(node: FlowNode, layout: NodeLayout): NodeHandle[] {
  const half = HANDLE_SIZE / 2;
  const boxes: NodeHandle[] = layout.outputs.map((h, i) => ({
    id: h.id, type: 'source', position: Position.Right,
    x: layout.width - half, y: outputCentre(layout, i) - half, width: HANDLE_SIZE, height: HANDLE_SIZE,
  }));
  if (node.type !== 'incoming') {
    boxes.push({ id: null, type: 'target', position: Position.Top, x: layout.width / 2 - half, y: -half, width: HANDLE_SIZE, height: HANDLE_SIZE });
  }
  return boxes;
}
