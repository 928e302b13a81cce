import type { FlowNode, Project } from '../../engine';
import { nodeKind } from '../../engine';

/** One place in a number's flow that refers to an employee or a queue group. */
export interface FlowUse {
  numberId: string;
  numberName: string;
  nodeId: string;
  nodeName: string;
}

function nodeTitle(node: FlowNode): string {
  const title = nodeKind(node.type)?.title ?? node.type;
  const label = (node.data as { label?: unknown }).label;
  return `${title} '${typeof label === 'string' && label.trim() ? label.trim() : node.id}'`;
}

function usesOf(project: Project, refers: (node: FlowNode) => boolean): FlowUse[] {
  const out: FlowUse[] = [];
  for (const n of project.numbers) {
    for (const node of n.flow.nodes) {
      if (refers(node)) out.push({ numberId: n.id, numberName: n.name.trim() || n.number, nodeId: node.id, nodeName: nodeTitle(node) });
    }
  }
  return out;
}

/** Nodes that ring, forward to the mobile of, or take voicemail for the employee. */
export function employeeUses(project: Project, employeeId: string): FlowUse[] {
  return usesOf(project, (node) => {
    const d = node.data as Record<string, unknown>;
    return (node.type === 'employee' && d.employeeId === employeeId)
      || (node.type === 'mobile' && d.target === employeeId)
      || (node.type === 'voicemail' && d.mailbox === employeeId);
  });
}

/** Queue nodes that ring the group. */
export function queueUses(project: Project, queueId: string): FlowUse[] {
  return usesOf(project, (node) => node.type === 'queue' && (node.data as { queueId?: unknown }).queueId === queueId);
}

/** "Hotline: Queue 'Sales line'" for each use. */
export function describeUses(uses: readonly FlowUse[]): string[] {
  return uses.map((u) => `${u.numberName}: ${u.nodeName}`);
}
