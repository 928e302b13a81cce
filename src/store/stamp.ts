// The engine's version alone, not its barrel: the designer's first paint reads stamps (peek.ts).
import { CURRENT_VERSION } from '../engine/version';

// Set by vite.config.ts (`define`): a hash of src/engine and zod's version. Absent (a tool that
// does not use the Vite config), every stored number is parsed, as it always was.
declare const __ENGINE_STAMP__: string | undefined;

/** The engine build that wrote a number's row, or null when unknown. */
export const ENGINE_STAMP: string | null = typeof __ENGINE_STAMP__ === 'string' ? __ENGINE_STAMP__ : null;

/**
 * Whether a stored number was written by this very engine, format version and schemas alike.
 * Everything the store writes was parsed when it came in (seed, import, another build's row)
 * or made by an edit that checks its value, so such a row reads back as it was written:
 * parsing it again would only repeat the work, and at 2,000 nodes that is most of a load.
 * A row from any other build (older, newer, or before stamps) is migrated and parsed.
 */
export function writtenByThisEngine(row: { v: number; stamp?: string }): boolean {
  return ENGINE_STAMP !== null && row.v === CURRENT_VERSION && row.stamp === ENGINE_STAMP;
}
