import type { z } from 'zod';
import type { NODE_VIEWS } from '../views/registry';
import { crmOwner } from './crmOwner';
import { employee } from './employee';
import { forward } from './forward';
import { hangup } from './hangup';
import { hours } from './hours';
import { incoming } from './incoming';
import { ivr } from './ivr';
import type { NodeKindDef } from './kind';
import { mobile } from './mobile';
import { play } from './play';
import { queue } from './queue';
import { sipTo } from './sipTo';
import { voicemail } from './voicemail';

export { handlesOf, nodeTitle, unlabelledName } from '../views/registry';

/**
 * Every node kind, in palette order. Adding a kind = one module in nodes/, its view in views/,
 * and one line here and in `NODE_VIEWS` (views/registry.ts).
 */
export const NODE_KINDS = [incoming, sipTo, hours, play, ivr, crmOwner, queue, employee, mobile, forward, voicemail, hangup] as const;

type Kinds = (typeof NODE_KINDS)[number];
export type NodeType = Kinds['type'];
/** `data` of the node kind T, after defaults. */
export type NodeDataOf<T extends NodeType> = z.infer<Extract<Kinds, { type: T }>['data']>;

type ViewType = (typeof NODE_VIEWS)[number]['type'];
// Fails to compile when a kind has no view in NODE_VIEWS, or a view no kind.
const _sameKinds: [NodeType, ViewType] extends [ViewType, NodeType] ? true : never = true;

export const NODE_TYPES = NODE_KINDS.map((k) => k.type) as NodeType[];

const byType = new Map<string, NodeKindDef>(NODE_KINDS.map((k) => [k.type, k as unknown as NodeKindDef]));

/** The definition of a node kind, or undefined for an unknown type. */
export function nodeKind(type: string): NodeKindDef | undefined {
  return byType.get(type);
}
