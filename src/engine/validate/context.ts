import type { HandleDef } from '../nodes/kind';
import { handlesOf, nodeKind, unlabelledName } from '../nodes/registry';
import type { FlowEdge, FlowNode } from '../schema/flow';
import type { PhoneNumber } from '../schema/number';
import type { Project } from '../schema/project';
import type { FlowIssue } from '../schema/result';
import type { Employee, Plan, QueueGroup, Workspace } from '../schema/workspace';
import { PLAN_LABELS } from '../schema/workspace';

/** Where an issue points: a node, an edge, or a settings field (see docs/format.md, "Where an issue points"). */
export interface IssueTarget {
  nodeId?: string;
  edgeId?: string;
  field?: string;
}

/**
 * Everything the checks share, built once per validateNumber call so that each check is a
 * linear pass: lookups by id are maps, and each node's handles are derived once.
 */
export interface ValidationContext {
  project: Project;
  workspace: Workspace;
  number: PhoneNumber;
  nodes: Map<string, FlowNode>;
  handles: Map<string, HandleDef[]>;
  /** nodeId → handle id → the edge a call follows (the first valid edge on that handle). */
  wired: Map<string, Map<string, FlowEdge>>;
  employees: Map<string, Employee>;
  queues: Map<string, QueueGroup>;
  issues: FlowIssue[];
  error(code: string, message: string, at: IssueTarget): void;
  warn(code: string, message: string, at: IssueTarget): void;
}

export function createContext(project: Project, number: PhoneNumber): ValidationContext {
  const nodes = new Map<string, FlowNode>();
  const handles = new Map<string, HandleDef[]>();
  for (const node of number.flow.nodes) {
    if (nodes.has(node.id)) continue;
    nodes.set(node.id, node);
    handles.set(node.id, handlesOf(node));
  }
  const wired = new Map<string, Map<string, FlowEdge>>();
  for (const edge of number.flow.edges) {
    const own = handles.get(edge.source);
    if (!own || !nodes.has(edge.target) || !own.some((h) => h.id === edge.sourceHandle)) continue;
    let byHandle = wired.get(edge.source);
    if (!byHandle) wired.set(edge.source, (byHandle = new Map()));
    if (!byHandle.has(edge.sourceHandle)) byHandle.set(edge.sourceHandle, edge);
  }
  const issues: FlowIssue[] = [];
  const push = (severity: FlowIssue['severity']) => (code: string, message: string, at: IssueTarget) => {
    issues.push({ severity, code, message, ...at });
  };
  return {
    project,
    workspace: project.workspace,
    number,
    nodes,
    handles,
    wired,
    employees: new Map(project.workspace.employees.map((e) => [e.id, e])),
    queues: new Map(project.workspace.queues.map((q) => [q.id, q])),
    issues,
    error: push('error'),
    warn: push('warning'),
  };
}

/**
 * `Voice menu 'Main menu'` — the kind's title and the node's label; without a label, the name
 * the designer shows on its card, `Working hours 1` (unlabelledName).
 */
export function nodeName(node: { id: string; type: string; data: unknown }): string {
  const title = nodeKind(node.type)?.title ?? 'Node';
  const label = (node.data as { label?: unknown } | undefined)?.label;
  return typeof label === 'string' && label.trim() ? `${title} '${label.trim()}'` : unlabelledName(node);
}

/** The label a handle shows on the canvas, for messages. */
export function handleLabel(ctx: ValidationContext, nodeId: string, handle: string): string {
  return ctx.handles.get(nodeId)?.find((h) => h.id === handle)?.label ?? handle;
}

export function employeeName(e: Employee): string {
  return `Employee '${e.name.trim() || e.id}'`;
}

export function queueName(q: QueueGroup): string {
  return `Queue group '${q.name.trim() || q.id}'`;
}

export function numberName(n: PhoneNumber): string {
  return `'${n.name.trim() || n.number || n.id}'`;
}

export { PLAN_LABELS };

/** "Start+, CRM+, Standard or Professional" */
export function planList(plans: readonly Plan[]): string {
  const names = plans.map((p) => PLAN_LABELS[p]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** Up to `max` names joined for a message, with "…" when there are more. */
export function listNames(names: readonly string[], max = 4): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')}, …`;
}
