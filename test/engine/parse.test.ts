import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrate, parseProject, parseProjectText, ProjectFormatError } from '../../src/engine';
import type { Migration } from '../../src/engine';

const exampleText = readFileSync(resolve(process.cwd(), 'test/fixtures/small-office.json'), 'utf8');
const example = () => JSON.parse(exampleText) as Record<string, unknown>;

function problems(input: unknown) {
  try {
    parseProject(input);
  } catch (e) {
    if (e instanceof ProjectFormatError) return e.issues;
    throw e;
  }
  throw new Error('expected a ProjectFormatError');
}

describe('parseProject', () => {
  it('reads the example bundle and fills in defaults', () => {
    const p = parseProject(example());
    expect(p.numbers[0]?.flow.nodes).toHaveLength(7);
    expect(p.scenarios).toEqual([]);
    expect(p.assets).toEqual([]);
    const minimal = parseProject({ format: 'callflow-studio/project', version: 1, workspace: { name: 'Empty' } });
    expect(minimal.workspace).toMatchObject({ plan: 'free', worktimeEnabled: false, employees: [], crm: { records: [], exceptions: [] } });
    expect(minimal.numbers).toEqual([]);
  });

  it('lists every problem with its JSON path, in words a person can read', () => {
    const bad = example();
    const ws = bad.workspace as Record<string, unknown>;
    ws.plan = 'gold';
    const number = (bad.numbers as Record<string, unknown>[])[0] as { flow: { nodes: Record<string, unknown>[] }; kind: unknown };
    number.kind = 'landline';
    (number.flow.nodes[1] as Record<string, unknown>).type = 'teleport';
    delete (number.flow.nodes[2] as Record<string, unknown>).id;
    expect(problems(bad)).toEqual([
      { path: 'workspace.plan', message: '"gold" is not allowed; expected one of free, project_plus, start_plus, crm_plus, standard, professional' },
      { path: 'numbers[0].kind', message: '"landline" is not allowed; expected one of rented, sip_office, sip_cloud, app' },
      { path: 'numbers[0].flow.nodes[1].type', message: expect.stringMatching(/^unknown node type "teleport"; expected one of incoming, sipTo/) },
      { path: 'numbers[0].flow.nodes[2].id', message: 'missing (expected text)' },
    ]);
  });

  it('refuses duplicate ids within a list', () => {
    const bad = example();
    const number = (bad.numbers as { flow: { edges: { id: string }[] } }[])[0];
    (number?.flow.edges[1] as { id: string }).id = 'e1';
    expect(problems(bad)).toEqual([{ path: 'numbers[0].flow.edges[1].id', message: 'duplicate id "e1"' }]);
  });

  it('lists duplicate ids with the shape\'s problems, not only once those are fixed, and says what a wrong value is', () => {
    const bad = example() as { numbers: { id: string }[]; workspace: { employees: { status: string }[] } };
    bad.numbers.push({ ...structuredClone(bad.numbers[0]!) });
    bad.workspace.employees[0]!.status = 'sleeping';
    (bad.numbers[0] as unknown as { settings: { callback: { attempts: unknown } } }).settings = { callback: { attempts: '3' } } as never;
    const list = problems(bad);
    expect(list).toEqual(expect.arrayContaining([
      { path: 'numbers[1].id', message: `duplicate id "${bad.numbers[0]!.id}"` },
      expect.objectContaining({ path: 'workspace.employees[0].status', message: expect.stringContaining('"sleeping" is not allowed') }),
      { path: 'numbers[0].settings.callback.attempts', message: 'is "3"; expected a number' },
    ]));
  });

  it('loads what is well-formed but wrong for a phone system, for validateNumber to report', () => {
    const odd = example();
    const ws = odd.workspace as { employees: { extension: string; mobile: string }[] };
    (ws.employees[0] as { extension: string }).extension = '12345';
    (ws.employees[0] as { mobile: string }).mobile = 'call me';
    expect(() => parseProject(odd)).not.toThrow();
  });

  it('text that is not JSON is a ProjectFormatError', () => {
    expect(() => parseProjectText('{ "format": ')).toThrow(ProjectFormatError);
    expect(parseProjectText(exampleText).workspace.name).toBe('Small office');
  });

  it('property: any JSON value gives a project or a ProjectFormatError, never anything else', () => {
    fc.assert(fc.property(fc.jsonValue(), (json) => {
      try {
        parseProject(json);
      } catch (e) {
        expect(e).toBeInstanceOf(ProjectFormatError);
        expect((e as ProjectFormatError).issues.length).toBeGreaterThan(0);
      }
    }), { numRuns: 300 });
  });

  it('property: the example with any field replaced by any JSON value gives a project or a ProjectFormatError', () => {
    const paths: (string | number)[][] = [];
    const collect = (v: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(v)) v.forEach((x, i) => collect(x, [...path, i]));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) collect(x, [...path, k]);
    };
    collect(example(), []);
    fc.assert(fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue(), (path, value) => {
      const bundle = example();
      let at: Record<string | number, unknown> = bundle;
      for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
      at[path[path.length - 1] as string | number] = value;
      try {
        parseProject(bundle);
      } catch (e) {
        expect(e).toBeInstanceOf(ProjectFormatError);
        for (const issue of (e as ProjectFormatError).issues) expect(issue.path).toMatch(/^(\(root\)|[A-Za-z])/);
      }
    }), { numRuns: 300 });
  });
});

describe('migrations', () => {
  const toV2: Migration = { from: 1, up: (b) => ({ ...b, renamed: true }) };
  const toV3: Migration = { from: 2, up: (b) => ({ ...b, third: true }) };

  it('upgrades a version 1 bundle through every step to the target version', () => {
    expect(migrate({ format: 'callflow-studio/project', version: 1, a: 1 }, [toV3, toV2], 3)).toEqual({ format: 'callflow-studio/project', version: 3, a: 1, renamed: true, third: true });
  });

  it('a current bundle passes unchanged, and anything that is not a bundle is left for the schema to report', () => {
    const current = { format: 'callflow-studio/project', version: 1 };
    expect(migrate(current)).toBe(current);
    expect(migrate(null)).toBeNull();
    expect(migrate({ format: 'other', version: 0 })).toEqual({ format: 'other', version: 0 });
  });

  it('a missing step, a newer version and a version below 1 are refused with a reason', () => {
    expect(() => migrate({ format: 'callflow-studio/project', version: 1 }, [toV3], 3)).toThrow('no migration from version 1');
    expect(problems({ format: 'callflow-studio/project', version: 2 })).toEqual([{
      path: '(root)',
      message: 'This bundle is version 2 of the format; this app reads versions up to 1, so the app is older than the file: update the app',
      code: 'version-newer',
    }]);
    expect(problems({ format: 'callflow-studio/project', version: 0 })).toEqual([{ path: 'version', message: expect.stringContaining('is 0, not a version of this format'), code: 'version-invalid' }]);
    expect(problems({ format: 'callflow-studio/project', version: 1.5 })[0]?.message).toContain('not a version of this format');
  });
});

describe('parseProject on hostile input', () => {
  it('refuses a value nested thousands of levels deep with a ProjectFormatError, not a stack overflow', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 5_000; i++) deep = [deep];
    let thrown: unknown;
    try {
      parseProject({ format: deep, version: 1, workspace: { name: 'x' } });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ProjectFormatError);
    expect((thrown as ProjectFormatError).issues).toEqual([{ path: 'format', message: 'is a list; must be "callflow-studio/project"' }]);
  });

  it('quotes at most 80 characters of a huge string in a message', () => {
    try {
      parseProject({ format: 'callflow-studio/project', version: 1, workspace: { name: 'x', plan: 'p'.repeat(100_000) } });
      expect.unreachable();
    } catch (e) {
      const message = (e as ProjectFormatError).issues[0]!.message;
      expect(message.length).toBeLessThan(200);
      expect(message).toMatch(/^"p{80}…" is not allowed/);
    }
  });
});
