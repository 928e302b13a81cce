import { parseProject, parseProjectText, ProjectFormatError } from '../engine';
import type { FormatProblem, Project } from '../engine';
import { fromBase64, toBase64 } from './bytes';
import type { AssetRecord } from './types';

/** The bundle as exported: the project with every uploaded file base64-encoded in `assets`. */
export function bundleOf(project: Project, assets: AssetRecord[]): Project {
  return {
    ...project,
    assets: assets.map((a) => ({ id: a.id, fileName: a.fileName, mimeType: a.mimeType, base64: toBase64(a.bytes) })),
  };
}

export type Imported =
  | { ok: true; project: Project; assets: AssetRecord[] }
  | { ok: false; issues: FormatProblem[] };

/** The channel count an upload's hold-music setting records, if any: bundles carry it there, not on the asset. */
function channelsOf(project: Project, assetId: string): number | null {
  for (const n of project.numbers) {
    const m = n.settings.holdMusic;
    if (m.kind === 'upload' && m.assetId === assetId) return m.channels;
  }
  return null;
}

/**
 * Reads a bundle (JSON text or an already-parsed value) into a project and its decoded
 * audio. Every problem comes back with its JSON path; nothing is half-read.
 */
export async function importProject(input: string | { json: unknown }): Promise<Imported> {
  let project: Project;
  try {
    project = typeof input === 'string' ? parseProjectText(input) : parseProject(input.json);
  } catch (e) {
    if (e instanceof ProjectFormatError) return { ok: false, issues: e.issues };
    // Input nested thousands deep can overflow the stack while the parser words its message:
    // that is still a bundle that cannot be read, not a crash of the import.
    if (e instanceof RangeError) return { ok: false, issues: [{ path: '(root)', message: `could not be read: ${e.message}` }] };
    throw e;
  }
  const issues: FormatProblem[] = [];
  const assets: AssetRecord[] = [];
  project.assets.forEach((a, i) => {
    try {
      const bytes = fromBase64(a.base64);
      assets.push({ id: a.id, fileName: a.fileName, mimeType: a.mimeType, bytes, sizeBytes: bytes.byteLength, channels: channelsOf(project, a.id) });
    } catch {
      issues.push({ path: `assets[${i}].base64`, message: 'is not valid base64' });
    }
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, project: { ...project, assets: [] }, assets };
}
