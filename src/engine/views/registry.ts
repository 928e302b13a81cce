import { crmOwnerView } from './crmOwner';
import { employeeView } from './employee';
import { forwardView } from './forward';
import { hangupView } from './hangup';
import { hoursView } from './hours';
import { incomingView } from './incoming';
import { ivrView } from './ivr';
import type { HandleDef, NodeView } from './kind';
import { mobileView } from './mobile';
import { playView } from './play';
import { queueView } from './queue';
import { sipToView } from './sipTo';
import { voicemailView } from './voicemail';

/** The view of every node kind, in the palette order of `NODE_KINDS` (nodes/registry.ts), which checks that both list the same kinds. */
export const NODE_VIEWS = [
  incomingView, sipToView, hoursView, playView, ivrView, crmOwnerView, queueView, employeeView, mobileView, forwardView, voicemailView, hangupView,
] as const;

const byType = new Map<string, NodeView>(NODE_VIEWS.map((v) => [v.type, v]));

/** The view of a node kind (title, icon, handles, summary), or undefined for an unknown type. */
export function nodeView(type: string): NodeView | undefined {
  return byType.get(type);
}

/** The output handles of a node, derived from its kind and data. */
export function handlesOf(node: { type: string; data: unknown }): HandleDef[] {
  const view = byType.get(node.type);
  return view ? view.handles(node.data) : [];
}

/**
 * A node's name where it has no label: its kind and the number the designer gave it ("Greeting
 * 2" for `play-2`), else its kind and id ("Greeting (welcome)", so that two such nodes differ);
 * the Inbound call node, one per flow, by its kind alone.
 */
export function unlabelledName(node: { id: string; type: string }): string {
  const title = nodeView(node.type)?.title ?? node.type;
  if (node.type === 'incoming') return title;
  const numbered = /^(.+)-(\d+)$/.exec(node.id);
  return numbered && numbered[1] === node.type ? `${title} ${numbered[2]}` : `${title} (${node.id})`;
}

/** How the app names a node everywhere (canvas, lists, messages, call log): its label, else `unlabelledName`. */
export function nodeTitle(node: { id: string; type: string; data?: unknown }): string {
  const label = (node.data as { label?: unknown } | undefined)?.label;
  return typeof label === 'string' && label.trim() ? label.trim() : unlabelledName(node);
}
