import type { z } from 'zod';
import type { NumberKind } from '../schema/number';
import type { Plan } from '../schema/workspace';
import type { Workspace } from '../schema/workspace';
import type { NodeCompiler } from '../compile/steps';
import type { StateConfig } from '../compile/types';

/** One output handle of a node: its id (the edge's `sourceHandle`) and the label shown beside it. */
export interface HandleDef {
  id: string;
  label: string;
}

/** What a node kind needs of the plan or of the connection it sits on. */
export interface KindRequirement {
  /** Plans that allow this kind; absent = every plan. */
  plans?: readonly Plan[];
  /** Connection kinds that allow this kind; absent = every kind. */
  connections?: readonly NumberKind[];
  /** Shown when the plan or connection does not allow the kind. */
  reason: string;
}

/**
 * Everything the app knows about one kind of node. Each kind lives in its own module and is
 * registered in `registry.ts`, from which the node union, the palette and the handle lists derive.
 */
export interface NodeKindDef<T extends string = string, S extends z.ZodType = z.ZodType> {
  type: T;
  /** Name shown in the palette and the inspector ("Voice menu"). */
  title: string;
  /** Icon name, drawn by `ui/Icon`. */
  icon: string;
  /** One line for the palette's tooltip. */
  description: string;
  /** Zod schema of `data`, defaults included. */
  data: S;
  /** Output handles, which may depend on the data (an IVR's options). */
  handles(data: z.infer<S>): HandleDef[];
  /** Key facts shown on the canvas node, resolved against the workspace (names, extensions). */
  summary(data: z.infer<S>, workspace: Workspace): string[];
  requires?: KindRequirement;
  /**
   * The kind's piece of the compiler: the XState state config of one node of this kind. The
   * compiler adds the state's id and the node-entry action; `c.goto(handle)` follows an edge.
   */
  compile(data: z.infer<S>, c: NodeCompiler): StateConfig;
}

export function defineNodeKind<T extends string, S extends z.ZodType>(def: NodeKindDef<T, S>): NodeKindDef<T, S> {
  return def;
}

/** Is this kind allowed for the plan and the connection kind? Returns the reason when not. */
export function kindAvailability(
  def: Pick<NodeKindDef, 'requires'>,
  plan: Plan,
  connection: NumberKind,
): { ok: true } | { ok: false; reason: string } {
  const r = def.requires;
  if (!r) return { ok: true };
  if (r.plans && !r.plans.includes(plan)) return { ok: false, reason: r.reason };
  if (r.connections && !r.connections.includes(connection)) return { ok: false, reason: r.reason };
  return { ok: true };
}
