import { kindAvailability, NODE_KINDS } from '../engine';
import type { NodeKindDef, NumberKind, Plan } from '../engine';

/** One entry of the palette: a kind and, when it cannot be added, why. */
export interface PaletteItem {
  def: NodeKindDef;
  locked: string | null;
}

export const INCOMING_EXISTS = 'This flow already has its inbound call node; a flow has exactly one.';

/**
 * The palette's kinds in registry order, each locked when the plan or the connection does
 * not allow it — or, for the inbound call node, when the flow already has one.
 */
export function paletteItems(plan: Plan, connection: NumberKind, flow: { nodes: readonly { type: string }[] }): PaletteItem[] {
  const hasIncoming = flow.nodes.some((n) => n.type === 'incoming');
  return NODE_KINDS.map((k) => {
    const def = k as unknown as NodeKindDef;
    if (def.type === 'incoming') return { def, locked: hasIncoming ? INCOMING_EXISTS : null };
    const a = kindAvailability(def, plan, connection);
    return { def, locked: a.ok ? null : a.reason };
  });
}

/** Why a kind may not sit in this flow at all (plan or connection), for marking existing nodes. */
export function lockedReasonFor(plan: Plan, connection: NumberKind): (type: string) => string | null {
  const reasons = new Map<string, string | null>();
  for (const k of NODE_KINDS) {
    const a = kindAvailability(k as unknown as NodeKindDef, plan, connection);
    reasons.set(k.type, a.ok ? null : a.reason);
  }
  return (type) => reasons.get(type) ?? null;
}
