import { hoursStatusAt, localTime } from './hours';
import { isoInstant } from './afterCall';
import type { PhoneNumber } from './schema/number';
import type { Project } from './schema/project';
import { normalizePhone } from './compile/world';

/** What a call brings before the flow asks anything: when, from whom, which To: extension, whether the service is up. */
export interface CallSetup {
  at: string;
  from: string;
  sipToExtension: string | null;
  serviceAvailable: boolean;
}

const HOUR = 3_600_000;
const STEP = 15 * 60_000;

/**
 * Instants that give each working-hours answer: open, closed outside the intervals, a holiday.
 * Each is at least an hour from a change, so the time a call spends before reaching an hours
 * node does not flip the answer. Searched forward from `from`; deterministic.
 */
export function hoursProbes(number: PhoneNumber, from: string): string[] {
  const hours = number.settings.hours;
  const start = Date.parse(from);
  if (!hours.enabled || Number.isNaN(start)) return [from];
  const found = new Map<string, string>();
  const reasonAt = (ms: number) => hoursStatusAt(hours, ms).reason;
  const probe = (ms: number) => {
    const r = reasonAt(ms);
    if (!found.has(r) && reasonAt(ms - HOUR) === r && reasonAt(ms + HOUR) === r) found.set(r, isoInstant(ms));
  };
  // A week in quarter hours finds open and closed.
  for (let ms = start; ms < start + 8 * 24 * HOUR && !(found.has('interval') && found.has('outside')); ms += STEP) probe(ms);
  // Holidays may be months away: find the next one by date, then try its local noon.
  const local = localTime(start, hours.timezone);
  const holidays = new Set(hours.holidays);
  for (let d = 0; d < 367 && holidays.size > 0; d++) {
    const day = new Date(Date.UTC(local.year, local.month - 1, local.day + d));
    const ddmm = `${String(day.getUTCDate()).padStart(2, '0')}.${String(day.getUTCMonth() + 1).padStart(2, '0')}`;
    if (!holidays.has(ddmm)) continue;
    probe(start + d * 24 * HOUR + (12 * 3600 - local.seconds) * 1_000);
    break;
  }
  const order = ['interval', 'outside', 'holiday'];
  return [...found.entries()].sort((x, y) => order.indexOf(x[0]) - order.indexOf(y[0])).map(([, at]) => at);
}

/** Callers worth trying: a stranger, and one known caller per responsible employee when the flow asks the CRM. */
export function callerProbes(project: Project, crmMatters: boolean): string[] {
  const crm = project.workspace.crm;
  const taken = new Set([...crm.records.flatMap((r) => r.phones), ...crm.exceptions].map(normalizePhone));
  let n = 0;
  let stranger = '+19995550100';
  while (taken.has(stranger)) stranger = `+1999555${String(++n).padStart(4, '0')}`;
  if (!crmMatters) return [stranger];
  const known: string[] = [];
  const owners = new Set<string | null>();
  const exceptions = new Set(crm.exceptions.map(normalizePhone));
  for (const r of crm.records) {
    const phone = r.phones.find((p) => !exceptions.has(normalizePhone(p)));
    if (!phone || owners.has(r.responsibleId)) continue;
    owners.add(r.responsibleId);
    known.push(phone);
  }
  return [stranger, ...known];
}

/** Every combination of the probes, then one call while the service is down (B2). */
export function callSetups(project: Project, number: PhoneNumber, from: string): CallSetup[] {
  const types = new Set(number.flow.nodes.map((n) => n.type));
  const ats = types.has('hours') ? hoursProbes(number, from) : [from];
  const callers = callerProbes(project, types.has('crmOwner'));
  const sip = types.has('sipTo') && (number.kind === 'sip_office' || number.kind === 'sip_cloud');
  const exts = sip ? [null, ...project.workspace.employees.flatMap((e) => (e.extension ? [e.extension] : []))] : [null];
  const setups: CallSetup[] = [];
  for (const at of ats) for (const caller of callers) for (const ext of exts) setups.push({ at, from: caller, sipToExtension: ext, serviceAvailable: true });
  if (number.status !== 'disconnected') setups.push({ at: ats[0] ?? from, from: callers[0] ?? '+19995550100', sipToExtension: null, serviceAvailable: false });
  return setups;
}
