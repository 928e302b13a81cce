import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Toast } from '../../src/ui/Toast';

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
