import { describe, expect, it } from 'vitest';
import demo from '../fixtures/demo.json';
import { parseProject, validateNumber } from '../../src/engine';

describe('demo workspace fixture', () => {
  const project = parseProject(demo);
  it.each(project.numbers.map((n) => [n.name, n.id] as const))('%s validates with no errors and no warnings', (_name, id) => {
    expect(validateNumber(project, id)).toEqual([]);
  });
});
