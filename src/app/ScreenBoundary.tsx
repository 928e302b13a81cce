import type { ReactNode } from 'react';
import { endPreview } from '../designer/handoff';
import { ErrorBoundary } from '../ui/ErrorBoundary';

/**
 * A screen that throws — most often its code could not be fetched — says so in place of the
 * screen, with the header and navigation still there, instead of leaving the page blank. A
 * canvas preview waiting for the designer is ended at once (designer/handoff.ts). Another
 * address starts afresh.
 */
export function ScreenBoundary({ pathname, children }: { pathname: string; children: ReactNode }) {
  return (
    <ErrorBoundary resetKey={pathname} onError={endPreview} fallback={screenFailed}>
      {children}
    </ErrorBoundary>
  );
}

function screenFailed(message: string) {
  return (
    <div className="page narrow">
      <p role="alert" className="shell-error">
        This screen could not be shown ({message}). Check the connection and reload the page.
      </p>
      <p><button type="button" onClick={() => window.location.reload()}>Reload the page</button></p>
    </div>
  );
}
