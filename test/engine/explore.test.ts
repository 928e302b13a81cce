import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explorePaths, parseProject, simulateCall } from '../../src/engine';
import type { ExploredPath } from '../../src/engine';
import { makeFlow, makeProject } from '../helpers/factories';

const smallOffice = parseProject(JSON.parse(readFileSync(resolve(process.cwd(), 'test/fixtures/small-office.json'), 'utf8')));
const describePath = (p: ExploredPath) => `${JSON.stringify(p.outcome)} ${p.path.join('>')}`;
const tts = (text: string, seconds: number) => ({ kind: 'tts', text, seconds });

describe('explorePaths', () => {
  const { paths, capped } = explorePaths(smallOffice, 'main');

  it('finds every way a call to the small office can end', () => {
    expect(capped).toBe(false);
    expect(paths.map(describePath).sort()).toEqual([
      '{"kind":"backup","number":"+842873000000"} ',
      '{"kind":"connected","employeeId":"lan"} in>hours>welcome',
      '{"kind":"connected","employeeId":"lan"} in>hours>welcome>owner>desk',
      '{"kind":"voicemail","mailboxEmployeeId":"lan"} in>hours>welcome>owner>desk>vm',
      '{"kind":"voicemail","mailboxEmployeeId":"lan"} in>hours>welcome>vm',
      '{"kind":"voicemail","mailboxEmployeeId":null} in>hours>closed',
      '{"kind":"voicemail","mailboxEmployeeId":null} in>hours>welcome>vm',
    ]);
  });

  it('gives each path a scenario that takes it', () => {
    for (const p of paths) {
      const r = simulateCall(smallOffice, p.scenario);
      expect(`${JSON.stringify(r.outcome)} ${r.path.join('>')}`).toBe(describePath(p));
    }
  });

  it('is deterministic', () => {
    expect(explorePaths(smallOffice, 'main')).toEqual(explorePaths(smallOffice, 'main'));
  });

  it('takes a loop at most once', () => {
    const project = makeProject({
      flow: makeFlow(
        [{ id: 'in', type: 'incoming' }, { id: 'menu', type: 'ivr', data: { prompt: tts('1 to hear this again, 2 for Anna', 3), options: [{ digit: '1' }, { digit: '2' }], maxRetries: 0 } },
          { id: 'anna', type: 'employee', data: { employeeId: 'anna', rings: 2 } }, { id: 'bye', type: 'hangup' }],
        [['in', 'next', 'menu'], ['menu', '1', 'menu'], ['menu', '2', 'anna'], ['menu', 'timeout', 'bye'], ['anna', 'noAnswer', 'menu']],
      ),
    });
    const found = explorePaths(project, 'n1').paths;
    expect(found.every((p) => p.path.filter((id) => id === 'menu').length <= 2)).toBe(true);
    expect(found.map(describePath)).toEqual(expect.arrayContaining([
      '{"kind":"hangup"} in>menu>bye',
      '{"kind":"hangup"} in>menu>menu>bye',
      '{"kind":"connected","employeeId":"anna"} in>menu>anna',
      '{"kind":"hangup"} in>menu>anna>menu>bye',
    ]));
  });

  it('reports a loop no choice can leave as it ends (loop-limit)', () => {
    const project = makeProject({ flow: makeFlow([{ id: 'in', type: 'incoming' }, { id: 'h', type: 'hours' }], [['in', 'next', 'h'], ['h', 'open', 'h']]) });
    const found = explorePaths(project, 'n1').paths.filter((p) => p.outcome.kind === 'dropped');
    expect(found).toHaveLength(1);
    expect(found[0]?.outcome).toEqual({ kind: 'dropped', nodeId: 'h', handle: 'loop-limit' });
  });

  it('stops at the cap and says so', () => {
    const r = explorePaths(smallOffice, 'main', { cap: 3 });
    expect(r).toMatchObject({ capped: true, cap: 3 });
    expect(r.paths).toHaveLength(3);
  });

  it('gives a disconnected number its one ending', () => {
    const project = makeProject({ number: { status: 'disconnected' } });
    expect(explorePaths(project, 'n1').paths.map((p) => p.outcome)).toEqual([{ kind: 'rejected', reason: 'disconnected' }]);
  });
});
