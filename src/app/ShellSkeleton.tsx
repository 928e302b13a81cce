import { AppHeader } from '../ui/AppHeader';
import { Loading } from '../ui/Loading';

/**
 * What the first paint shows while the app's code (store, engine, screens) loads: the shell's
 * header bar (the app's own, so that it keeps its height when the app replaces it) and a status,
 * or why the code did not arrive. Kept free of the store and the engine so it ships in the boot
 * chunk.
 */
export function ShellSkeleton({ error }: { error?: string }) {
  return (
    <div className="shell">
      <AppHeader workspace={null} />
      {error ? (
        <p role="alert" className="shell-error">Callflow Studio could not load its code ({error}). Check the connection and reload the page.</p>
      ) : (
        <Loading label="Opening your workspace…" />
      )}
    </div>
  );
}
