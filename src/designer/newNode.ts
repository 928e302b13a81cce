import { nodeKind } from '../engine';
import type { Flow, FlowNode, Position } from '../engine';
import { takenIds, uniqueId } from './ids';

/**
 * A fresh node of `type` at `position`, its data filled with the kind's defaults and its id
 * unused in `flow` ("voicemail-2").
 */
export function createNode(flow: Flow, type: string, position: Position): FlowNode {
  const def = nodeKind(type);
  if (!def) throw new Error(`Unknown node kind ${type}`);
  const id = uniqueId(`${type}-`, takenIds(flow));
  return { id, type, position: { x: Math.round(position.x), y: Math.round(position.y) }, data: def.data.parse({}) } as FlowNode;
}
