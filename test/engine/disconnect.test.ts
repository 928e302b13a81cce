import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths, canReconnect, effectiveStatus, reconnect, requestDisconnect, settleDisconnect, undoDisconnect,
} from '../../src/engine';
import type { PhoneNumber } from '../../src/engine';
import { makeProject } from '../helpers/factories';

const rented = (fields: Partial<PhoneNumber> = {}): PhoneNumber => ({ ...(makeProject().numbers[0] as PhoneNumber), ...fields });
const REQUESTED = '2026-11-26T09:00:00.000Z';
const pending = rented({ status: 'disconnect_pending', disconnectRequestedAt: REQUESTED });

function ok(change: ReturnType<typeof requestDisconnect>): PhoneNumber {
  if (!change.ok) throw new Error(change.reason);
  return change.number;
}

describe('S5 disconnecting a number', () => {
  it('S5 a request makes an active rented number disconnect_pending, without changing the original', () => {
    const before = rented();
    const after = ok(requestDisconnect(before, REQUESTED));
    expect(after).toMatchObject({ status: 'disconnect_pending', disconnectRequestedAt: REQUESTED, disconnectedAt: null });
    expect(before.status).toBe('active');
  });

  it('S5 only rented numbers are disconnected', () => {
    for (const kind of ['sip_office', 'sip_cloud', 'app'] as const) {
      expect(requestDisconnect(rented({ kind }), REQUESTED)).toMatchObject({ ok: false, code: 'not-rented', reason: expect.stringContaining('Only rented numbers') });
    }
  });

  it('S5 a second request is refused and says when the first takes effect', () => {
    expect(requestDisconnect(pending, '2026-11-26T10:00:00Z')).toMatchObject({ ok: false, reason: expect.stringContaining('27 Nov 2026, 09:00 UTC') });
  });

  it('S5 the number is disconnected 24 hours after the request', () => {
    expect(effectiveStatus(pending, '2026-11-27T08:59:59Z')).toBe('disconnect_pending');
    expect(effectiveStatus(pending, '2026-11-27T09:00:00Z')).toBe('disconnected');
    expect(settleDisconnect(pending, '2026-11-27T08:59:59Z')).toBe(pending);
    expect(settleDisconnect(pending, '2026-12-01T00:00:00Z')).toMatchObject({ status: 'disconnected', disconnectedAt: '2026-11-27T09:00:00.000Z' });
  });

  it('S5 the request can be undone within 24 hours, not after', () => {
    expect(ok(undoDisconnect(pending, '2026-11-27T08:00:00Z'))).toMatchObject({ status: 'active', disconnectRequestedAt: null, disconnectedAt: null });
    expect(undoDisconnect(pending, '2026-11-27T09:00:00Z')).toMatchObject({ ok: false, code: 'too-late', reason: expect.stringContaining('can no longer be undone') });
    expect(undoDisconnect(rented(), REQUESTED)).toMatchObject({ ok: false, reason: 'No disconnection has been requested.' });
  });

  it('S5 a disconnected number can be connected again only 3 calendar months after it was disconnected', () => {
    const gone = rented({ status: 'disconnected', disconnectRequestedAt: '2026-11-25T09:00:00Z', disconnectedAt: '2026-11-26T09:00:00Z' });
    const early = canReconnect(gone, '2027-02-26T08:59:00Z');
    expect(early).toEqual({ ok: false, from: '2027-02-26T09:00:00.000Z', reason: expect.stringContaining('from 26 Feb 2027, 09:00 UTC') });
    expect(reconnect(gone, '2027-02-26T08:59:00Z')).toMatchObject({ ok: false, code: 'too-early' });
    expect(canReconnect(gone, '2027-02-26T09:00:00Z')).toEqual({ ok: true });
    expect(ok(reconnect(gone, '2027-03-01T00:00:00Z'))).toMatchObject({ status: 'active', disconnectRequestedAt: null, disconnectedAt: null });
  });

  it('S5 the 3 months count from when a pending request took effect', () => {
    expect(canReconnect(pending, '2027-02-27T08:00:00Z')).toMatchObject({ ok: false, from: '2027-02-27T09:00:00.000Z' });
    expect(canReconnect(pending, '2027-02-27T09:00:00Z')).toEqual({ ok: true });
  });

  it('S5 an active number cannot be reconnected', () => {
    expect(reconnect(rented(), REQUESTED)).toMatchObject({ ok: false, reason: 'The number is not disconnected.' });
  });

  it('S5 calendar months: a day the target month lacks becomes its last day', () => {
    expect(new Date(addCalendarMonths(Date.parse('2026-11-30T12:00:00Z'), 3)).toISOString()).toBe('2027-02-28T12:00:00.000Z');
    expect(new Date(addCalendarMonths(Date.parse('2027-11-30T12:00:00Z'), 3)).toISOString()).toBe('2028-02-29T12:00:00.000Z');
    expect(new Date(addCalendarMonths(Date.parse('2026-10-31T00:00:00Z'), 3)).toISOString()).toBe('2027-01-31T00:00:00.000Z');
  });
});
