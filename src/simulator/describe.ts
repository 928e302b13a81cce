import { formatPhone, nodeKind, nodeTitle } from '../engine';
import type { CallResult, Outcome, PhoneNumber, Project, Workspace } from '../engine';
import { zonedText } from './zoned';

/** A node's name as the canvas shows it (nodeTitle: its label, else "Greeting 2"), else its id. */
export function nodeLabel(number: PhoneNumber | undefined, nodeId: string | undefined): string {
  if (!nodeId) return '';
  const node = number?.flow.nodes.find((n) => n.id === nodeId);
  return node ? nodeTitle(node) : nodeId;
}

/** A handle's label on its node ("No answer"), else its id. */
export function handleLabel(number: PhoneNumber | undefined, nodeId: string, handle: string): string {
  if (handle === 'loop-limit') return 'loop limit';
  const node = number?.flow.nodes.find((n) => n.id === nodeId);
  const def = node ? nodeKind(node.type) : undefined;
  const found = def && node ? def.handles(node.data as never).find((h) => h.id === handle) : undefined;
  return found?.label ?? handle;
}

export function employeeName(workspace: Workspace, id: string | null | undefined): string {
  if (!id) return 'nobody';
  return workspace.employees.find((e) => e.id === id)?.name ?? id;
}

const REJECT_REASONS: Record<string, string> = {
  disconnected: 'the number is disconnected',
  unavailable: 'the service is down and there is no backup number',
};

/** The outcome in one headline, as a trainer would say it. */
export function outcomeHeadline(project: Project, numberId: string, outcome: Outcome): string {
  const number = project.numbers.find((n) => n.id === numberId);
  const ws = project.workspace;
  switch (outcome.kind) {
    case 'connected': return `Connected to ${employeeName(ws, outcome.employeeId)}`;
    case 'mobile': return `Answered on ${employeeName(ws, outcome.employeeId)}'s mobile ${formatPhone(outcome.number)}`;
    case 'forwarded': return `Forwarded to ${formatPhone(outcome.number)}`;
    case 'voicemail': return outcome.mailboxEmployeeId ? `Voicemail for ${employeeName(ws, outcome.mailboxEmployeeId)}` : 'Voicemail (general mailbox)';
    case 'hangup': return 'The flow hung up';
    case 'dropped': return `Dropped at ${nodeLabel(number, outcome.nodeId)}: nothing is connected to “${handleLabel(number, outcome.nodeId, outcome.handle)}”`;
    case 'abandoned': return 'The caller hung up before anyone answered';
    case 'backup': return `Sent to the backup number ${formatPhone(outcome.number)}`;
    case 'rejected': return `Rejected: ${REJECT_REASONS[outcome.reason] ?? outcome.reason}`;
  }
}

/** An outcome in a compact, comparable form for lists: "connected u1", "dropped menu/timeout". */
export function outcomeKey(outcome: Outcome): string {
  switch (outcome.kind) {
    case 'connected': return `connected ${outcome.employeeId}`;
    case 'mobile': return `mobile ${outcome.employeeId} ${outcome.number}`;
    case 'forwarded': return `forwarded ${outcome.number}`;
    case 'voicemail': return `voicemail ${outcome.mailboxEmployeeId ?? 'general'}`;
    case 'dropped': return `dropped ${outcome.nodeId}/${outcome.handle}`;
    case 'backup': return `backup ${outcome.number}`;
    case 'rejected': return `rejected ${outcome.reason}`;
    default: return outcome.kind;
  }
}

/** The lines under the headline: duration, recording, lead, rating, callbacks. */
export function outcomeDetails(result: CallResult, number: Pick<PhoneNumber, 'settings'>): string[] {
  const ratingEnabled = number.settings.rating.enabled;
  const zone = number.settings.hours.timezone;
  // The engine counts to the millisecond; a call's length reads in whole seconds, as a PBX bills it.
  const lines = [`Duration ${Math.round(result.durationSeconds)} s`];
  const r = result.recording;
  if (r.made) {
    lines.push(`Recorded${r.accessible ? '' : ' (over the plan’s monthly allowance: not accessible)'}${r.announced ? ', announced' : ', not announced'}${r.transcribed ? ', transcribed' : ''}`);
  } else {
    lines.push(r.announced ? 'Not recorded (the recording notice played)' : 'Not recorded');
  }
  if (result.crm.leadCreated) lines.push(`Lead created (source ${result.crm.leadCreated.source})`);
  else if (result.crm.recordId) lines.push('Caller known in the CRM: no lead');
  else lines.push('No lead created');
  if (ratingEnabled && result.outcome.kind === 'connected') lines.push(result.rating === null ? 'Rating: not given' : `Rating: ${result.rating} of 5`);
  if (result.callbacks.length > 0) lines.push(`Callbacks (${zone} time): ${result.callbacks.map((c) => `#${c.attempt} at ${zonedText(c.at, zone, true).slice(11)}`).join(', ')}`);
  return lines;
}
