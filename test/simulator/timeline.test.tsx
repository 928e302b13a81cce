import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../src/simulator/Timeline';

describe('the call timeline', () => {
  it('writes each event at the whole second nearest it, as the outcome rounds the duration', () => {
    render(<Timeline events={[{ t: 0, type: 'call.started', text: 'Call from +84909000000' }, { t: 21.6, type: 'ring.answered', text: 'Binh answered' }]} nodeName={(id) => id} />);
    const items = within(screen.getByRole('list', { name: 'Timeline' })).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('time')?.textContent)).toEqual(['00:00', '00:22']);
  });

  it('writes phone numbers as the rest of the app does, grouped', () => {
    render(<Timeline events={[{ t: 0, type: 'call.started', text: 'Call from +842871234567' }, { t: 5, type: 'ring.ringing', text: 'Ringing Binh’s mobile +14155550100, ring 1 of 4' }]} nodeName={(id) => id} />);
    const log = screen.getByRole('list', { name: 'Timeline' });
    expect(within(log).getByText('Call from +84 28 7123 4567')).toBeInTheDocument();
    expect(within(log).getByText('Ringing Binh’s mobile +1 415 555 0100, ring 1 of 4')).toBeInTheDocument();
  });
});

describe('the call timeline, node names', () => {
  it('names a node once for a run of its events, and again when the call comes back to it', async () => {
    render(<Timeline events={[
      { t: 0, type: 'node.entered', nodeId: 'h', text: 'Office open?' },
      { t: 0, type: 'hours.checked', nodeId: 'h', text: 'Open: closes at 12:00' },
      { t: 0, type: 'node.entered', nodeId: 'm', text: 'Main menu' },
      { t: 10, type: 'node.entered', nodeId: 'h', text: 'Office open?' },
    ]} nodeName={(id) => (id === 'h' ? 'Office open?' : 'Main menu')} />);
    const items = within(screen.getByRole('list', { name: 'Timeline' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['00:00Office open?', '00:00Open: closes at 12:00', '00:00Main menu', '00:10Office open?']);
  });
});
