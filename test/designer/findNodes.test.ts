import { describe, expect, it } from 'vitest';
import { findNodes } from '../../src/designer/findNodes';
import { makeFlow, makeProject } from '../helpers/factories';

// Prompts of their own: the default one ("Press 1 for sales, 2 for support") would match searches for sales and support.
const prompt = (text: string) => ({ kind: 'tts', text, seconds: 5 });
const project = makeProject({
  flow: makeFlow([
    { id: 'in', type: 'incoming' },
    { id: 'menu', type: 'ivr', data: { label: 'Main menu', prompt: prompt('Welcome') } },
    { id: 'sub', type: 'ivr', data: { label: 'Support menu', prompt: prompt('Press 1 to talk to us') } },
    { id: 'desk', type: 'queue', data: { label: 'Sales desk', queueId: 'sales' } },
    { id: 'b', type: 'employee', data: { employeeId: 'binh' } },
    { id: 'vm', type: 'voicemail' },
  ]),
});
const flow = project.numbers[0]!.flow;
const find = (q: string, limit?: number) => findNodes(flow, project.workspace, q, limit);
const names = (q: string) => find(q).found.map((n) => n.name);

describe('findNodes', () => {
  it('finds nodes by label, best first: a label that starts with the words, then one that contains them', () => {
    expect(names('menu')).toEqual(['Main menu', 'Support menu']);
    expect(names('sup')).toEqual(['Support menu']);
    expect(names('MAIN')).toEqual(['Main menu']);
  });

  it('finds an unlabelled node by its kind, and any node by its id', () => {
    expect(find('voicemail').found).toEqual([{ id: 'vm', name: 'Voicemail (vm)', kind: 'Voicemail', detail: null }]);
    expect(names('desk')).toEqual(['Sales desk']);
    expect(find('sub').found.map((n) => n.id)).toEqual(['sub']);
  });

  it('finds a node by what its card says, with the workspace names, and shows that line', () => {
    const binh = find('binh').found.find((n) => n.id === 'b');
    expect(binh).toMatchObject({ id: 'b', name: 'Employee (b)' });
    expect(binh!.detail).toMatch(/Binh/);
    expect(find('Sales').found.map((n) => n.id)).toEqual(['desk']);
    // A queue group is found by who it rings.
    expect(find('anna').found.map((n) => n.id)).toContain('desk');
  });

  it('needs every word, in any order', () => {
    expect(names('menu main')).toEqual(['Main menu']);
    expect(names('menu sales')).toEqual([]);
  });

  it('finds nothing for an empty query, and lists at most `limit` while counting them all', () => {
    expect(find('   ')).toEqual({ found: [], total: 0 });
    const all = find('e', 2);
    expect(all.found).toHaveLength(2);
    expect(all.total).toBeGreaterThan(2);
  });
});
