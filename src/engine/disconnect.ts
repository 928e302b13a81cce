import type { PhoneNumber } from './schema/number';

/** S5: a request takes effect, and can be undone until, 24 hours after it was made. */
export const DISCONNECT_DELAY_MS = 24 * 60 * 60 * 1000;
/** S5: a disconnected number may be connected again this many calendar months later. */
export const RECONNECT_AFTER_MONTHS = 3;

/** Shown before the administrator confirms a request (S5: the app says so before the request). */
export const DISCONNECT_NOTICE =
  'Disconnecting a number cannot be refunded: rental time already paid for is not returned. ' +
  'The number stops working 24 hours after you confirm; until then you can undo the request. ' +
  'Once disconnected, it can be connected again only after 3 months.';

export type Clock = Date | string | number;
export type DisconnectChange =
  | { ok: true; number: PhoneNumber }
  | { ok: false; code: 'not-rented' | 'wrong-status' | 'too-late' | 'too-early'; reason: string };

function ms(t: Clock): number {
  return t instanceof Date ? t.getTime() : typeof t === 'number' ? t : Date.parse(t);
}

function iso(t: number): string {
  return new Date(t).toISOString();
}

/** `26 Nov 2026, 09:00 UTC` — unambiguous for an administrator in any country. */
export function describeInstant(t: Clock): string {
  const d = new Date(ms(t));
  const date = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' });
  return `${date}, ${time} UTC`;
}

function refuse(code: Extract<DisconnectChange, { ok: false }>['code'], reason: string): DisconnectChange {
  return { ok: false, code, reason };
}

function notRented(n: PhoneNumber): DisconnectChange | null {
  return n.kind === 'rented' ? null : refuse('not-rented', 'Only rented numbers are disconnected here; a SIP PBX or app connection is removed from the Numbers list instead.');
}

/** When a pending request takes effect, or null if none is pending. */
export function disconnectDueAt(n: PhoneNumber): string | null {
  if (n.status !== 'disconnect_pending' || n.disconnectRequestedAt === null) return null;
  return iso(ms(n.disconnectRequestedAt) + DISCONNECT_DELAY_MS);
}

/** The status at `now`: a pending request becomes `disconnected` 24 hours after it was made. */
export function effectiveStatus(n: PhoneNumber, now: Clock): PhoneNumber['status'] {
  const due = disconnectDueAt(n);
  return due !== null && ms(now) >= ms(due) ? 'disconnected' : n.status;
}

/**
 * The number as it stands at `now`: a request whose 24 hours have passed is carried out, with
 * `disconnectedAt` the moment it took effect (not `now`), so the 3 months count from then.
 * Returns the same object when nothing changed, so a caller can tell whether to save and notify.
 */
export function settleDisconnect(n: PhoneNumber, now: Clock): PhoneNumber {
  const due = disconnectDueAt(n);
  if (due === null || ms(now) < ms(due)) return n;
  return { ...n, status: 'disconnected', disconnectedAt: due };
}

/** Asks for a rented, active number to be disconnected; it is `disconnect_pending` for 24 hours. */
export function requestDisconnect(n: PhoneNumber, now: Clock): DisconnectChange {
  const other = notRented(n);
  if (other) return other;
  const status = effectiveStatus(n, now);
  if (status === 'disconnect_pending') return refuse('wrong-status', `A disconnection was already requested; it takes effect on ${describeInstant(disconnectDueAt(n) as string)}.`);
  if (status === 'disconnected') return refuse('wrong-status', 'The number is already disconnected.');
  return { ok: true, number: { ...n, status: 'disconnect_pending', disconnectRequestedAt: iso(ms(now)), disconnectedAt: null } };
}

/** Withdraws a request made less than 24 hours ago; the number is active again. */
export function undoDisconnect(n: PhoneNumber, now: Clock): DisconnectChange {
  const other = notRented(n);
  if (other) return other;
  const due = disconnectDueAt(n);
  if (due === null) return refuse('wrong-status', n.status === 'disconnected' ? 'The number is already disconnected; it can only be connected again.' : 'No disconnection has been requested.');
  if (ms(now) >= ms(due)) return refuse('too-late', `The request can no longer be undone: the number was disconnected on ${describeInstant(due)}, 24 hours after the request.`);
  return { ok: true, number: { ...n, status: 'active', disconnectRequestedAt: null, disconnectedAt: null } };
}

/** When a disconnected number may be connected again: 3 calendar months after it was disconnected (UTC). */
export function reconnectableFrom(n: PhoneNumber, now: Clock): string | null {
  const settled = settleDisconnect(n, now);
  if (settled.status !== 'disconnected' || settled.disconnectedAt === null) return null;
  return iso(addCalendarMonths(ms(settled.disconnectedAt), RECONNECT_AFTER_MONTHS));
}

/** Can the number be connected again at `now`? If not, the reason says from when. */
export function canReconnect(n: PhoneNumber, now: Clock): { ok: true } | { ok: false; reason: string; from: string | null } {
  if (n.kind !== 'rented') return { ok: false, reason: 'Only rented numbers are disconnected and reconnected here.', from: null };
  const from = reconnectableFrom(n, now);
  if (from === null) {
    return { ok: false, reason: effectiveStatus(n, now) === 'disconnected' ? 'The date of disconnection is unknown, so the 3 months cannot be counted.' : 'The number is not disconnected.', from: null };
  }
  if (ms(now) < ms(from)) return { ok: false, reason: `A disconnected number can be connected again 3 months after it was disconnected: from ${describeInstant(from)}.`, from };
  return { ok: true };
}

/** Connects a disconnected number again, if 3 calendar months have passed. */
export function reconnect(n: PhoneNumber, now: Clock): DisconnectChange {
  const other = notRented(n);
  if (other) return other;
  const check = canReconnect(n, now);
  if (!check.ok) return refuse(check.from === null ? 'wrong-status' : 'too-early', check.reason);
  return { ok: true, number: { ...n, status: 'active', disconnectRequestedAt: null, disconnectedAt: null } };
}

/** Adds calendar months in UTC; a day the target month lacks becomes its last day (30 Nov + 3 months = 28 Feb). */
export function addCalendarMonths(t: number, months: number): number {
  const d = new Date(t);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.getTime();
}
