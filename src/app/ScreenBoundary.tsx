import { Component } from 'react';
import type { ReactNode } from 'react';
import { endPreview } from '../designer/handoff';

interface Props {
  /** The address shown: leaving it for another clears the error. */
  pathname: string;
  children: ReactNode;
}

interface State {
  error: string | null;
  /** The address the error happened at. */
  at: string;
}

/**
 * A screen that throws — most often its code could not be fetched — says so in place of the
 * screen, with the header and navigation still there, instead of leaving the page blank. A
 * canvas preview waiting for the designer is ended at once (designer/handoff.ts). Another
 * address starts afresh.
 */
export class ScreenBoundary extends Component<Props, State> {
  override state: State = { error: null, at: '' };

  static getDerivedStateFromError(e: unknown): Partial<State> {
    return { error: e instanceof Error ? e.message : String(e) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (state.error === null) return state.at === props.pathname ? null : { at: props.pathname };
    return state.at === props.pathname ? null : { error: null, at: props.pathname };
  }

  override componentDidCatch() {
    endPreview();
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="page narrow">
        <p role="alert" className="shell-error">
          This screen could not be shown ({this.state.error}). Check the connection and reload the page.
        </p>
        <p><button type="button" onClick={() => window.location.reload()}>Reload the page</button></p>
      </div>
    );
  }
}
