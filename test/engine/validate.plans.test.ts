import { describe, expect, it } from 'vitest';
import { PLANS, validateNumber } from '../../src/engine';
import type { FlowIssue, Plan } from '../../src/engine';
import { makeFlow, makeProject } from '../helpers/factories';

const withCode = (issues: FlowIssue[], code: string) => issues.filter((i) => i.code === code);
const menu = (id: string, label = id) => ({ id, type: 'ivr', data: { label, options: [{ digit: '1' }, { digit: '2' }] } });
const onPlan = (plan: Plan, opts: Parameters<typeof makeProject>[0] = {}) =>
  validateNumber(makeProject({ ...opts, workspace: { ...opts.workspace, plan } }), 'n1');

const menuFlow = makeFlow([{ id: 'in', type: 'incoming' }, menu('m', 'Main menu'), { id: 'vm', type: 'voicemail' }],
  [['in', 'next', 'm'], ['m', '1', 'vm'], ['m', '2', 'vm'], ['m', 'timeout', 'vm']]);

describe('validateNumber: plan gating', () => {
  it('plan-feature: voice menus need Start+ or higher, and the message says which plans unlock them', () => {
    for (const plan of PLANS) {
      const issues = withCode(onPlan(plan, { flow: menuFlow }), 'plan-feature');
      if (plan === 'free' || plan === 'project_plus') {
        expect(issues, plan).toEqual([expect.objectContaining({ severity: 'error', nodeId: 'm' })]);
        expect(issues[0]?.message).toContain("Voice menu 'Main menu' needs the Start+, CRM+, Standard or Professional plan");
      } else {
        expect(issues, plan).toEqual([]);
      }
    }
  });

  it('plan-feature: call rating, a lead source other than CALL and outbound selection need Start+ or higher', () => {
    const number = { settings: { rating: { enabled: true }, crm: { leadSource: 'WEBSITE' }, outbound: { selectable: true, prefix: '*5*' } } };
    expect(withCode(onPlan('project_plus', { number }), 'plan-feature').map((i) => i.field)).toEqual([
      'settings.rating.enabled', 'settings.crm.leadSource', 'settings.outbound.selectable',
    ]);
    expect(withCode(onPlan('free', { number }), 'plan-feature')[0]?.message).toMatch(/Call rating needs the Start\+, CRM\+, Standard or Professional plan; this workspace is on Free/);
    expect(withCode(onPlan('start_plus', { number }), 'plan-feature')).toEqual([]);
  });

  it('plan-feature: a queue group ringing all at once needs Project+ or higher', () => {
    const queues = [{ id: 'sales', name: 'Sales', memberIds: ['anna'], distribution: 'all' as const, rings: 3 }];
    const flow = makeFlow([{ id: 'in', type: 'incoming' }, { id: 'q', type: 'queue', data: { queueId: 'sales' } }, { id: 'vm', type: 'voicemail' }],
      [['in', 'next', 'q'], ['q', 'noAnswer', 'vm']]);
    expect(withCode(onPlan('free', { flow, workspace: { queues } }), 'plan-feature')).toEqual([
      expect.objectContaining({ nodeId: 'q', field: 'workspace.queues.sales.distribution', message: expect.stringContaining('Project+') }),
    ]);
    expect(withCode(onPlan('free', { workspace: { queues } }), 'plan-feature')).toEqual([expect.objectContaining({ field: 'workspace.queues.sales.distribution' })]);
    expect(withCode(onPlan('project_plus', { flow, workspace: { queues } }), 'plan-feature')).toEqual([]);
  });

  const threeLevels = makeFlow(
    [{ id: 'in', type: 'incoming' }, menu('a', 'Main'), menu('b', 'Sales'), menu('c', 'Sales EU'), { id: 'vm', type: 'voicemail' }],
    [['in', 'next', 'a'], ['a', '1', 'b'], ['b', '1', 'c'], ['a', '2', 'vm'], ['b', '2', 'vm'], ['c', '1', 'vm'], ['c', '2', 'vm'],
      ['a', 'timeout', 'vm'], ['b', 'timeout', 'vm'], ['c', 'timeout', 'vm']],
  );

  it('ivr-depth: three menus chained by option keys exceed the 2 levels of Start+ and CRM+', () => {
    for (const plan of ['start_plus', 'crm_plus'] as const) {
      expect(withCode(onPlan(plan, { flow: threeLevels }), 'ivr-depth'), plan).toEqual([
        expect.objectContaining({ severity: 'error', nodeId: 'c', message: expect.stringContaining("Voice menu 'Main' → Voice menu 'Sales' → Voice menu 'Sales EU'") }),
      ]);
    }
    expect(withCode(onPlan('start_plus', { flow: threeLevels }), 'ivr-depth')[0]?.message).toContain('Standard or Professional');
    expect(withCode(onPlan('standard', { flow: threeLevels }), 'ivr-depth')).toEqual([]);
    expect(withCode(onPlan('professional', { flow: threeLevels }), 'ivr-depth')).toEqual([]);
  });

  it('ivr-depth: "repeat" and "back" edges count no menu twice, and timeout edges are not options', () => {
    const flow = makeFlow(
      [{ id: 'in', type: 'incoming' }, menu('a'), menu('b'), menu('c'), { id: 'vm', type: 'voicemail' }],
      [['in', 'next', 'a'], ['a', '1', 'b'], ['a', '2', 'a'], ['b', '1', 'a'], ['b', '2', 'b'], ['b', 'timeout', 'c'],
        ['c', '1', 'vm'], ['c', '2', 'vm'], ['a', 'timeout', 'vm'], ['c', 'timeout', 'vm']],
    );
    expect(withCode(onPlan('start_plus', { flow }), 'ivr-depth')).toEqual([]);
  });
});
