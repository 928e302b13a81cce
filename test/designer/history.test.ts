import { describe, expect, it } from 'vitest';
import { emptyHistory, HISTORY_LIMIT, record, redo, seal, undo } from '../../src/designer/history';

const step = (before: string, after: string) => ({ before, after });

describe('history', () => {
  it('undoes and redoes in order, and a new edit clears what was undone', () => {
    let h = emptyHistory<string>();
    h = record(h, step('a', 'ab'));
    h = record(h, step('ab', 'abc'));
    const u1 = undo(h)!;
    expect(u1.step).toEqual(step('ab', 'abc'));
    const u2 = undo(u1.history)!;
    expect(u2.step).toEqual(step('a', 'ab'));
    expect(undo(u2.history)).toBeNull();
    const r1 = redo(u2.history)!;
    expect(r1.step).toEqual(step('a', 'ab'));
    const r2 = redo(r1.history)!;
    expect(r2.step).toEqual(step('ab', 'abc'));
    expect(redo(r2.history)).toBeNull();
    const after = record(u1.history, step('ab', 'abx'));
    expect(redo(after)).toBeNull();
  });

  it('merges consecutive edits with the same key into one step, from the first before to the last after, until sealed', () => {
    let h = emptyHistory<string>();
    h = record(h, step('', 'H'), 'label');
    h = record(h, step('H', 'He'), 'label');
    h = record(h, step('He', 'Hey'), 'label');
    expect(h.past).toHaveLength(1);
    expect(undo(h)!.step).toEqual(step('', 'Hey'));
    h = seal(h);
    h = record(h, step('Hey', 'Hey!'), 'label');
    expect(h.past).toHaveLength(2);
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    let h = emptyHistory<number>();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h = record(h, { before: i, after: i + 1 });
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]?.before).toBe(5);
  });
});
