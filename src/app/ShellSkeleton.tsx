import { Loading } from '../ui/Loading';

/**
 * What the first paint shows while the app's code (store, engine, screens) loads: the shell's
 * header bar and a status, or why the code did not arrive. Kept free of the store and the
 * engine so it ships in the entry chunk.
 */
export function ShellSkeleton({ error }: { error?: string }) {
  return (
    <div className="shell">
      <header className="app-header">
        <div className="workspace-title"><strong>Callflow Studio</strong></div>
      </header>
      {error ? (
        <p role="alert" className="shell-error">Callflow Studio could not load its code ({error}). Check the connection and reload the page.</p>
      ) : (
        <Loading label="Opening your workspace…" />
      )}
    </div>
  );
}
