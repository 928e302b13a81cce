import type { NumberKind } from '../schema/number';
import type { Plan, Workspace } from '../schema/workspace';

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
 * What the canvas, the palette and the messages know of one kind of node: everything but its
 * data schema and its piece of the compiler, which stay in `nodes/<kind>.ts`. Apart from them
 * so that drawing a node loads neither zod nor XState. `D` is the kind's `data`, after defaults.
 */
export interface NodeView<T extends string = string, D = unknown> {
  type: T;
  /** Name shown in the palette and the inspector ("Voice menu"). */
  title: string;
  /** Icon name, drawn by `ui/Icon`. */
  icon: string;
  /** One line for the palette's tooltip. */
  description: string;
  /** Output handles, which may depend on the data (an IVR's options). */
  handles(data: D): HandleDef[];
  /** Key facts shown on the canvas node, resolved against the workspace (names, extensions). */
  summary(data: D, workspace: Workspace): string[];
  requires?: KindRequirement;
}

export function defineNodeView<T extends string, D>(view: NodeView<T, D>): NodeView<T, D> {
  return view;
}

/** Is this kind allowed for the plan and the connection kind? Returns the reason when not. */
export function kindAvailability(
  def: Pick<NodeView, 'requires'>,
  plan: Plan,
  connection: NumberKind,
): { ok: true } | { ok: false; reason: string } {
  const r = def.requires;
  if (!r) return { ok: true };
  if (r.plans && !r.plans.includes(plan)) return { ok: false, reason: r.reason };
  if (r.connections && !r.connections.includes(connection)) return { ok: false, reason: r.reason };
  return { ok: true };
}
