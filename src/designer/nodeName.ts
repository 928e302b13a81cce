import { nodeTitle } from '../engine/view';
import type { FlowNode } from '../engine';

/**
 * How the designer names a node everywhere (canvas, lists, issues, connections): its label,
 * else its kind and the number the palette gave it ("Greeting 2"), or its kind and id for other
 * ids ("Greeting (welcome)"), so that two unlabelled nodes differ. The Inbound call node, one
 * per flow, is just "Inbound call". The engine's messages and the call log name nodes alike.
 */
export function nodeDisplayName(n: FlowNode): string {
  return nodeTitle(n);
}
