import { describe, expect, it } from 'vitest';
import { emptyHistory, HISTORY_LIMIT, record, redo, seal, undo } from '../../src/designer/history';

describe('history', () => {
  it('undoes and redoes in order, and a new edit clears what was undone', () => {
    let h = emptyHistory<string>();
    h = record(h, 'a');
    h = record(h, 'ab');
    const u1 = undo(h, 'abc')!;
    expect(u1.value).toBe('ab');
    const u2 = undo(u1.history, u1.value)!;
    expect(u2.value).toBe('a');
    expect(undo(u2.history, u2.value)).toBeNull();
    const r1 = redo(u2.history, u2.value)!;
    expect(r1.value).toBe('ab');
    const r2 = redo(r1.history, r1.value)!;
    expect(r2.value).toBe('abc');
    expect(redo(r2.history, r2.value)).toBeNull();
    const after = record(u1.history, 'ab');
    expect(redo(after, 'abx')).toBeNull();
  });

  it('merges consecutive edits with the same key into one step, until sealed', () => {
    let h = emptyHistory<string>();
    h = record(h, '', 'label');
    h = record(h, 'H', 'label');
    h = record(h, 'He', 'label');
    expect(h.past).toHaveLength(1);
    expect(undo(h, 'Hey')!.value).toBe('');
    h = seal(h);
    h = record(h, 'Hey', 'label');
    expect(h.past).toHaveLength(2);
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    let h = emptyHistory<number>();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h = record(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]?.value).toBe(5);
  });
});
