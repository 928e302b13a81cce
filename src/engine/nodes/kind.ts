import type { z } from 'zod';
import type { NodeCompiler } from '../compile/steps';
import type { StateConfig } from '../compile/types';
import type { NodeView } from '../views/kind';

export { kindAvailability } from '../views/kind';
export type { HandleDef, KindRequirement } from '../views/kind';

/**
 * Everything the app knows about one kind of node: its view (`views/<kind>.ts`, what the canvas
 * draws) with its data schema and its piece of the compiler. Each kind lives in its own module and
 * is registered in `registry.ts`, from which the node union, the palette and the handle lists derive.
 */
export interface NodeKindDef<T extends string = string, S extends z.ZodType = z.ZodType> extends NodeView<T, z.infer<S>> {
  /** Zod schema of `data`, defaults included. */
  data: S;
  /**
   * The kind's piece of the compiler: the XState state config of one node of this kind. The
   * compiler adds the state's id and the node-entry action; `c.goto(handle)` follows an edge.
   */
  compile(data: z.infer<S>, c: NodeCompiler): StateConfig;
}

export function defineNodeKind<T extends string, S extends z.ZodType>(def: NodeKindDef<T, S>): NodeKindDef<T, S> {
  return def;
}
