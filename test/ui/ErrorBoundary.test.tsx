import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';

function Fails(): never {
  throw new Error('Failed to fetch dynamically imported module');
}

const said = (message: string) => <p role="alert">Could not be shown ({message})</p>;

afterEach(() => vi.restoreAllMocks());

describe('ErrorBoundary', () => {
  it('shows the fallback with the error in place of children that throw, and says so once', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onError = vi.fn();
    render(<ErrorBoundary fallback={said} onError={onError}><Fails /></ErrorBoundary>);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not be shown (Failed to fetch dynamically imported module)');
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('shows the children again when its reset key changes (another address)', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(<ErrorBoundary fallback={said} resetKey="/numbers/a"><Fails /></ErrorBoundary>);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    rerender(<ErrorBoundary fallback={said} resetKey="/numbers/a"><p>Designer</p></ErrorBoundary>);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    rerender(<ErrorBoundary fallback={said} resetKey="/workspace"><p>Workspace</p></ErrorBoundary>);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Workspace')).toBeInTheDocument();
  });
});
