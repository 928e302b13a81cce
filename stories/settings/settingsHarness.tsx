import { useCallback, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import demoJson from '../../test/fixtures/demo.json';
import smallOfficeJson from '../../test/fixtures/small-office.json';
import { parseProject, validateNumber } from '../../src/engine';
import type { NumberSettings, PhoneNumber, Plan, Project, Workspace } from '../../src/engine';
import { ClockProvider } from '../../src/ui/clock';
import type { HoldMusicAssets } from '../../src/settings/holdMusic/types';
import type { NumberSettingsViewProps } from '../../src/settings/NumberSettingsView';
import { createProjectStore } from '../../src/store';
import type { ProjectStore } from '../../src/store';

/** The fixtures every settings story is built from (the same files the tests use). */
export const demo = parseProject(demoJson);
export const smallOffice = parseProject(smallOfficeJson);
/** Thursday 26 Nov 2026, 10:00 in Ho Chi Minh City: inside the demo's working hours. */
export const STORY_NOW = '2026-11-26T03:00:00Z';

/** The demo on another plan. */
export function onPlan(project: Project, plan: Plan): Project {
  return { ...project, workspace: { ...project.workspace, plan } };
}

/** The project with number `id` changed by `fn`. */
export function withNumber(project: Project, id: string, fn: (n: PhoneNumber) => PhoneNumber): Project {
  return { ...project, numbers: project.numbers.map((n) => (n.id === id ? fn(n) : n)) };
}

/** The project with number `id`'s settings changed by `fn`. */
export function withSettings(project: Project, id: string, fn: (s: NumberSettings) => NumberSettings): Project {
  return withNumber(project, id, (n) => ({ ...n, settings: fn(n.settings) }));
}

/** Uploaded audio kept in memory: what hold-music stories use instead of IndexedDB. */
export function memoryAssets(): HoldMusicAssets {
  const files = new Map<string, { bytes: Uint8Array; mimeType: string }>();
  return {
    putAsset: async (bytes, meta) => {
      const id = `story-${files.size + 1}`;
      files.set(id, { bytes, mimeType: meta.mimeType ?? 'audio/mpeg' });
      return { id };
    },
    getAsset: async (id) => files.get(id) ?? null,
    releaseAsset: async (id) => files.delete(id),
  };
}

/**
 * Holds a project in React state and hands a number's section what the screen would: the
 * number, the project, validateNumber's issues and change functions — so a section story is
 * interactive without a store.
 */
export function NumberHarness({ project, numberId, now = STORY_NOW, children }: {
  project: Project;
  numberId: string;
  now?: string;
  children: (props: NumberSettingsViewProps) => ReactNode;
}) {
  const [p, setP] = useState(project);
  const assets = useMemo(memoryAssets, []);
  const onNumberChange = useCallback((fn: (n: PhoneNumber) => PhoneNumber) => setP((prev) => withNumber(prev, numberId, fn)), [numberId]);
  const onChange = useCallback((fn: (s: NumberSettings) => NumberSettings) => setP((prev) => withSettings(prev, numberId, fn)), [numberId]);
  const number = p.numbers.find((n) => n.id === numberId);
  if (!number) return <p>No number {numberId} in this fixture.</p>;
  return (
    <ClockProvider now={now}>
      <div className="page narrow">{children({ number, project: p, issues: validateNumber(p, numberId), onChange, onNumberChange, assets })}</div>
    </ClockProvider>
  );
}

/** The same for the workspace editors. */
export function WorkspaceHarness({ project, children }: {
  project: Project;
  children: (props: { project: Project; onChange: (fn: (w: Workspace) => Workspace) => void }) => ReactNode;
}) {
  const [p, setP] = useState(project);
  const onChange = useCallback((fn: (w: Workspace) => Workspace) => setP((prev) => ({ ...prev, workspace: fn(prev.workspace) })), []);
  return <div className="page narrow">{children({ project: p, onChange })}</div>;
}

let stores = 0;
/** A real store on this browser's IndexedDB (fake-indexeddb under jsdom), seeded with `project`, for whole-screen stories. */
export async function storyStore(project: Project): Promise<ProjectStore> {
  stores += 1;
  const store = createProjectStore({
    name: `story-settings-${stores}-${Date.now()}`,
    seed: async () => project,
    lifecycleTarget: null,
    watchOtherTabs: false,
  });
  await store.ready();
  return store;
}
