import type { Flow } from './schema/flow';
import type { NumberSettings } from './schema/settings';

/** Collects the `assetId` of every `{ kind: 'upload', assetId }` melody in a node's data, however deep. */
function collectUploads(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) collectUploads(v, into);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (o.kind === 'upload' && typeof o.assetId === 'string') into.add(o.assetId);
  for (const v of Object.values(o)) collectUploads(v, into);
}

/**
 * The uploaded files the project uses: every number's hold music and every melody in its flow's
 * nodes (greetings, prompts, voicemail greetings…). An asset outside this set is used nowhere.
 * Revisions have a flow and settings too, and can be passed with the numbers.
 */
export function assetsInUse(project: { numbers: readonly { flow: Flow; settings: NumberSettings }[] }): Set<string> {
  const used = new Set<string>();
  for (const n of project.numbers) {
    const m = n.settings.holdMusic;
    if (m.kind === 'upload') used.add(m.assetId);
    for (const node of n.flow.nodes) collectUploads(node.data, used);
  }
  return used;
}
