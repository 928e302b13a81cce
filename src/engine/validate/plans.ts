import { nodeKind } from '../nodes/registry';
import type { FlowNode } from '../schema/flow';
import type { Plan } from '../schema/workspace';
import { PLANS } from '../schema/workspace';
import type { ValidationContext } from './context';
import { nodeName, PLAN_LABELS, planList, queueName } from './context';

const FROM_START: readonly Plan[] = PLANS.filter((p) => p !== 'free' && p !== 'project_plus');
const FROM_PROJECT: readonly Plan[] = PLANS.filter((p) => p !== 'free');
/** Plans whose voice menus may nest only this deep (behaviour.md, Plans). */
const IVR_DEPTH_LIMIT: Partial<Record<Plan, number>> = { start_plus: 2, crm_plus: 2 };
const UNLIMITED_IVR: readonly Plan[] = PLANS.filter((p) => FROM_START.includes(p) && IVR_DEPTH_LIMIT[p] === undefined);

function needs(ctx: ValidationContext, what: string, plans: readonly Plan[]): string {
  return `${what} needs the ${planList(plans)} plan; this workspace is on ${PLAN_LABELS[ctx.workspace.plan]}.`;
}

/**
 * plan-feature and sip-only: node kinds the plan or the connection kind lacks (declared by each
 * kind's `requires`), and the plan-gated settings of the Plans table.
 */
export function checkPlanFeatures(ctx: ValidationContext): void {
  const plan = ctx.workspace.plan;
  for (const node of ctx.nodes.values()) {
    const req = nodeKind(node.type)?.requires;
    if (!req) continue;
    if (req.plans && !req.plans.includes(plan)) {
      ctx.error('plan-feature', `${needs(ctx, nodeName(node), req.plans)} Upgrade the plan or replace the node.`, { nodeId: node.id });
    }
    if (req.connections && !req.connections.includes(ctx.number.kind)) {
      ctx.error('sip-only', `${nodeName(node)} works only on SIP PBX connections (office or cloud); this number is ${KIND_LABELS[ctx.number.kind]}. Delete the node.`, { nodeId: node.id });
    }
  }

  const s = ctx.number.settings;
  if (!FROM_START.includes(plan)) {
    if (s.rating.enabled) ctx.error('plan-feature', needs(ctx, 'Call rating', FROM_START), { field: 'settings.rating.enabled' });
    if (s.crm.leadSource !== 'CALL') ctx.error('plan-feature', needs(ctx, `A lead source other than CALL ('${s.crm.leadSource}')`, FROM_START), { field: 'settings.crm.leadSource' });
    if (s.outbound.selectable) ctx.error('plan-feature', needs(ctx, 'Choosing this number for outbound calls', FROM_START), { field: 'settings.outbound.selectable' });
  }
  if (!FROM_PROJECT.includes(plan)) checkQueueDistribution(ctx);
}

const KIND_LABELS = { rented: 'a rented number', sip_office: 'an office SIP PBX', sip_cloud: 'a cloud SIP PBX', app: 'an app connection' } as const;

/** Queue groups ringing everyone at once: reported on each node that rings one, and on the group itself. */
function checkQueueDistribution(ctx: ValidationContext): void {
  const usedBy = new Map<string, FlowNode[]>();
  for (const node of ctx.nodes.values()) {
    if (node.type !== 'queue' || !node.data.queueId) continue;
    const list = usedBy.get(node.data.queueId) ?? [];
    list.push(node);
    usedBy.set(node.data.queueId, list);
  }
  for (const q of ctx.workspace.queues) {
    if (q.distribution !== 'all') continue;
    const field = `workspace.queues.${q.id}.distribution`;
    const message = `${needs(ctx, `${queueName(q)} rings all members at once, which`, FROM_PROJECT)} Choose 'evenly' or 'in order', or upgrade.`;
    const nodes = usedBy.get(q.id);
    if (!nodes) ctx.error('plan-feature', message, { field });
    for (const node of nodes ?? []) ctx.error('plan-feature', message, { nodeId: node.id, field });
  }
}

/**
 * ivr-depth: on plans with two menu levels, no chain of three distinct voice menus joined by
 * option keys. A menu is a third level when it is reached by an option of a menu that is
 * itself reached by an option of a third, different menu — so "repeat" (a menu to itself) and
 * "back" (a submenu to its parent) never count. Linear in the edges.
 */
export function checkIvrDepth(ctx: ValidationContext): void {
  const limit = IVR_DEPTH_LIMIT[ctx.workspace.plan];
  if (limit === undefined) return;
  const parents = new Map<string, Set<string>>();
  for (const node of ctx.nodes.values()) {
    if (node.type !== 'ivr') continue;
    const digits = new Set(node.data.options.map((o) => o.digit as string));
    for (const [handle, edge] of ctx.wired.get(node.id) ?? []) {
      if (!digits.has(handle) || edge.target === node.id || ctx.nodes.get(edge.target)?.type !== 'ivr') continue;
      const set = parents.get(edge.target) ?? new Set<string>();
      set.add(node.id);
      parents.set(edge.target, set);
    }
  }
  for (const [childId, direct] of parents) {
    let chain: string[] | undefined;
    for (const mid of direct) {
      for (const top of parents.get(mid) ?? []) {
        if (top !== childId && top !== mid) {
          chain = [top, mid, childId];
          break;
        }
      }
      if (chain) break;
    }
    if (!chain) continue;
    const names = chain.map((id) => nodeName(ctx.nodes.get(id) as FlowNode));
    ctx.error('ivr-depth',
      `${names[2]} is a third menu level (${names.join(' → ')}); the ${PLAN_LABELS[ctx.workspace.plan]} plan allows ${limit} levels. ` +
      `Move its options up a level, or upgrade to ${planList(UNLIMITED_IVR)} for menus of any depth.`,
      { nodeId: childId });
  }
}
