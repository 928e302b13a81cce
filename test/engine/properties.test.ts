import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFlow, MAX_NODE_ENTRIES, Outcome, simulateCall } from '../../src/engine';
import type { CallScenario, Project } from '../../src/engine';
import { arbitraryProject, arbitraryScenario, generatedProject } from '../helpers/generateFlow';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

// Random flows loop a lot, and a loop runs to 1,000 node entries: keep the run counts modest.
const RUNS = { numRuns: 60, seed: 20261126 };

describe('properties of the engine', () => {
  it('every generated flow compiles', () => {
    fc.assert(fc.property(arbitraryProject, (project: Project) => {
      expect(compileFlow(project, 'n1').root.states).toBeDefined();
    }), RUNS);
  });

  it('every simulated call ends with an outcome within 1,000 node entries', () => {
    fc.assert(fc.property(arbitraryProject, arbitraryScenario, (project: Project, scenario) => {
      const r = simulateCall(project, scenario as CallScenario);
      expect(Outcome.safeParse(r.outcome).success).toBe(true);
      expect(r.path.length).toBeLessThanOrEqual(MAX_NODE_ENTRIES);
      expect(r.durationSeconds).toBeGreaterThanOrEqual(0);
      if (r.outcome.kind !== 'voicemail' && r.outcome.kind !== 'hangup') expect(r.durationSeconds).toBeLessThanOrEqual(scenario.patienceSeconds);
      expect(r.events.at(-1)?.type).toBe('call.ended');
    }), RUNS);
  });

  it('simulateCall is deterministic and leaves its input untouched', () => {
    fc.assert(fc.property(arbitraryProject, arbitraryScenario, (project: Project, scenario) => {
      const before = JSON.stringify([project, scenario]);
      deepFreeze(project);
      deepFreeze(scenario);
      const first = simulateCall(project, scenario as CallScenario);
      expect(simulateCall(project, scenario as CallScenario)).toEqual(first);
      expect(JSON.stringify([project, scenario])).toBe(before);
    }), RUNS);
  });

  it('generateFlow(n, seed) builds the same n-node flow every time, and it runs', () => {
    const a = generatedProject(200, 3);
    expect(a.numbers[0]?.flow.nodes).toHaveLength(200);
    expect(generatedProject(200, 3)).toEqual(a);
    expect(generatedProject(200, 4)).not.toEqual(a);
    const r = simulateCall(a, { numberId: 'n1', from: '+84909000000', at: '2026-11-26T03:00:00Z', digits: ['1', '1', '1'] });
    expect(r.path.length).toBeGreaterThan(2);
  });
});
