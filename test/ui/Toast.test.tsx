import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readingTime, Toast } from '../../src/ui/Toast';

describe('Toast', () => {
  it('announces the notice alone: its Undo and Dismiss buttons are not read as part of it', () => {
    render(<Toast onDismiss={() => {}} action={{ label: 'Undo', onClick: () => {}, undoKey: true }}>Removed “Anna Pham”.</Toast>);
    expect(screen.getByRole('status')).toHaveTextContent(/^Removed “Anna Pham”\.$/);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Dismiss' })).toBeInTheDocument();
  });
});

describe('Toast focus', () => {
  it('gives the keyboard back to where it came from when Undo takes the notice away', async () => {
    function Page() {
      const [shown, setShown] = useState(true);
      return (
        <main id="main" tabIndex={-1}>
          <button type="button">Before</button>
          {shown && <Toast onDismiss={() => setShown(false)} action={{ label: 'Undo', onClick: () => setShown(false) }}>Removed.</Toast>}
        </main>
      );
    }
    render(<Page />);
    const user = userEvent.setup();
    screen.getByRole('button', { name: 'Before' }).focus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await new Promise((r) => requestAnimationFrame(r));
    expect(screen.getByRole('button', { name: 'Before' })).toHaveFocus();
  });
});

describe('Toast timing', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  /** A notice with Undo that, once undone, says what came back, in the same notice: as ScenariosTab and the workspace do. */
  function Undoable() {
    const [notice, setNotice] = useState<'deleted' | 'restored' | null>('deleted');
    if (!notice) return null;
    return (
      <Toast onDismiss={() => setNotice(null)} action={notice === 'deleted' ? { label: 'Undo', onClick: () => setNotice('restored') } : undefined}>
        {notice === 'deleted' ? 'Deleted scenario “Anna answers”.' : 'Restored scenario “Anna answers”.'}
      </Toast>
    );
  }
  const advance = (ms: number) => act(() => { vi.advanceTimersByTime(ms); });

  it('keeps a notice with Undo 8 s, long enough to reach the button', () => {
    render(<Undoable />);
    advance(7_900);
    expect(screen.getByRole('status')).toHaveTextContent('Deleted scenario “Anna answers”.');
    advance(200);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('gives the "Restored …" notice after Undo a shorter 5 s of its own, though the Undo button had focus', () => {
    render(<Undoable />);
    advance(6_000);
    const undo = screen.getByRole('button', { name: 'Undo' });
    act(() => undo.focus());
    fireEvent.click(undo);
    // The button's frame, in which the notice lets go of the focus it held.
    advance(20);
    expect(screen.getByRole('status')).toHaveTextContent('Restored scenario “Anna answers”.');
    // Not cut short by what was left of the Undo notice's 8 s.
    advance(4_000);
    expect(screen.getByRole('status')).toHaveTextContent('Restored scenario “Anna answers”.');
    advance(1_000);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('keeps a longer notice with no action as long as it takes to read, at most as long as one with Undo', () => {
    // 96 characters: about 5.8 s at 60 ms a character.
    const text = 'Added “Sales line (copy)”. Its outbound prefix is left empty, as two numbers cannot share one.';
    function Notice() {
      const [shown, setShown] = useState(true);
      return shown ? <Toast onDismiss={() => setShown(false)}>{text}</Toast> : null;
    }
    render(<Notice />);
    advance(5_500);
    expect(screen.getByRole('status')).toHaveTextContent(text);
    advance(400);
    expect(screen.queryByRole('status')).toBeNull();
    expect(readingTime(text.repeat(3))).toBe(8_000);
  });
});
