import type { FlowEdge } from '../schema/flow';
import type { ValidationContext } from './context';
import { handleLabel, nodeName } from './context';

/** entry-missing, entry-multiple: a flow has exactly one `incoming` node. Returns the entry's id, if any. */
export function checkEntry(ctx: ValidationContext): string | undefined {
  const entries = ctx.number.flow.nodes.filter((n) => n.type === 'incoming');
  const first = entries[0];
  if (!first) {
    ctx.error('entry-missing', 'The flow has no Inbound call node, so calls to this number have nowhere to start. Add one from the palette.', {});
    return undefined;
  }
  for (const extra of entries.slice(1)) {
    ctx.error('entry-multiple', `${nodeName(extra)} is a second Inbound call node; calls start only at ${nodeName(first)}. Delete one of them.`, { nodeId: extra.id });
  }
  return first.id;
}

/** edge-invalid: an edge from or to a missing node, from a handle its node does not have, or a second edge on one handle. */
export function checkEdges(ctx: ValidationContext): void {
  for (const edge of ctx.number.flow.edges) {
    const problem = edgeProblem(ctx, edge);
    if (problem) ctx.error('edge-invalid', problem, { edgeId: edge.id });
  }
}

function edgeProblem(ctx: ValidationContext, edge: FlowEdge): string | undefined {
  const source = ctx.nodes.get(edge.source);
  const target = ctx.nodes.get(edge.target);
  if (!source && !target) return `Connection ${edge.id} joins two nodes that do not exist (${edge.source} and ${edge.target}). Delete it.`;
  if (!source) return `Connection ${edge.id} starts at a node that does not exist (${edge.source}). Delete it.`;
  if (!target) return `Connection ${edge.id} from ${nodeName(source)} leads to a node that does not exist (${edge.target}). Connect it to another node.`;
  const handles = ctx.handles.get(source.id) ?? [];
  if (!handles.some((h) => h.id === edge.sourceHandle)) {
    const known = handles.length ? `its outputs are ${handles.map((h) => `'${h.label}'`).join(', ')}` : 'it has no outputs';
    return `Connection ${edge.id} leaves ${nodeName(source)} from an output '${edge.sourceHandle}' it does not have (${known}). Delete it or reconnect it.`;
  }
  const used = ctx.wired.get(source.id)?.get(edge.sourceHandle);
  if (used && used.id !== edge.id) {
    return `${nodeName(source)} has two connections from '${handleLabel(ctx, source.id, edge.sourceHandle)}'; calls follow only the first (${used.id}). Delete one.`;
  }
  return undefined;
}

/** dangling-handle: an output with no connection drops the call (N12). */
export function checkDangling(ctx: ValidationContext): void {
  for (const node of ctx.nodes.values()) {
    const wired = ctx.wired.get(node.id);
    for (const h of ctx.handles.get(node.id) ?? []) {
      if (wired?.has(h.id)) continue;
      ctx.warn('dangling-handle', `${nodeName(node)} has nothing connected to '${h.label}': a call that goes there is dropped. Connect it to a node, such as Voicemail or Hang up.`, { nodeId: node.id });
    }
  }
}

/** unreachable: no call can reach a node that the entry does not lead to. */
export function checkReachable(ctx: ValidationContext, entryId: string): void {
  const seen = new Set<string>([entryId]);
  const stack = [entryId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    for (const edge of ctx.wired.get(id)?.values() ?? []) {
      if (!seen.has(edge.target)) {
        seen.add(edge.target);
        stack.push(edge.target);
      }
    }
  }
  for (const node of ctx.nodes.values()) {
    // A second entry is already an error (entry-multiple); calling it unreachable too says nothing new.
    if (seen.has(node.id) || node.type === 'incoming') continue;
    ctx.warn('unreachable', `No call can reach ${nodeName(node)}: nothing leads to it from the Inbound call node. Connect it or delete it.`, { nodeId: node.id });
  }
}
