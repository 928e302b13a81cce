import { CURRENT_VERSION, FORMAT, parseProject } from '../engine';
import type { Project } from '../engine';
import { importProject } from './bundle';
import type { AssetRecord } from './types';

export interface Seeded {
  project: Project;
  assets: AssetRecord[];
}

/** Loads the demo bundle through the injected loader. Throws when it is not a valid bundle. */
export async function readSeed(seed: () => Promise<unknown>): Promise<Seeded> {
  const raw = await seed();
  // A JSON module imported with import() arrives as { default: bundle }.
  const json = raw && typeof raw === 'object' && 'default' in raw && !('format' in raw) ? (raw as { default: unknown }).default : raw;
  const imported = await importProject({ json });
  if (!imported.ok) throw new Error(`The demo bundle is invalid: ${imported.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return imported;
}

/** The demo, or an empty workspace when the demo cannot be loaded: the app opens either way. */
export async function readSeedOrEmpty(seed: () => Promise<unknown>): Promise<Seeded> {
  try {
    return await readSeed(seed);
  } catch (e) {
    console.error(e);
    return { project: parseProject({ format: FORMAT, version: CURRENT_VERSION, workspace: { name: 'Workspace' } }), assets: [] };
  }
}
