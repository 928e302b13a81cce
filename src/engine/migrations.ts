import { CURRENT_VERSION, FORMAT } from './schema/project';

/** A step that upgrades a bundle from version `from` to `from + 1`. */
export interface Migration {
  from: number;
  up(bundle: Record<string, unknown>): Record<string, unknown>;
}

/**
 * The chain of upgrades. Only version 1 exists so far, so it is empty; a version 2 adds
 * `{ from: 1, up }` here and a test that upgrades a version 1 fixture.
 */
export const MIGRATIONS: Migration[] = [];

/** A bundle whose version this app cannot read: `code` says which way it is wrong. */
export class VersionError extends Error {
  override readonly name = 'VersionError';
  constructor(readonly code: 'version-newer' | 'version-invalid', message: string) {
    super(message);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Upgrades a bundle of any known version to the current one; anything else is left for the schema to report. */
export function migrate(json: unknown, migrations: readonly Migration[] = MIGRATIONS, target = CURRENT_VERSION): unknown {
  if (!isObject(json) || json.format !== FORMAT || typeof json.version !== 'number') return json;
  if (!Number.isInteger(json.version) || json.version < 1) {
    throw new VersionError('version-invalid', `is ${json.version}, not a version of this format: versions are whole numbers from 1`);
  }
  if (json.version > target) {
    // Said as a sentence of its own: it is about the whole file, and the user cannot fix it by editing the file.
    throw new VersionError('version-newer', `This bundle is version ${json.version} of the format; this app reads versions up to ${target}, so the app is older than the file: update the app`);
  }
  let bundle = json;
  for (let v = json.version; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) throw new Error(`no migration from version ${v}`);
    bundle = { ...step.up(bundle), version: v + 1 };
  }
  return bundle;
}
