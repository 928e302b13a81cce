import type { Melody } from '../schema/common';
import type { Workspace } from '../schema/workspace';

export const NO_ANSWER = { id: 'noAnswer', label: 'No answer' } as const;
export const EXTENSION_NO_ANSWER = { id: 'extensionNoAnswer', label: 'Extension not answered' } as const;

export function describeMelody(m: Melody | undefined): string {
  if (!m) return 'No message';
  switch (m.kind) {
    case 'tts': return `“${m.text}”`;
    case 'builtin': return `Built-in melody “${m.id}”`;
    case 'upload': return `Uploaded file ${m.assetId}`;
  }
}

export function employeeName(ws: Workspace, id: string | null | undefined): string {
  if (!id) return 'nobody chosen';
  const e = ws.employees.find((x) => x.id === id);
  if (!e) return `missing employee ${id}`;
  return e.extension ? `${e.name} (${e.extension})` : e.name;
}

export const rings = (n: number) => `${n} ring${n === 1 ? '' : 's'} (${n * 5} s)`;
