import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DisconnectNotices } from '../../src/settings/disconnect/DisconnectNotices';
import { NumberSettingsScreen } from '../../src/settings/NumberSettingsScreen';
import { makeProject } from '../helpers/factories';
import { renderWithStore } from './helpers';

const screenFor = <NumberSettingsScreen numberId="n1" />;
const T0 = '2026-11-26T10:00:00.000Z';

describe('Disconnect section', () => {
  it('warns, asks for confirmation, then shows the time left; Undo makes the number active again', async () => {
    const { user, number, setNow } = await renderWithStore(screenFor, makeProject(), { now: T0 });
    const section = screen.getByRole('region', { name: 'Disconnect number' });
    expect(within(section).getByText(/No refund/)).toBeInTheDocument();
    expect(within(section).getByText(/only after 3 months/)).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Disconnect this number…' }));
    const dialog = within(section).getByRole('alertdialog', { name: /Disconnect Hotline/ });
    await user.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
    expect(number('n1')).toMatchObject({ status: 'disconnect_pending', disconnectRequestedAt: T0 });
    // The button that was pressed is gone: the keyboard is on the one that takes its place.
    expect(within(section).getByRole('button', { name: 'Undo disconnection' })).toHaveFocus();
    setNow('2026-11-26T10:01:00Z');
    expect(within(section).getByText(/Disconnects in 23 h 59 min/).closest('[role="status"]')).not.toBeNull();
    await user.click(within(section).getByRole('button', { name: 'Undo disconnection' }));
    expect(number('n1')).toMatchObject({ status: 'active', disconnectRequestedAt: null });
    expect(within(section).getByRole('button', { name: 'Disconnect this number…' })).toHaveFocus();
    expect(within(section).getByText('Disconnection undone: the number stays connected.')).toHaveAttribute('role', 'status');
  });

  it('cancelling the confirmation changes nothing', async () => {
    const { user, number } = await renderWithStore(screenFor, makeProject(), { now: T0 });
    await user.click(screen.getByRole('button', { name: 'Disconnect this number…' }));
    await user.click(screen.getByRole('button', { name: 'Keep the number' }));
    expect(number('n1').status).toBe('active');
  });

  it('after 24 hours the number is disconnected; Reconnect waits 3 calendar months', async () => {
    const pending = makeProject({ number: { status: 'disconnect_pending', disconnectRequestedAt: T0 } });
    const { number, setNow } = await renderWithStore(screenFor, pending, { now: '2026-11-27T10:00:00Z' });
    expect(number('n1')).toMatchObject({ status: 'disconnected', disconnectedAt: '2026-11-27T10:00:00.000Z' });
    const reconnect = screen.getByRole('button', { name: 'Reconnect' });
    expect(reconnect).toBeDisabled();
    expect(screen.getByText(/from 27 Feb 2027, 10:00 UTC/)).toBeInTheDocument();
    setNow('2027-02-27T10:00:00Z');
    expect(screen.getByRole('button', { name: 'Reconnect' })).toBeEnabled();
  });

  it('is not offered for a SIP PBX connection', async () => {
    await renderWithStore(screenFor, makeProject({ number: { kind: 'sip_cloud' } }));
    expect(screen.queryByRole('button', { name: /Disconnect this number/ })).toBeNull();
  });
});

describe('Disconnect notices (app shell)', () => {
  it('disconnects a number whose 24 hours have passed and says so', async () => {
    const pending = makeProject({ number: { status: 'disconnect_pending', disconnectRequestedAt: T0 } });
    const { number, user } = await renderWithStore(<DisconnectNotices />, pending, { now: '2026-11-28T00:00:00Z' });
    expect(number('n1').status).toBe('disconnected');
    expect(screen.getByRole('status')).toHaveTextContent('Hotline (+84 28 7123 4567) was disconnected on 27 Nov 2026, 10:00 UTC');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says nothing while the request is still pending', async () => {
    const pending = makeProject({ number: { status: 'disconnect_pending', disconnectRequestedAt: T0 } });
    const { number } = await renderWithStore(<DisconnectNotices />, pending, { now: '2026-11-27T09:59:00Z' });
    expect(number('n1').status).toBe('disconnect_pending');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
