import { nodeKind } from '../engine';
import type { FlowNode } from '../engine';

/**
 * How the designer names a node everywhere (canvas, lists, issues, connections): its label,
 * else its kind with its id ("Employee (employee-1)"), so that two unlabelled nodes differ. The
 * Inbound call node, one per flow, is just "Inbound call".
 */
export function nodeDisplayName(n: FlowNode): string {
  const title = nodeKind(n.type)?.title ?? n.type;
  return n.data.label || (n.type === 'incoming' ? title : `${title} (${n.id})`);
}
