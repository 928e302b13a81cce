import { useCallback, useMemo } from 'react';
import { nodeKind } from '../../engine';
import type { FlowNode } from '../../engine';
import type { Parsed } from '../../ui/TextField';
import type { FlowChange } from '../flowChanges';
import { schemaMessage } from './fields';
import type { Check } from './fields';

const NO_ASSETS: readonly { id: string; fileName: string }[] = [];

export type Path = readonly (string | number)[];
/** Sends an edit; `field` names what was edited so typing on in one field is one undo step. */
export type EmitChange = (change: FlowChange, field?: string) => void;

/** `obj` with the value at `path` replaced, copying only the objects along the path. */
export function setAt(obj: unknown, path: Path, value: unknown): unknown {
  if (!path.length) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const base = (obj ?? (typeof head === 'number' ? [] : {})) as Record<string | number, unknown>;
  const copy = (Array.isArray(base) ? [...base] : { ...base }) as Record<string | number, unknown>;
  copy[head] = setAt(base[head], rest, value);
  return copy;
}

/**
 * Edits of one node's data, each checked against its kind's zod schema: `check(path)` says
 * whether a value would be accepted (and why not), `commit(path, value)` applies it through
 * an `updateNodeData` change — never when the schema refuses it. Commits to one field merge
 * into one undo step until it loses focus (typing); a `discrete` one (a button: add or remove
 * an option) is a step of its own.
 */
export function useNodeData(node: FlowNode, emit: EmitChange, assets: readonly { id: string; fileName: string }[] = NO_ASSETS) {
  const schema = nodeKind(node.type)?.data;
  const validate = useCallback(
    (path: Path, value: unknown) => {
      const candidate = setAt(node.data, path, value);
      return schema ? schema.safeParse(candidate) : ({ success: false, error: undefined } as const);
    },
    [node.data, schema],
  );
  const check = useCallback(
    (path: Path): Check => (value) => {
      const r = validate(path, value);
      if (r.success) return { ok: true, value } as Parsed<unknown>;
      return { ok: false, message: r.error ? schemaMessage(r.error, path) : 'Unknown node kind.' };
    },
    [validate],
  );
  const commit = useCallback(
    (path: Path, value: unknown, moveEdges?: Record<string, string>, opts?: { discrete?: boolean }) => {
      const r = validate(path, value);
      if (!r.success) return false;
      emit({ type: 'updateNodeData', id: node.id, data: r.data as FlowNode['data'], ...(moveEdges ? { moveEdges } : {}) }, opts?.discrete ? undefined : path.join('.'));
      return true;
    },
    [validate, emit, node.id],
  );
  return useMemo(() => ({ data: node.data as Record<string, unknown>, check, commit, assets }), [node.data, check, commit, assets]);
}

export type NodeDataEditor = ReturnType<typeof useNodeData>;
