import type { z } from 'zod';
import { crmOwner } from './crmOwner';
import { employee } from './employee';
import { forward } from './forward';
import { hangup } from './hangup';
import { hours } from './hours';
import { incoming } from './incoming';
import { ivr } from './ivr';
import type { HandleDef, NodeKindDef } from './kind';
import { mobile } from './mobile';
import { play } from './play';
import { queue } from './queue';
import { sipTo } from './sipTo';
import { voicemail } from './voicemail';

/** Every node kind, in palette order. Adding a kind = one module + one line here. */
export const NODE_KINDS = [incoming, sipTo, hours, play, ivr, crmOwner, queue, employee, mobile, forward, voicemail, hangup] as const;

type Kinds = (typeof NODE_KINDS)[number];
export type NodeType = Kinds['type'];
/** `data` of the node kind T, after defaults. */
export type NodeDataOf<T extends NodeType> = z.infer<Extract<Kinds, { type: T }>['data']>;

export const NODE_TYPES = NODE_KINDS.map((k) => k.type) as NodeType[];

const byType = new Map<string, NodeKindDef>(NODE_KINDS.map((k) => [k.type, k as unknown as NodeKindDef]));

/** The definition of a node kind, or undefined for an unknown type. */
export function nodeKind(type: string): NodeKindDef | undefined {
  return byType.get(type);
}

/** The output handles of a node, derived from its kind and data. */
export function handlesOf(node: { type: string; data: unknown }): HandleDef[] {
  const def = byType.get(node.type);
  return def ? def.handles(node.data as never) : [];
}

/**
 * A node's name where it has no label: its kind and the number the designer gave it ("Greeting
 * 2" for `play-2`), else its kind and id ("Greeting (welcome)", so that two such nodes differ);
 * the Inbound call node, one per flow, by its kind alone.
 */
export function unlabelledName(node: { id: string; type: string }): string {
  const title = nodeKind(node.type)?.title ?? node.type;
  if (node.type === 'incoming') return title;
  const numbered = /^(.+)-(\d+)$/.exec(node.id);
  return numbered && numbered[1] === node.type ? `${title} ${numbered[2]}` : `${title} (${node.id})`;
}

/** How the app names a node everywhere (canvas, lists, messages, call log): its label, else `unlabelledName`. */
export function nodeTitle(node: { id: string; type: string; data?: unknown }): string {
  const label = (node.data as { label?: unknown } | undefined)?.label;
  return typeof label === 'string' && label.trim() ? label.trim() : unlabelledName(node);
}
