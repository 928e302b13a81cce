import { checkE164, formatPhone } from '../phone';
import type { ValidationContext } from './context';
import { employeeName, numberName, queueName } from './context';

const EXTENSION = /^\d{1,4}$/;

/**
 * The workspace data every number relies on: extensions (dialable from any greeting or menu),
 * mobiles, queue members, CRM records, and the workspace-wide backup and outbound defaults.
 */
export function checkWorkspace(ctx: ValidationContext): void {
  checkExtensions(ctx);
  const ws = ctx.workspace;
  for (const e of ws.employees) {
    if (e.mobile === null || e.mobile === '') continue;
    const check = checkE164(e.mobile);
    if (!check.ok) ctx.error('invalid-phone', `${employeeName(e)} has mobile '${e.mobile}', which ${check.message}. Write it in international format, such as +84 90 123 4567.`, { field: `workspace.employees.${e.id}.mobile` });
  }
  for (const q of ws.queues) {
    const missing = q.memberIds.filter((id) => !ctx.employees.has(id));
    if (missing.length > 0) {
      ctx.error('unknown-reference', `${queueName(q)} lists ${missing.length === 1 ? 'a member who is' : 'members who are'} not in the workspace (${missing.join(', ')}). Remove them from the group.`, { field: `workspace.queues.${q.id}.memberIds` });
    }
  }
  for (const r of ws.crm.records) {
    const name = `CRM ${r.kind} '${r.name.trim() || r.id}'`;
    r.phones.forEach((p, i) => {
      const check = checkE164(p);
      if (!check.ok) ctx.error('invalid-phone', `${name} has phone '${p}', which ${check.message}; callers from it will not be recognised. Write it in international format.`, { field: `workspace.crm.records.${r.id}.phones.${i}` });
    });
    if (r.responsibleId !== null && !ctx.employees.has(r.responsibleId)) {
      ctx.error('unknown-reference', `${name} is assigned to an employee who is not in the workspace (${r.responsibleId}). Pick another responsible person.`, { field: `workspace.crm.records.${r.id}.responsibleId` });
    }
  }
  ws.crm.exceptions.forEach((p, i) => {
    const check = checkE164(p);
    if (!check.ok) ctx.error('invalid-phone', `The CRM exception '${p}' ${check.message}, so it never matches a caller. Write it in international format.`, { field: `workspace.crm.exceptions.${i}` });
  });
  checkDefaults(ctx);
}

/** extension-format and duplicate-extension across employees and queue groups together. */
function checkExtensions(ctx: ValidationContext): void {
  const owners = new Map<string, string>();
  const holders = [
    ...ctx.workspace.employees.map((e) => ({ ext: e.extension, name: employeeName(e), field: `workspace.employees.${e.id}.extension` })),
    ...ctx.workspace.queues.map((q) => ({ ext: q.extension ?? null, name: queueName(q), field: `workspace.queues.${q.id}.extension` })),
  ];
  for (const h of holders) {
    if (h.ext === null || h.ext === '') continue;
    if (!EXTENSION.test(h.ext)) {
      ctx.error('extension-format', `${h.name} has extension ${h.ext}: extensions are 1–4 digits.`, { field: h.field });
      continue;
    }
    const first = owners.get(h.ext);
    if (first) ctx.error('duplicate-extension', `${h.name} has extension ${h.ext}, which ${first} already has; a caller dialing it could reach only one of them. Give each its own extension.`, { field: h.field });
    else owners.set(h.ext, h.name);
  }
}

function checkDefaults(ctx: ValidationContext): void {
  const ws = ctx.workspace;
  const backup = ws.defaultBackupNumber;
  if (backup !== null && backup !== '') {
    const field = 'workspace.defaultBackupNumber';
    const check = checkE164(backup);
    const mine = check.ok ? ctx.project.numbers.find((n) => n.number === backup) : undefined;
    if (!check.ok) ctx.error('invalid-phone', `The workspace's default backup number '${backup}' ${check.message}. Write it in international format.`, { field });
    else if (mine) ctx.error('backup-is-connected', `The workspace's default backup number ${formatPhone(backup)} is its own number ${numberName(mine)}; when the service is down it is down too. Use a number outside the workspace.`, { field });
  }
  const outId = ws.defaultOutboundNumberId;
  if (outId !== null) {
    const field = 'workspace.defaultOutboundNumberId';
    const out = ctx.project.numbers.find((n) => n.id === outId);
    if (!out) ctx.error('unknown-reference', `The workspace's default outbound number (${outId}) is not one of its numbers. Pick another number.`, { field });
    else if (out.status === 'disconnected') ctx.warn('number-disconnected', `The workspace's default outbound number ${numberName(out)} is disconnected, so outbound calls without a prefix fail. Pick another number.`, { field });
  }
}
