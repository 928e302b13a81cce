import { describe, expect, it } from 'vitest';
import { validateNumber } from '../../src/engine';
import type { FlowIssue } from '../../src/engine';
import { makeFlow, makeProject } from '../helpers/factories';
import type { NodeSpec } from '../helpers/factories';

const withCode = (issues: FlowIssue[], code: string) => issues.filter((i) => i.code === code);
/** incoming → the node, with every output of the node going to a voicemail. */
function oneNode(node: NodeSpec, outputs: string[] = ['noAnswer'], opts: Parameters<typeof makeProject>[0] = {}) {
  const flow = makeFlow([{ id: 'in', type: 'incoming' }, node, { id: 'vm', type: 'voicemail' }], [['in', 'next', node.id], ...outputs.map((h): [string, string, string] => [node.id, h, 'vm'])]);
  return validateNumber(makeProject({ ...opts, flow }), 'n1');
}

describe('validateNumber: what nodes refer to', () => {
  it('unknown-reference: an employee node with a missing or no employee', () => {
    expect(withCode(oneNode({ id: 'e', type: 'employee', data: { employeeId: 'ghost' } }), 'unknown-reference')).toEqual([
      expect.objectContaining({ severity: 'error', nodeId: 'e', message: expect.stringContaining('not in the workspace (ghost)') }),
    ]);
    expect(withCode(oneNode({ id: 'e', type: 'employee' }), 'unknown-reference')[0]?.message).toContain('no employee chosen');
  });

  it('unknown-reference: a queue node, a mobile target and a voicemail mailbox that do not exist', () => {
    expect(withCode(oneNode({ id: 'q', type: 'queue', data: { queueId: 'nope' } }), 'unknown-reference')).toHaveLength(1);
    expect(withCode(oneNode({ id: 'm', type: 'mobile', data: { target: 'ghost' } }), 'unknown-reference')).toHaveLength(1);
    expect(withCode(oneNode({ id: 'v', type: 'voicemail', data: { mailbox: 'ghost' } }, []), 'unknown-reference')).toEqual([expect.objectContaining({ nodeId: 'v' })]);
    // lastRung and the general mailbox are not references.
    expect(withCode(oneNode({ id: 'v', type: 'voicemail', data: { mailbox: null } }, []), 'unknown-reference')).toEqual([]);
    expect(oneNode({ id: 'm', type: 'mobile', data: { target: 'lastRung' } })).toEqual([]);
  });

  it('unknown-reference: workspace data pointing at missing employees or numbers names the field', () => {
    const issues = validateNumber(makeProject({
      workspace: {
        queues: [{ id: 'sales', name: 'Sales', memberIds: ['anna', 'ghost'], distribution: 'in_order', rings: 3 }],
        crm: { records: [{ id: 'acme', kind: 'company', name: 'Acme', phones: [], responsibleId: 'gone' }], exceptions: [] },
        defaultOutboundNumberId: 'n9',
      },
      number: { settings: { outbound: { allowedEmployeeIds: ['anna', 'zed'] } } },
    }), 'n1');
    expect(withCode(issues, 'unknown-reference').map((i) => i.field)).toEqual([
      'settings.outbound.allowedEmployeeIds.1',
      'workspace.queues.sales.memberIds',
      'workspace.crm.records.acme.responsibleId',
      'workspace.defaultOutboundNumberId',
    ]);
  });

  it("duplicate-digit: a voice menu's key used twice", () => {
    const issues = oneNode(
      { id: 'menu', type: 'ivr', data: { label: 'Main menu', options: [{ digit: '1', label: 'Sales' }, { digit: '1', label: 'Support' }] } },
      ['1', 'timeout'],
    );
    expect(withCode(issues, 'duplicate-digit')).toEqual([
      expect.objectContaining({ severity: 'error', nodeId: 'menu', message: expect.stringContaining("Voice menu 'Main menu' uses key 1 twice") }),
    ]);
  });

  it('invalid-phone: an external number that is missing or not E.164', () => {
    for (const number of ['', '0901234567', '+0123456789', '+84 90 123', '+1234567']) {
      expect(withCode(oneNode({ id: 'f', type: 'forward', data: { number } }), 'invalid-phone'), number).toEqual([expect.objectContaining({ severity: 'error', nodeId: 'f' })]);
    }
    expect(oneNode({ id: 'f', type: 'forward', data: { number: '+14155550100' } })).toEqual([]);
  });

  it("invalid-phone: employees' mobiles, CRM phones and exceptions, backup numbers and the number itself", () => {
    const issues = validateNumber(makeProject({
      workspace: {
        employees: [{ id: 'anna', name: 'Anna', extension: '101', mobile: '0901000101', status: 'working' }],
        queues: [],
        crm: { records: [{ id: 'acme', kind: 'company', name: 'Acme', phones: ['+14155550100', '555-0100'], responsibleId: null }], exceptions: ['12345'] },
        defaultBackupNumber: '+8',
      },
      number: { number: '842871234567', settings: { backupNumber: 'call me' } },
    }), 'n1');
    expect(withCode(issues, 'invalid-phone').map((i) => i.field)).toEqual([
      'number', 'settings.backupNumber', 'workspace.employees.anna.mobile', 'workspace.crm.records.acme.phones.1', 'workspace.crm.exceptions.0', 'workspace.defaultBackupNumber',
    ]);
    expect(withCode(issues, 'invalid-phone')[2]?.message).toContain("Employee 'Anna' has mobile '0901000101'");
  });

  it('mobile-missing: forwarding to the mobile of an employee who has none', () => {
    expect(withCode(oneNode({ id: 'm', type: 'mobile', data: { target: 'chi' } }), 'mobile-missing')).toEqual([
      expect.objectContaining({ severity: 'warning', nodeId: 'm', message: expect.stringContaining("Employee 'Chi' has no mobile") }),
    ]);
  });

  it('empty-queue: a queue node whose group has no members', () => {
    const issues = oneNode({ id: 'q', type: 'queue', data: { queueId: 'empty' } }, ['noAnswer'], {
      workspace: { queues: [{ id: 'sales', name: 'Sales', memberIds: ['anna'] }, { id: 'empty', name: 'Night shift', memberIds: [], distribution: 'in_order', rings: 3 }] },
    });
    expect(withCode(issues, 'empty-queue')).toEqual([expect.objectContaining({ severity: 'warning', nodeId: 'q', message: expect.stringContaining("Queue group 'Night shift' has no members") })]);
  });

  it('sip-only: a SIP To: node on a rented or app number, but not on a SIP PBX', () => {
    for (const kind of ['rented', 'app']) {
      expect(withCode(oneNode({ id: 's', type: 'sipTo' }, ['noMatch', 'noAnswer'], { number: { kind } }), 'sip-only')).toEqual([expect.objectContaining({ severity: 'error', nodeId: 's' })]);
    }
    for (const kind of ['sip_office', 'sip_cloud']) {
      expect(oneNode({ id: 's', type: 'sipTo' }, ['noMatch', 'noAnswer'], { number: { kind } })).toEqual([]);
    }
  });
});
