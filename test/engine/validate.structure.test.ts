import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issuesOf, parseProject, validateNumber } from '../../src/engine';
import type { FlowIssue } from '../../src/engine';
import { makeFlow, makeProject } from '../helpers/factories';

const withCode = (issues: FlowIssue[], code: string) => issues.filter((i) => i.code === code);
const validate = (flow: ReturnType<typeof makeFlow>, opts: Parameters<typeof makeProject>[0] = {}) => validateNumber(makeProject({ ...opts, flow }), 'n1');

describe('validateNumber: flow structure', () => {
  it('the example bundle and the default test project have no issues', () => {
    const example = parseProject(JSON.parse(readFileSync(resolve(process.cwd(), 'test/fixtures/small-office.json'), 'utf8')));
    expect(validateNumber(example, 'main')).toEqual([]);
    expect(validateNumber(makeProject(), 'n1')).toEqual([]);
  });

  it('issuesOf checks each project version once and a changed project afresh', () => {
    const project = makeProject({ flow: makeFlow([{ id: 'in', type: 'incoming' }]) });
    const first = issuesOf(project, 'n1');
    expect(first).toEqual(validateNumber(project, 'n1'));
    expect(issuesOf(project, 'n1')).toBe(first);
    const edited = makeProject({ flow: makeFlow([{ id: 'vm', type: 'voicemail' }]) });
    expect(issuesOf(edited, 'n1').map((i) => i.code)).toContain('entry-missing');
    expect(issuesOf(project, 'n1')).toBe(first);
  });

  it('an unknown number id is reported, not thrown', () => {
    expect(validateNumber(makeProject(), 'nope')).toEqual([expect.objectContaining({ severity: 'error', code: 'unknown-reference' })]);
  });

  it('entry-missing: a flow without an Inbound call node', () => {
    const issues = validate(makeFlow([{ id: 'vm', type: 'voicemail' }]));
    expect(withCode(issues, 'entry-missing')).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('no Inbound call node') })]);
    // Without an entry nothing is "unreachable": the missing entry says it all.
    expect(withCode(issues, 'unreachable')).toEqual([]);
  });

  it('entry-multiple: a second Inbound call node is named', () => {
    const issues = validate(makeFlow(
      [{ id: 'in', type: 'incoming' }, { id: 'in2', type: 'incoming', data: { label: 'Old start' } }, { id: 'vm', type: 'voicemail' }],
      [['in', 'next', 'vm'], ['in2', 'next', 'vm']],
    ));
    expect(withCode(issues, 'entry-multiple')).toEqual([expect.objectContaining({ severity: 'error', nodeId: 'in2', message: expect.stringContaining("Inbound call 'Old start'") })]);
  });

  it('edge-invalid: an edge to a missing node, from a handle the node lacks, and a second edge on one handle', () => {
    const flow = makeFlow(
      [{ id: 'in', type: 'incoming' }, { id: 'vm', type: 'voicemail' }, { id: 'bye', type: 'hangup' }],
      [['in', 'next', 'vm'], ['in', 'next', 'bye'], ['in', 'open', 'vm'], ['in', 'next', 'ghost'], ['ghost', 'next', 'vm']],
    );
    const issues = withCode(validate(flow), 'edge-invalid');
    expect(issues.map((i) => i.edgeId)).toEqual(['e2', 'e3', 'e4', 'e5']);
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
    expect(issues[0]?.message).toContain("two connections from 'Next'");
    expect(issues[1]?.message).toContain("output 'open' it does not have");
    expect(issues[2]?.message).toContain('does not exist (ghost)');
  });

  it('dangling-handle: an unconnected output is a warning naming the node and the output', () => {
    const issues = validate(makeFlow([{ id: 'in', type: 'incoming' }, { id: 'emp', type: 'employee', data: { employeeId: 'anna', label: 'Anna desk' } }], [['in', 'next', 'emp']]));
    expect(withCode(issues, 'dangling-handle')).toEqual([
      expect.objectContaining({ severity: 'warning', nodeId: 'emp', message: expect.stringContaining("Employee 'Anna desk' has nothing connected to 'No answer'") }),
    ]);
  });

  it('unreachable: a node nothing leads to', () => {
    const issues = validate(makeFlow([{ id: 'in', type: 'incoming' }, { id: 'vm', type: 'voicemail' }, { id: 'bye', type: 'hangup' }], [['in', 'next', 'vm']]));
    expect(withCode(issues, 'unreachable')).toEqual([expect.objectContaining({ severity: 'warning', nodeId: 'bye' })]);
  });

  it('issues list errors before warnings', () => {
    const issues = validate(makeFlow([{ id: 'in', type: 'incoming' }, { id: 'in2', type: 'incoming' }, { id: 'bye', type: 'hangup' }]));
    const firstWarning = issues.findIndex((i) => i.severity === 'warning');
    expect(firstWarning).toBeGreaterThan(0);
    expect(issues.slice(firstWarning).every((i) => i.severity === 'warning')).toBe(true);
  });
});

describe('validateNumber: loop-without-wait', () => {
  it('loop-without-wait: a cycle of instant handles (hours → greeting → hours) is an error', () => {
    const issues = validate(makeFlow(
      [{ id: 'in', type: 'incoming' }, { id: 'h', type: 'hours' }, { id: 'p', type: 'play', data: { label: 'Hello' } }, { id: 'vm', type: 'voicemail' }],
      [['in', 'next', 'h'], ['h', 'open', 'p'], ['p', 'next', 'h'], ['h', 'closed', 'vm']],
    ));
    expect(withCode(issues, 'loop-without-wait')).toEqual([
      expect.objectContaining({ severity: 'error', nodeId: 'h', message: expect.stringContaining("Greeting 'Hello'") }),
    ]);
  });

  it("loop-without-wait: crmOwner's unknown and sipTo's noMatch take no time and do not count", () => {
    const issues = validate(makeFlow(
      [{ id: 'in', type: 'incoming' }, { id: 'sip', type: 'sipTo' }, { id: 'crm', type: 'crmOwner' }, { id: 'vm', type: 'voicemail' }],
      [['in', 'next', 'sip'], ['sip', 'noMatch', 'crm'], ['crm', 'unknown', 'sip'], ['sip', 'noAnswer', 'vm'], ['crm', 'noAnswer', 'vm']],
    ), { number: { kind: 'sip_office' } });
    expect(withCode(issues, 'loop-without-wait')).toHaveLength(1);
  });

  it('loop-without-wait: a node whose handle leads back to itself', () => {
    const issues = validate(makeFlow([{ id: 'in', type: 'incoming' }, { id: 'p', type: 'play' }], [['in', 'next', 'p'], ['p', 'next', 'p']]));
    expect(withCode(issues, 'loop-without-wait')).toEqual([expect.objectContaining({ nodeId: 'p', message: expect.stringContaining('leads back to itself') })]);
  });

  it('loop-without-wait: loops through a voice menu, a greeting with extensions or a no-answer are fine', () => {
    const menuRepeat = makeFlow(
      [{ id: 'in', type: 'incoming' }, { id: 'menu', type: 'ivr', data: { options: [{ digit: '9', label: 'Repeat' }, { digit: '1' }] } }, { id: 'vm', type: 'voicemail' }],
      [['in', 'next', 'menu'], ['menu', '9', 'menu'], ['menu', '1', 'vm'], ['menu', 'timeout', 'menu']],
    );
    const greetingWithExtensions = makeFlow(
      [{ id: 'in', type: 'incoming' }, { id: 'p', type: 'play', data: { allowExtensions: true } }, { id: 'h', type: 'hours' }],
      [['in', 'next', 'p'], ['p', 'next', 'h'], ['p', 'extensionNoAnswer', 'h'], ['h', 'open', 'p'], ['h', 'closed', 'p']],
    );
    const ringAgain = makeFlow(
      [{ id: 'in', type: 'incoming' }, { id: 'q', type: 'queue', data: { queueId: 'sales' } }, { id: 'crm', type: 'crmOwner' }],
      [['in', 'next', 'crm'], ['crm', 'unknown', 'q'], ['crm', 'noAnswer', 'q'], ['q', 'noAnswer', 'crm']],
    );
    for (const flow of [menuRepeat, greetingWithExtensions, ringAgain]) expect(withCode(validate(flow), 'loop-without-wait')).toEqual([]);
  });

  it('loop-without-wait: one issue per loop, also on a long chain (no stack overflow)', () => {
    const n = 5_000;
    const nodes = [{ id: 'in', type: 'incoming' }, ...Array.from({ length: n }, (_, i) => ({ id: `h${i}`, type: 'hours' }))];
    const edges: [string, string, string][] = [['in', 'next', 'h0']];
    for (let i = 0; i < n; i++) {
      edges.push([`h${i}`, 'open', `h${(i + 1) % n}`]);
      edges.push([`h${i}`, 'closed', 'in']);
    }
    expect(withCode(validate(makeFlow(nodes, edges)), 'loop-without-wait')).toHaveLength(1);
  });
});

describe('validateNumber: size', () => {
  it('a 1,000-node flow is validated in one linear pass with exactly the expected issues', () => {
    const kinds = ['play', 'employee', 'hours', 'queue', 'crmOwner'] as const;
    const next = { play: 'next', employee: 'noAnswer', hours: 'open', queue: 'noAnswer', crmOwner: 'unknown' } as const;
    const nodes: { id: string; type: string; data?: Record<string, unknown> }[] = [{ id: 'in', type: 'incoming' }];
    const edges: [string, string, string][] = [];
    let prev = 'in';
    let handle = 'next';
    for (let i = 0; i < 998; i++) {
      const type = kinds[i % kinds.length] as (typeof kinds)[number];
      nodes.push({ id: `n${i}`, type, data: type === 'employee' ? { employeeId: 'anna' } : type === 'queue' ? { queueId: 'sales' } : {} });
      edges.push([prev, handle, `n${i}`]);
      if (type === 'hours') edges.push([`n${i}`, 'closed', 'end']);
      if (type === 'crmOwner') edges.push([`n${i}`, 'noAnswer', 'end']);
      prev = `n${i}`;
      handle = next[type];
    }
    nodes.push({ id: 'end', type: 'voicemail' });
    edges.push([prev, handle, 'end']);
    expect(nodes).toHaveLength(1_000);
    // Its working hours are on: a Working hours node would warn (hours-off) with them off, as a new number has them.
    expect(validate(makeFlow(nodes, edges), { number: { settings: { hours: { enabled: true } } } })).toEqual([]);
  });
});

describe('validateNumber: prompts and key windows', () => {
  it('warns of a prompt that plays nothing: text to speech without text, or 0 s long', () => {
    const issues = validate(makeFlow([
      { id: 'in', type: 'incoming' },
      { id: 'greet', type: 'play', data: { label: 'Welcome', melody: { kind: 'tts', text: '  ', seconds: 4 } } },
      { id: 'menu', type: 'ivr', data: { label: 'Main menu', prompt: { kind: 'builtin', id: 'welcome', seconds: 0 }, options: [{ digit: '1' }] } },
      { id: 'vm', type: 'voicemail' },
    ], [['in', 'next', 'greet'], ['greet', 'next', 'menu'], ['menu', '1', 'vm'], ['menu', 'timeout', 'vm']]));
    expect(withCode(issues, 'silent-prompt').map((i) => [i.nodeId, i.message])).toEqual([
      ['greet', expect.stringMatching(/^Greeting 'Welcome' has a text-to-speech melody with no text/)],
      ['menu', expect.stringMatching(/^Voice menu 'Main menu''s prompt is 0 s long/)],
    ]);
  });

  it('warns of a voice menu, or a greeting with extensions, that gives the caller 0 s to key', () => {
    const issues = validate(makeFlow([
      { id: 'in', type: 'incoming' },
      { id: 'greet', type: 'play', data: { allowExtensions: true, digitWaitSeconds: 0 } },
      { id: 'menu', type: 'ivr', data: { timeoutSeconds: 0, options: [{ digit: '1' }] } },
      { id: 'vm', type: 'voicemail' },
    ], [['in', 'next', 'greet'], ['greet', 'next', 'menu'], ['greet', 'extensionNoAnswer', 'vm'], ['menu', '1', 'vm'], ['menu', 'timeout', 'vm']]));
    expect(withCode(issues, 'no-time-to-key').map((i) => i.nodeId)).toEqual(['greet', 'menu']);
    expect(withCode(issues, 'no-time-to-key').every((i) => i.severity === 'warning')).toBe(true);
  });
});
