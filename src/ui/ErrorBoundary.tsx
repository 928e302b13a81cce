import { Component } from 'react';
import type { ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** What shows instead of the children once they threw, given the error's message. */
  fallback: (message: string) => ReactNode;
  /** Called once the children threw. */
  onError?: () => void;
  /** A new value clears the error and shows the children again (the address, for a screen). */
  resetKey?: string;
}

interface State {
  error: string | null;
  key: string | undefined;
}

/** Children that throw while rendering are replaced by `fallback`, instead of the whole page going blank. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(e: unknown): Partial<State> {
    return { error: e instanceof Error ? e.message : String(e) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch() {
    this.props.onError?.();
  }

  override render() {
    return this.state.error === null ? this.props.children : this.props.fallback(this.state.error);
  }
}
