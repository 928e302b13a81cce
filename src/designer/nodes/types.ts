import type { Edge, Node } from '@xyflow/react';
import type { FlowIssue, FlowNode } from '../../engine';
import type { NodeLayout } from './geometry';

/** How the simulator lights a node: the one the call is in, or one that is ringing someone. */
export type NodeState = 'active' | 'ringing' | null;

/** What a canvas node component receives: the flow node and everything resolved for it. */
export interface CallNodeData extends Record<string, unknown> {
  node: FlowNode;
  layout: NodeLayout;
  issues: readonly FlowIssue[];
  /** Id of the hidden element describing the issues, which the node wrapper points to. */
  issuesId: string | null;
  state: NodeState;
  /** Text beside a ringing node ("Ringing Anna (101)…"). */
  stateText: string | null;
  /** Why the plan or connection does not allow this kind, if it does not. */
  locked: string | null;
}

export type CallNode = Node<CallNodeData>;
export type CallEdge = Edge;

/** What the simulator passes to light the canvas. */
export interface FlowHighlight {
  activeNodeId?: string | null;
  travelledEdgeIds?: readonly string[];
  ringing?: { nodeId: string; text: string } | null;
}
