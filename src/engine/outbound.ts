import { formatPhone } from './phone';
import type { PhoneNumber } from './schema/number';
import type { Project } from './schema/project';
import type { OutboundRoute } from './schema/result';

/** O1: characters people type for readability, ignored. */
const IGNORED = /[\s\-.()[\]]/g;
/** O1: what may remain. */
const ALLOWED = /^[0-9*#+;,]*$/;
/** O4: the destination after any prefix. */
const DESTINATION = /^\+?\d{3,15}$/;
const SEPARATORS = [';', '#', ','];

function refuse(code: string, message: string): OutboundRoute {
  return { ok: false, code, message };
}

function lineName(n: PhoneNumber): string {
  return `${n.name.trim() || n.id} (${formatPhone(n.number)})`;
}

/**
 * Which number an employee's outbound call goes out on, and what it dials (O1–O4): a prefix of
 * a selectable number picks that number (the longest prefix wins), else the workspace's
 * default outbound number; a `;`, `#` or `,` after the prefix separates an extension to dial
 * once connected. Refusals: invalid-number, not-allowed, number-disconnected, no-route.
 */
export function routeOutbound(project: Project, employeeId: string, dialed: string): OutboundRoute {
  const cleaned = dialed.replace(IGNORED, '');
  if (!ALLOWED.test(cleaned)) {
    const bad = [...cleaned].find((c) => !ALLOWED.test(c)) as string;
    return refuse('invalid-number', `'${dialed}' contains '${bad}'; a number may contain only digits, *, #, +, and ; or , before an extension.`);
  }
  if (cleaned === '') return refuse('invalid-number', 'Nothing was dialed.');

  let line: PhoneNumber | undefined;
  let rest = cleaned;
  for (const n of project.numbers) {
    const prefix = n.settings.outbound.prefix;
    if (!n.settings.outbound.selectable || !prefix || !cleaned.startsWith(prefix)) continue;
    if (!line || prefix.length > (line.settings.outbound.prefix as string).length) line = n;
  }
  if (line) {
    rest = cleaned.slice((line.settings.outbound.prefix as string).length);
  } else {
    const id = project.workspace.defaultOutboundNumberId;
    if (id === null) return refuse('no-route', `No number's prefix matches '${dialed}' and the workspace has no default outbound number. Dial a number's prefix first, or set a default in Workspace.`);
    line = project.numbers.find((n) => n.id === id);
    if (!line) return refuse('no-route', `No number's prefix matches '${dialed}', and the default outbound number (${id}) no longer exists. Set another default in Workspace.`);
  }

  const employee = project.workspace.employees.find((e) => e.id === employeeId);
  if (!employee) return refuse('not-allowed', `There is no employee '${employeeId}' in this workspace, so the call cannot be made.`);
  const allowed = line.settings.outbound.allowedEmployeeIds;
  if (allowed.length > 0 && !allowed.includes(employeeId)) {
    return refuse('not-allowed', `${employee.name || employee.id} may not make calls from ${lineName(line)}. An administrator can add them to its allowed employees.`);
  }
  if (line.status === 'disconnected') return refuse('number-disconnected', `${lineName(line)} is disconnected and cannot make calls.`);

  const at = firstSeparator(rest);
  const destination = at < 0 ? rest : rest.slice(0, at);
  const extension = at < 0 ? '' : rest.slice(at + 1);
  if (!DESTINATION.test(destination)) {
    return refuse('invalid-number', destination === ''
      ? `There is no number to call after ${line.settings.outbound.prefix && rest !== cleaned ? `the prefix '${line.settings.outbound.prefix}'` : 'what was dialed'}.`
      : `'${destination}' is not a number that can be called: it must be 3 to 15 digits, optionally after a +.`);
  }
  if (extension.includes('+')) return refuse('invalid-number', `The extension '${extension}' may not contain '+'.`);
  // One separator only: "…;;5" or "…,1,2" would dial the separators as part of the extension.
  const extra = /[;,]/.exec(extension);
  if (extra) return refuse('invalid-number', `The extension '${extension}' contains another '${extra[0]}'; put one separator between the number and its extension.`);
  return { ok: true, numberId: line.id, destination, extension: extension === '' ? null : extension };
}

function firstSeparator(s: string): number {
  let best = -1;
  for (const sep of SEPARATORS) {
    const i = s.indexOf(sep);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}
