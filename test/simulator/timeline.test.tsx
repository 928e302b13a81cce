import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../src/simulator/Timeline';

describe('the call timeline', () => {
  it('writes each event at the whole second nearest it, as the outcome rounds the duration', () => {
    render(<Timeline events={[{ t: 0, type: 'call.started', text: 'Call from +84909000000' }, { t: 21.6, type: 'ring.answered', text: 'Binh answered' }]} nodeName={(id) => id} />);
    const items = within(screen.getByRole('list', { name: 'Timeline' })).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('time')?.textContent)).toEqual(['00:00', '00:22']);
  });
});
