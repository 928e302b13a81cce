import { callOutputOf } from './compile/compileFlow';
import type { CallContext, CallOutput } from './compile/types';
import type { Project } from './schema/project';
import type { CallResult } from './schema/result';
import type { Outcome } from './schema/scenario';
import type { Plan, Usage } from './schema/workspace';

/** A1: accessible recordings a month, per plan. */
export const RECORDING_ALLOWANCE: Record<Plan, number> = {
  free: 100,
  project_plus: 100,
  start_plus: 500,
  crm_plus: Infinity,
  standard: Infinity,
  professional: Infinity,
};

const RECORDED: ReadonlySet<Outcome['kind']> = new Set(['connected', 'mobile', 'forwarded', 'voicemail']);
const CALLED_BACK: ReadonlySet<Outcome['kind']> = new Set(['voicemail', 'hangup', 'dropped', 'abandoned']);

/** The call, as far as the after-call rules need it. */
export interface FinishedCall {
  numberId: string;
  from: string;
  at: string;
  /** Key pressed at the rating prompt (A3), or null. */
  rating?: number | null;
}

/** "2026-11-26T03:01:41Z": ISO 8601 without milliseconds when there are none. */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** "2026-11": the calendar month in UTC (years 0–9999, as toISOString writes them). */
function utcMonthOf(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/**
 * The after-call rules, A1–A4, over a finished call machine: recording and the monthly count,
 * lead, rating, callbacks; also the CRM match and the workspace usage after the call. Pure:
 * returns a CallResult and changes nothing. Takes the actor's snapshot (its `output` once
 * done; a snapshot still running is read as far as it got) or a `CallOutput`.
 */
export function finishCall(project: Project, call: FinishedCall, snapshot: CallOutput | { output?: unknown; context?: unknown }): CallResult {
  const out = toOutput(snapshot);
  const ws = project.workspace;
  const number = project.numbers.find((n) => n.id === call.numberId);
  const settings = number?.settings;
  const kind = out.outcome.kind;
  // B0: a call that B1 or B2 ended has no CRM lookup, lead, recording, rating or callbacks.
  const ran = out.flowRan && settings !== undefined;

  const startMs = Date.parse(call.at);
  // Recordings count per calendar month in UTC, by when the call came in.
  const utcMonth = Number.isNaN(startMs) ? ws.usage.recordings.month : utcMonthOf(startMs);
  let recordings = ws.usage.recordings;
  const made = ran && settings.recording.recordAll && RECORDED.has(kind);
  let accessible = false;
  if (made) {
    const count = (recordings.month === utcMonth ? recordings.count : 0) + 1;
    recordings = { month: utcMonth, count };
    accessible = count <= RECORDING_ALLOWANCE[ws.plan];
  }

  const recordId = ran ? out.crmRecordId : null;
  const exception = ws.crm.exceptions.includes(call.from);
  const wantsLead = settings?.crm.createLeadFor === 'inbound' || settings?.crm.createLeadFor === 'all';
  const leadCreated = ran && recordId === null && !exception && wantsLead && kind !== 'mobile' ? { source: settings.crm.leadSource } : null;

  const attempts = ran ? settings.callback.attempts : 0;
  const endMs = startMs + out.durationSeconds * 1_000;
  const callbacks = attempts > 0 && CALLED_BACK.has(kind) && !Number.isNaN(endMs)
    ? Array.from({ length: attempts }, (_, i) => ({ attempt: i + 1, at: isoInstant(endMs + (i + 1) * settings!.callback.delaySeconds * 1_000) }))
    : [];

  const usage: Usage = { recordings, queueCursor: ran ? out.queueCursor : ws.usage.queueCursor };
  return {
    outcome: out.outcome,
    path: out.path,
    events: out.events,
    durationSeconds: out.durationSeconds,
    recording: { made, accessible, announced: out.announced, transcribed: made && (settings?.recording.transcribe ?? false) },
    rating: ran && settings.rating.enabled && kind === 'connected' ? call.rating ?? null : null,
    crm: { recordId, leadCreated },
    callbacks,
    usage,
  };
}

function toOutput(s: CallOutput | { output?: unknown; context?: unknown }): CallOutput {
  if ('outcome' in s && 'flowRan' in s) return s;
  const snap = s as { output?: unknown; context?: unknown };
  if (snap.output) return snap.output as CallOutput;
  return callOutputOf(snap.context as CallContext);
}

/** What a manual transfer changed in the CRM. */
export interface TransferResult {
  project: Project;
  /** The record the call belongs to (matched in B4, or the lead it created once stored), or null. */
  recordId: string | null;
  responsibleChanged: boolean;
}

/**
 * A manual transfer of a call to another employee. With the number's
 * `crm.changeResponsibleOnTransfer`, that employee becomes responsible for the caller's record:
 * the one matched at the start, else a lead with the caller's number. Returns a new project;
 * the one given is not changed.
 */
export function transferCall(
  project: Project,
  call: { numberId: string; from: string; crm: CallResult['crm'] },
  toEmployeeId: string,
): TransferResult {
  const number = project.numbers.find((n) => n.id === call.numberId);
  const records = project.workspace.crm.records;
  const record = records.find((r) => r.id === call.crm.recordId)
    ?? (call.crm.leadCreated ? records.find((r) => r.kind === 'lead' && r.phones.includes(call.from)) : undefined);
  const known = project.workspace.employees.some((e) => e.id === toEmployeeId);
  if (!number?.settings.crm.changeResponsibleOnTransfer || !record || !known || record.responsibleId === toEmployeeId) {
    return { project, recordId: record?.id ?? null, responsibleChanged: false };
  }
  const crm = { ...project.workspace.crm, records: records.map((r) => (r === record ? { ...r, responsibleId: toEmployeeId } : r)) };
  return { project: { ...project, workspace: { ...project.workspace, crm } }, recordId: record.id, responsibleChanged: true };
}
