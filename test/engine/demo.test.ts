import { describe, expect, it } from 'vitest';
import demo from '../fixtures/demo.json';
import { parseProject } from '../../src/engine';

describe('demo workspace fixture', () => {
  it('parses as a format 1 bundle with three numbers of different kinds', () => {
    const project = parseProject(demo);
    expect(project.workspace.plan).toBe('standard');
    expect(project.workspace.worktimeEnabled).toBe(true);
    expect(project.workspace.employees).toHaveLength(6);
    expect(new Set(project.workspace.employees.map((e) => e.status)).size).toBeGreaterThan(2);
    expect(project.workspace.queues).toHaveLength(2);
    expect(project.workspace.crm.records).toHaveLength(12);
    expect(project.workspace.crm.exceptions).toHaveLength(1);
    expect(project.numbers.map((n) => n.kind)).toEqual(['rented', 'sip_office', 'app']);
    expect(project.numbers[1]?.flow.nodes.some((n) => n.type === 'sipTo')).toBe(true);
  });

  it('gives the hotline the full flow: hours, greeting with extensions, voice menu, queues, CRM owner, voicemail', () => {
    const hotline = parseProject(demo).numbers[0]!;
    const types = new Set(hotline.flow.nodes.map((n) => n.type));
    for (const t of ['incoming', 'hours', 'play', 'ivr', 'queue', 'crmOwner', 'voicemail']) expect(types).toContain(t);
    const greet = hotline.flow.nodes.find((n) => n.type === 'play');
    expect(greet?.type === 'play' && greet.data.allowExtensions).toBe(true);
  });
});
