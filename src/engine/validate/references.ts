import { checkE164, PHONE_EXAMPLE } from '../phone';
import type { FlowNode } from '../schema/flow';
import type { ValidationContext } from './context';
import { employeeName, nodeName, queueName } from './context';

/**
 * What each node refers to: employees, queue groups, mailboxes and phone numbers must exist
 * and be usable (unknown-reference, invalid-phone, mobile-missing, empty-queue), and a voice
 * menu's keys must be distinct (duplicate-digit).
 */
export function checkNodeReferences(ctx: ValidationContext): void {
  for (const node of ctx.nodes.values()) checkNode(ctx, node);
}

function checkNode(ctx: ValidationContext, node: FlowNode): void {
  const at = { nodeId: node.id };
  const name = nodeName(node);
  switch (node.type) {
    case 'employee': {
      const id = node.data.employeeId;
      if (!id) ctx.error('unknown-reference', `${name} has no employee chosen. Pick who it rings.`, at);
      else if (!ctx.employees.has(id)) ctx.error('unknown-reference', `${name} rings an employee who is not in the workspace (${id}). Pick another employee.`, at);
      return;
    }
    case 'queue': {
      const id = node.data.queueId;
      const q = id ? ctx.queues.get(id) : undefined;
      if (!id) ctx.error('unknown-reference', `${name} has no queue group chosen. Pick the group it rings.`, at);
      else if (!q) ctx.error('unknown-reference', `${name} rings a queue group that is not in the workspace (${id}). Pick another group.`, at);
      else if (!q.memberIds.some((m) => ctx.employees.has(m))) {
        ctx.warn('empty-queue', `${queueName(q)} has no members, so ${name} goes straight to 'No answer'. Add employees to the group.`, at);
      }
      return;
    }
    case 'mobile': {
      const target = node.data.target;
      if (target === 'lastRung') return;
      const e = ctx.employees.get(target);
      if (!e) ctx.error('unknown-reference', `${name} forwards to the mobile of an employee who is not in the workspace (${target}). Pick another employee.`, at);
      else if (!e.mobile) ctx.warn('mobile-missing', `${employeeName(e)} has no mobile number, so ${name} always goes to 'No answer'. Add a mobile in Workspace → Employees.`, at);
      return;
    }
    case 'voicemail': {
      const box = node.data.mailbox;
      if (box && box !== 'lastRung' && !ctx.employees.has(box)) {
        ctx.error('unknown-reference', `${name} leaves messages in the mailbox of an employee who is not in the workspace (${box}). Pick another mailbox.`, at);
      }
      return;
    }
    case 'forward': {
      const n = node.data.number.trim();
      if (!n) {
        ctx.error('invalid-phone', `${name} has no number to forward to. Enter one in international format, such as ${PHONE_EXAMPLE}.`, at);
        return;
      }
      const check = checkE164(n);
      if (!check.ok) ctx.error('invalid-phone', `${name} forwards to ${n}, which ${check.message}. Enter it in international format, such as ${PHONE_EXAMPLE}.`, at);
      return;
    }
    case 'ivr': {
      const seen = new Set<string>();
      const reported = new Set<string>();
      for (const option of node.data.options) {
        if (seen.has(option.digit) && !reported.has(option.digit)) {
          reported.add(option.digit);
          ctx.error('duplicate-digit', `${name} uses key ${option.digit} twice; a caller who presses it always gets the first option. Give each option its own key.`, at);
        }
        seen.add(option.digit);
      }
      return;
    }
    default:
      return;
  }
}
