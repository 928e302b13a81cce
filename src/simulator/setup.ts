import { parsePhoneInput } from '../engine';
import type { Answer, CallScenario, PhoneNumber, Usage, Workspace } from '../engine';

/** What the trainer sets up before a call. Plain data, kept per number while the page is open. */
export interface CallSetup {
  caller: 'crm' | 'typed';
  recordId: string;
  /** Which of the record's phones calls. */
  phoneIndex: number;
  typed: string;
  /** ISO instant the call arrives. */
  at: string;
  /** The SIP `To:` extension; '' = no header. */
  sipTo: string;
  serviceAvailable: boolean;
  auto: boolean;
  /** Per-employee answer the "Auto" mode gives. */
  presets: Record<string, Answer>;
  /** What to key in to follow a path loaded from the Paths tab. */
  script?: string | null;
  /**
   * A path loaded from the Paths tab: its answers, party by party (an employee, a mobile, a
   * number) and ring step by ring step, which Auto gives instead of the presets; and the usage
   * counters it was explored with, which the call starts from (the "evenly" queue's turn, Q3).
   * Any change to the setup drops it: the call is then the trainer's own.
   */
  path?: { answers: CallScenario['answers']; usage: Usage } | null;
}

export function defaultSetup(workspace: Workspace, at: string): CallSetup {
  return {
    caller: 'typed',
    recordId: workspace.crm.records[0]?.id ?? '',
    phoneIndex: 0,
    typed: '+84 90 900 0000',
    at,
    sipTo: '',
    serviceAvailable: true,
    auto: false,
    presets: Object.fromEntries(workspace.employees.map((e) => [e.id, 'answer' as Answer])),
  };
}

/** Whether the connection carries a SIP `To:` header (N2). */
export function hasSipTo(number: PhoneNumber): boolean {
  return number.kind === 'sip_office' || number.kind === 'sip_cloud';
}

export type CallerCheck = { ok: true; from: string } | { ok: false; message: string };

/** The caller's E.164 number from the setup, or why there is none. */
export function callerOf(setup: CallSetup, workspace: Workspace): CallerCheck {
  if (setup.caller === 'typed') {
    const p = parsePhoneInput(setup.typed);
    return p.ok ? { ok: true, from: p.e164 } : { ok: false, message: p.message };
  }
  const record = workspace.crm.records.find((r) => r.id === setup.recordId);
  if (!record) return { ok: false, message: 'Pick a CRM record.' };
  const phone = record.phones[setup.phoneIndex] ?? record.phones[0];
  if (!phone) return { ok: false, message: `${record.name} has no phone number.` };
  const p = parsePhoneInput(phone);
  return p.ok ? { ok: true, from: p.e164 } : { ok: false, message: `${record.name}'s phone ${phone}: ${p.message}` };
}

/** The scenario's fixed inputs (who, when, header, service); digits and answers come from the run. */
export function scenarioBase(setup: CallSetup, number: PhoneNumber, from: string): CallScenario {
  return {
    numberId: number.id,
    from,
    at: setup.at,
    sipToExtension: hasSipTo(number) && setup.sipTo.trim() ? setup.sipTo.trim() : null,
    serviceAvailable: setup.serviceAvailable,
    digits: [],
    answers: {},
    rating: null,
    patienceSeconds: 600,
  };
}
