import { Loading } from '../ui/Loading';

/**
 * What the first paint shows while the app's code (store, engine, screens) loads: the shell's
 * header bar and a status. Kept free of the store and the engine so it ships in the entry chunk.
 */
export function ShellSkeleton() {
  return (
    <div className="shell">
      <header className="app-header">
        <div className="workspace-title"><strong>Callflow Studio</strong></div>
      </header>
      <Loading label="Opening your workspace…" />
    </div>
  );
}
