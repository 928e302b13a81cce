import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { screen as lazyScreen } from '../../src/app/screens';
import { ShellSkeleton } from '../../src/app/ShellSkeleton';

describe('loading the app', () => {
  it('shows the shell while the code loads, and says so when it cannot load', () => {
    const { rerender } = render(<ShellSkeleton />);
    expect(screen.getByRole('status')).toHaveTextContent('Opening your workspace…');
    rerender(<ShellSkeleton error="Failed to fetch dynamically imported module" />);
    expect(screen.getByRole('alert')).toHaveTextContent(/could not load its code \(Failed to fetch.*\)\. Check the connection and reload/);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('a screen whose code was preloaded renders at once, without its fallback', async () => {
    const Hello = lazyScreen(() => Promise.resolve((p: { name: string }) => <p>Hello {p.name}</p>));
    await act(() => Hello.preload());
    render(<Suspense fallback={<p>Loading…</p>}><Hello name="Binh" /></Suspense>);
    // Synchronously, in the first commit: React never showed the fallback.
    expect(screen.getByText('Hello Binh')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('a screen still loading suspends until its code is there', async () => {
    type Greeting = (p: { name: string }) => ReactNode;
    let arrive: (c: Greeting) => void = () => undefined;
    const Later = lazyScreen(() => new Promise<Greeting>((r) => { arrive = r; }));
    render(<Suspense fallback={<p>Loading…</p>}><Later name="Chi" /></Suspense>);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    await act(async () => arrive(({ name }) => <p>Hello {name}</p>));
    expect(await screen.findByText('Hello Chi')).toBeInTheDocument();
  });
});
