/** How a refused bundle is told: the true number of problems, and whole-file problems in plain sentences. */
import { describe, expect, it } from 'vitest';
import { parseProject, parseProjectText, ProjectFormatError } from '../../src/engine';
import { makeFlow, makeProject } from '../helpers/factories';

function refusal(run: () => unknown): ProjectFormatError {
  try {
    run();
  } catch (e) {
    if (e instanceof ProjectFormatError) return e;
    throw e;
  }
  throw new Error('expected a ProjectFormatError');
}

/** A valid bundle whose one flow has `count` nodes of an unknown type. */
function withUnknownNodes(count: number) {
  const bundle = JSON.parse(JSON.stringify(makeProject())) as { numbers: { flow: unknown }[] };
  bundle.numbers[0]!.flow = makeFlow(Array.from({ length: count }, (_, i) => ({ id: `x${i}`, type: 'teleport' })));
  return bundle;
}

describe('how many problems a refused bundle has', () => {
  it('lists all 299 unknown node types, not the first 200', () => {
    const e = refusal(() => parseProject(withUnknownNodes(299)));
    expect(e.issues).toHaveLength(299);
    expect(e.total).toBe(299);
    expect(e.issues[298]).toEqual({ path: 'numbers[0].flow.nodes[298].type', message: expect.stringMatching(/^unknown node type "teleport"/) });
  });

  it('past 1,000 problems lists the first 1,000 and counts the rest', () => {
    const e = refusal(() => parseProject(withUnknownNodes(1_500)));
    expect(e.issues).toHaveLength(1_000);
    expect(e.total).toBe(1_500);
    expect(e.message).toMatch(/^The project bundle has 1500 problems: /);
  });

  it('counts duplicate ids in the total beside the shape\'s problems', () => {
    const bundle = withUnknownNodes(3) as { numbers: { flow: { nodes: { id: string }[] } }[] };
    bundle.numbers[0]!.flow.nodes[2]!.id = 'x0';
    const e = refusal(() => parseProject(bundle));
    expect(e.total).toBe(4);
    expect(e.issues.at(-1)).toEqual({ path: 'numbers[0].flow.nodes[2].id', message: 'duplicate id "x0"' });
  });
});

describe('problems with the whole file', () => {
  it('text that is not JSON says so in a sentence, with the line and column where it goes wrong, not the parser\'s words', () => {
    const notJson = (text: string) => refusal(() => parseProjectText(text)).issues;
    expect(notJson('this is not json { ')).toEqual([{
      path: '(root)', code: 'not-json', message: 'This file is not a Callflow Studio bundle: it is not JSON (at line 1, column 1)',
    }]);
    expect(notJson('{\n  "format": "callflow-studio/project",\n  "version": 1,,\n}')[0]?.message).toMatch(/\(at line 3, column 16\)$/);
    expect(notJson('{ "format": ')[0]?.message).toMatch(/\(it ends too early, at line 1, column 13\)$/);
    expect(notJson('')[0]?.message).toMatch(/\(the file is empty\)$/);
    expect(notJson('[1, 2,]')[0]?.message).toMatch(/\(at line 1, column 7\)$/);
  });

  it('a value that is not an object is said with a subject, as it has no path to read it by', () => {
    expect(refusal(() => parseProject([1, 2])).issues).toEqual([{ path: '(root)', message: 'The bundle is a list; expected an object' }]);
  });

  it('a newer bundle says that the app is older than the file, not that the file should be fixed', () => {
    const e = refusal(() => parseProject({ format: 'callflow-studio/project', version: 7, workspace: { name: 'x' } }));
    expect(e.issues).toEqual([{ path: '(root)', code: 'version-newer', message: expect.stringContaining('version 7 of the format; this app reads versions up to 1, so the app is older than the file') }]);
  });
});
