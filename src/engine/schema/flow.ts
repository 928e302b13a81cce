import { z } from 'zod';
import { NODE_KINDS } from '../nodes/registry';
import type { NodeDataOf, NodeType } from '../nodes/registry';
import { Id, MAX_NAME } from './common';

export const Position = z.object({ x: z.number().finite(), y: z.number().finite() });
export type Position = z.infer<typeof Position>;

/** One node schema per kind, so a bad `data` is reported against its own kind's fields. */
const nodeSchemas = NODE_KINDS.map((k) =>
  z.object({
    id: Id,
    type: z.literal(k.type),
    // Optional so that a hand-written bundle may leave layout to the designer's auto-layout.
    position: Position.optional(),
    data: (k.data as z.ZodType).prefault({}),
  }),
);

/** A node of kind T, with its data typed. */
export type FlowNodeOf<T extends NodeType> = { id: string; type: T; position?: Position; data: NodeDataOf<T> };
export type FlowNode = { [T in NodeType]: FlowNodeOf<T> }[NodeType];

// The cast gives the union its precise per-kind type, which zod cannot infer from a mapped array.
export const FlowNode = z.discriminatedUnion('type', nodeSchemas as unknown as [z.ZodObject, ...z.ZodObject[]]) as unknown as z.ZodType<FlowNode, unknown>;

export const FlowEdge = z.object({
  id: Id,
  source: Id,
  sourceHandle: z.string().max(MAX_NAME).default('next'),
  target: Id,
});
export type FlowEdge = z.infer<typeof FlowEdge>;

export const Flow = z.object({
  nodes: z.array(FlowNode).max(20_000).default([]),
  edges: z.array(FlowEdge).max(40_000).default([]),
});
export type Flow = { nodes: FlowNode[]; edges: FlowEdge[] };
