import type { Flow, FlowNode, NumberSettings } from '../engine';

/** What differs between two flows, node by node, for the revisions panel. */
export interface FlowDiff {
  added: FlowNode[];
  removed: FlowNode[];
  /** Same id, other kind or data. */
  changed: FlowNode[];
  /** Same id and data, only moved on the canvas. */
  moved: FlowNode[];
  edgesAdded: number;
  edgesRemoved: number;
}

const edgeKey = (e: Flow['edges'][number]) => `${e.source}\u0000${e.sourceHandle}\u0000${e.target}`;

/** Compares `from` (a revision) with `to` (the draft): what the draft added, removed and changed. */
export function diffFlows(from: Flow, to: Flow): FlowDiff {
  const before = new Map(from.nodes.map((n) => [n.id, n]));
  const diff: FlowDiff = { added: [], removed: [], changed: [], moved: [], edgesAdded: 0, edgesRemoved: 0 };
  const seen = new Set<string>();
  for (const n of to.nodes) {
    seen.add(n.id);
    const old = before.get(n.id);
    if (!old) diff.added.push(n);
    else if (old !== n && (old.type !== n.type || JSON.stringify(old.data) !== JSON.stringify(n.data))) diff.changed.push(n);
    else if (old !== n && (old.position?.x !== n.position?.x || old.position?.y !== n.position?.y)) diff.moved.push(n);
  }
  for (const n of from.nodes) if (!seen.has(n.id)) diff.removed.push(n);
  const oldEdges = new Set(from.edges.map(edgeKey));
  const newEdges = new Set(to.edges.map(edgeKey));
  for (const k of newEdges) if (!oldEdges.has(k)) diff.edgesAdded++;
  for (const k of oldEdges) if (!newEdges.has(k)) diff.edgesRemoved++;
  return diff;
}

/** "2 nodes added, 1 removed, 3 changed, 4 connections changed" — or "No changes". */
export function describeDiff(d: FlowDiff): string {
  const parts: string[] = [];
  if (d.added.length) parts.push(`${d.added.length} node${d.added.length === 1 ? '' : 's'} added`);
  // "1 node changed", not "1 changed", when it comes first.
  const nodes = (n: number) => (parts.length ? `${n}` : `${n} node${n === 1 ? '' : 's'}`);
  if (d.removed.length) parts.push(`${nodes(d.removed.length)} removed`);
  if (d.changed.length) parts.push(`${nodes(d.changed.length)} changed`);
  if (d.moved.length) parts.push(`${nodes(d.moved.length)} moved`);
  const rewired = d.edgesAdded + d.edgesRemoved;
  if (rewired) parts.push(`${rewired} connection change${rewired === 1 ? '' : 's'}`);
  return parts.length ? parts.join(', ') : 'No changes';
}

/** The settings groups, named as the settings page heads them. */
const SETTING_NAMES: Record<keyof NumberSettings, string> = {
  recording: 'recording', rating: 'rating', crm: 'CRM', hours: 'working hours', skipUnavailableUsers: 'unavailable users',
  outbound: 'outbound', callback: 'missed-call redial', backupNumber: 'backup number', forwardViaNumberId: 'forwarding connection',
  holdMusic: 'hold music',
};

/**
 * The settings groups that differ between a revision's settings and the draft's, by name. A
 * restore brings a revision's settings back with its flow, so the panel and the restore
 * question say which settings it would replace.
 */
export function diffSettings(from: NumberSettings, to: NumberSettings): string[] {
  return (Object.keys(SETTING_NAMES) as (keyof NumberSettings)[])
    .filter((k) => JSON.stringify(from[k]) !== JSON.stringify(to[k]))
    .map((k) => SETTING_NAMES[k]);
}

/** A flow diff and a settings diff in one line: "2 changed; settings: recording, outbound". */
export function describeChanges(flow: FlowDiff, settings: readonly string[]): string {
  const f = describeDiff(flow);
  if (!settings.length) return f;
  const s = `settings: ${settings.join(', ')}`;
  return f === 'No changes' ? `flow unchanged; ${s}` : `${f}; ${s}`;
}

/** The same nodes (by id, in order) and the same connections: what a layout depends on. */
export function sameShape(a: Flow, b: Flow): boolean {
  const edge = (e: Flow['edges'][number]) => `${e.id} ${e.source} ${e.sourceHandle} ${e.target}`;
  return a.nodes.length === b.nodes.length && a.nodes.every((n, i) => n.id === b.nodes[i]!.id)
    && a.edges.length === b.edges.length && a.edges.every((e, i) => edge(e) === edge(b.edges[i]!));
}
