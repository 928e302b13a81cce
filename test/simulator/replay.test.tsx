import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { simulateCall } from '../../src/engine';
import { runScenario } from '../../src/simulator/scenarioRun';
import { renderPanel, skipUntil } from './helpers';

/** Starts a call on the hotline, keys nothing at the greeting, then `key` in the main menu. */
async function keyInMainMenu(user: Awaited<ReturnType<typeof renderPanel>>['user'], key: string) {
  await user.click(await screen.findByRole('button', { name: 'Start call' }));
  // "Press nothing" appears once the greeting has ended and the wait for keys begins.
  await skipUntil(user, () => screen.queryByRole('button', { name: 'Press nothing' }) !== null);
  await user.click(screen.getByRole('button', { name: 'Press nothing' }));
  await skipUntil(user, () => screen.queryByText(/^Main menu waits for keys/) !== null);
  await user.click(within(screen.getByRole('group', { name: 'Keypad' })).getByRole('button', { name: key }));
  await user.click(screen.getByRole('button', { name: 'Send' }));
}

describe('an interactive call saved as a scenario', { timeout: 30_000 }, () => {
  it('replays keys left unpressed and answers refused in the same order', async () => {
    const { user, store } = await renderPanel({ initialSetup: { caller: 'typed', typed: '+84 90 900 0000' } });
    await keyInMainMenu(user, '2');
    await user.click(await screen.findByRole('button', { name: /^No answer \(Dung Tran/ }));
    await skipUntil(user, () => screen.queryByRole('heading', { name: /Voicemail/ }) !== null);
    expect(screen.getByRole('heading', { name: 'Voicemail for Dung Tran' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save as scenario' }));
    await user.clear(screen.getByLabelText('Scenario name'));
    await user.type(screen.getByLabelText('Scenario name'), 'Support, nobody there');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const saved = store.listScenarios('hotline').find((s) => s.name === 'Support, nobody there')!;
    expect(saved.scenario.digits).toEqual([null, '2']);
    const replay = simulateCall(store.getSnapshot().project!, saved.scenario);
    expect(replay.outcome).toEqual({ kind: 'voicemail', mailboxEmployeeId: 'u4' });
    expect(replay.outcome).toEqual(saved.expect.outcome);
    expect(replay.path).toEqual(saved.expect.path);
  });

  it('keeps the replay\'s call log, and a later failure with the same path says where the call first went otherwise', async () => {
    const { user, store } = await renderPanel({ initialSetup: { caller: 'typed', typed: '+84 90 900 0000' } });
    await keyInMainMenu(user, '2');
    await user.click(await screen.findByRole('button', { name: /^No answer \(Dung Tran/ }));
    await skipUntil(user, () => screen.queryByRole('heading', { name: /Voicemail/ }) !== null);
    await user.click(screen.getByRole('button', { name: 'Save as scenario' }));
    await user.clear(screen.getByLabelText('Scenario name'));
    await user.type(screen.getByLabelText('Scenario name'), 'Support, nobody there{Enter}');
    const saved = store.listScenarios('hotline').find((s) => s.name === 'Support, nobody there')!;
    expect(saved.log).toContain('Ringing Dung Tran (104), ring 1 of 4');

    // Dung has gone home: the call takes the same nodes, but nobody is rung and the voicemail is nobody's.
    act(() => store.updateWorkspace((w) => ({ ...w, employees: w.employees.map((e) => (e.id === 'u4' ? { ...e, status: 'finished' as const } : e)) })));
    await user.click(screen.getByRole('tab', { name: 'Scenarios' }));
    await user.click(screen.getByRole('button', { name: 'Run Support, nobody there' }));
    const diff = within(await screen.findByLabelText('Why Support, nobody there failed'));
    expect(diff.getByText('First difference')).toBeInTheDocument();
    // The queue now skips Dung first, where the saved call skipped Em Vo and went on to ring Dung.
    const step = saved.log!.indexOf('Skipped Em Vo: has not started the day') + 1;
    expect(diff.getByText(`Step ${step}: expected “Skipped Em Vo: has not started the day”, now “Skipped Dung Tran: has finished the day”.`)).toBeInTheDocument();
  });

  it('replays a caller who hangs up while the greeting plays', async () => {
    const { user, store } = await renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await user.click(screen.getByRole('button', { name: 'Skip to next timer' }));
    await user.click(screen.getByRole('button', { name: 'Hang up' }));
    expect(screen.getByRole('heading', { name: 'The caller hung up before anyone answered' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save as scenario' }));
    await user.clear(screen.getByLabelText('Scenario name'));
    await user.type(screen.getByLabelText('Scenario name'), 'Gave up');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const saved = store.listScenarios('hotline').find((s) => s.name === 'Gave up')!;
    const replay = simulateCall(store.getSnapshot().project!, saved.scenario);
    expect(replay.outcome).toEqual({ kind: 'abandoned' });
    expect(replay.path).toEqual(saved.expect.path);
  });

  it('replays the call as it went after later calls moved the "evenly" queue cursor: from the counters it began with (Q3)', async () => {
    const { user, store } = await renderPanel({ initialSetup: { caller: 'typed', typed: '+84 90 900 0000' } });
    const queue = store.getSnapshot().project!.workspace.queues.find((q) => q.distribution === 'evenly')!;
    const before = store.getSnapshot().project!.workspace.usage;
    await keyInMainMenu(user, '1');
    await user.click(await screen.findByRole('button', { name: /^Answer \(/ }));
    await skipUntil(user, () => screen.queryByRole('heading', { name: /^Connected/ }) !== null);
    // The hotline asks for a rating (A3): the call is logged, and its counters kept, after that.
    await user.click(screen.getByRole('button', { name: 'Caller does not rate' }));

    await user.click(screen.getByRole('button', { name: 'Save as scenario' }));
    await user.clear(screen.getByLabelText('Scenario name'));
    await user.type(screen.getByLabelText('Scenario name'), 'Sales, first free{Enter}');
    // Saved with Enter: the keyboard is back on the button that opened the form.
    expect(screen.getByRole('button', { name: 'Save as scenario' })).toHaveFocus();
    const saved = store.listScenarios('hotline').find((s) => s.name === 'Sales, first free')!;
    expect(saved.usage).toEqual(before);

    // The call moved the cursor on: from today's counters the same call would ring the others first.
    const now = store.getSnapshot().project!;
    expect(now.workspace.usage.queueCursor[queue.id]).toBe((saved.expect.outcome as { employeeId: string }).employeeId);
    const firstRung = (events: { type: string; text: string }[]) => events.find((e) => e.type === 'ring.ringing')?.text;
    const answerer = now.workspace.employees.find((e) => e.id === now.workspace.usage.queueCursor[queue.id])!.name;
    expect(firstRung(simulateCall(now, saved.scenario).events)).not.toContain(answerer);
    // Run as saved, it rings first whoever the live call rang first, who answered at once.
    const verdict = runScenario(now, saved);
    expect(verdict.pass).toBe(true);
    expect(firstRung(verdict.result!.events)).toContain(answerer);

    await user.click(screen.getByRole('tab', { name: 'Scenarios' }));
    await user.click(screen.getByRole('button', { name: 'Run all' }));
    const item = within(screen.getByRole('list', { name: 'Scenarios' })).getByText('Sales, first free').closest('li')!;
    expect(await within(item).findByText('Pass')).toBeInTheDocument();
  });

  it('takes keys typed on the keyboard with focus on Hang up to Send, and Enter sends them rather than hanging up', async () => {
    const { user } = await renderPanel({ initialSetup: { caller: 'typed', typed: '+84 90 900 0000' } });
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await skipUntil(user, () => screen.queryByRole('group', { name: 'Keypad' }) !== null);
    screen.getByRole('button', { name: 'Hang up' }).focus();
    await user.keyboard('101');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Send' })).toHaveFocus());
    await user.keyboard('{Enter}');
    // The greeting takes keys ahead (N4): 101 rings Anna when it ends; the call is not hung up.
    expect(screen.queryByRole('heading', { name: /hung up/ })).toBeNull();
    await skipUntil(user, () => screen.queryByRole('button', { name: /^Answer \(Anna Pham/ }) !== null);
  });

  it('keeps the keyboard in the call when Send, Answer or Skip goes away with what it did', async () => {
    const { user } = await renderPanel({ initialSetup: { caller: 'typed', typed: '+84 90 900 0000' } });
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await skipUntil(user, () => screen.queryByRole('group', { name: 'Keypad' }) !== null);
    await user.keyboard('101');
    screen.getByRole('button', { name: 'Send' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Skip to next timer' })).toHaveFocus());
    await skipUntil(user, () => screen.queryByRole('button', { name: /^Answer \(Anna Pham/ }) !== null);
    screen.getByRole('button', { name: /^Answer \(Anna Pham/ }).focus();
    await user.keyboard('{Enter}');
    // Connected: the outcome takes the focus.
    await waitFor(() => expect(screen.getByRole('heading', { level: 3, name: /^Connected to Anna Pham/ })).toHaveFocus());
  });

  it('Enter on a focused Hang up hangs up, even with keys typed and not sent', async () => {
    const { user } = await renderPanel({ initialSetup: { caller: 'typed', typed: '+84 90 900 0000' } });
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await skipUntil(user, () => screen.queryByRole('group', { name: 'Keypad' }) !== null);
    await user.click(screen.getByRole('button', { name: '2' }));
    screen.getByRole('button', { name: 'Hang up' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: /hung up/i })).toBeInTheDocument();
  });

  it('a call left at the rating prompt is logged when the next one starts, which rings the next member of an "evenly" queue (Q3)', async () => {
    const { user, store } = await renderPanel({ initialSetup: { caller: 'typed', typed: '+84 90 900 0000' } });
    await keyInMainMenu(user, '1');
    const first = await screen.findByRole('button', { name: /^Answer \(/ });
    const firstName = first.getAttribute('aria-label');
    await user.click(first);
    await skipUntil(user, () => screen.queryByRole('heading', { name: /^Connected/ }) !== null);
    // No rating given: the next call starts at once.
    const calls = (await store.listCalls('hotline')).length;
    await keyInMainMenu(user, '1');
    expect((await store.listCalls('hotline')).length).toBe(calls + 1);
    const second = await screen.findByRole('button', { name: /^Answer \(/ });
    expect(second.getAttribute('aria-label')).not.toBe(firstName);
  });
});

