import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RingControls } from '../../src/simulator/RingControls';

describe('RingControls', () => {
  it('shows each party with the app\'s own SVG icon, not an emoji that may have no font', () => {
    render(<RingControls parties={[{ key: 'u1', label: 'Anna Pham (101)' }, { key: 'u2', label: 'Binh Tran (102)' }]} ring={1} rings={4} onAnswer={() => undefined} />);
    const items = within(screen.getByRole('region', { name: 'Ringing' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    for (const item of items) {
      const party = item.querySelector('.sim-party')!;
      // No pictographic character (🔔 and its kind) anywhere in the row.
      expect(item.textContent).not.toMatch(/\p{Extended_Pictographic}/u);
      const icon = party.querySelector('svg');
      expect(icon).not.toBeNull();
      expect(icon).toHaveAttribute('aria-hidden', 'true');
    }
    expect(items[0]!.querySelector('.sim-party')).toHaveTextContent(/^Anna Pham \(101\)$/);
    expect(screen.getByRole('button', { name: 'Answer (Anna Pham (101))' })).toBeInTheDocument();
  });
});
