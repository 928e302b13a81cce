import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoProject, renderPanel } from './helpers';

describe('the simulator\'s tabs', { timeout: 20_000 }, () => {
  it('move with the arrow keys, Home and End, as the tabs pattern says: the tab reached is shown and focused', async () => {
    const { user } = await renderPanel();
    const call = await screen.findByRole('tab', { name: 'Call' });
    // Only the selected tab is in the Tab order.
    expect(screen.getAllByRole('tab').filter((t) => t.tabIndex === 0)).toEqual([call]);
    call.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Scenarios' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Scenarios' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('button', { name: 'Run all' })).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Outbound' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Call' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Outbound' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Call' })).toHaveAttribute('aria-selected', 'true');
  });
});

describe('the Scenarios tab', { timeout: 20_000 }, () => {
  it('says which results ran before a change, and makes a failure\'s new result the expectation on request', async () => {
    const { user, store } = await renderPanel({ initialTab: 'scenarios' });
    const first = store.getSnapshot().project!.scenarios.find((s) => s.scenario.numberId === 'hotline')!;
    // An expectation the flow no longer meets.
    act(() => store.saveScenario({ ...first, expect: { outcome: { kind: 'hangup' } } }));
    await user.click(await screen.findByRole('button', { name: 'Run all' }));
    expect(await screen.findByText('1 passed, 1 failed')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Accept the new result as expected: ${first.name}` }));
    expect(await screen.findByText('2 passed, 0 failed')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Run ${first.name}` })).toHaveFocus();
    const accepted = store.getSnapshot().project!.scenarios.find((s) => s.id === first.id)!;
    expect(accepted.expect.outcome).toEqual(first.expect.outcome);
    // The accepted run's call log is kept with it, to explain a later failure.
    expect(accepted.log?.[0]).toMatch(/^Call from /);

    // A change to the number: every result says it ran before it.
    act(() => store.updateNumber('hotline', (n) => ({ ...n, name: 'Hotline 2' })));
    expect(within(screen.getByRole('list', { name: 'Scenarios' })).getAllByText('before a change')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Run all' }));
    await waitFor(() => expect(screen.queryByText('before a change')).toBeNull());
  });

  it('keeps the call setup through a visit to another page', async () => {
    const { user, store, view } = await renderPanel();
    const number = await screen.findByLabelText("Caller's number");
    await user.clear(number);
    await user.type(number, '+84 90 111 2222');
    await user.click(screen.getByLabelText('Auto'));
    view.unmount();
    const again = (await renderPanel({ store })).view;
    // Shown grouped as the call log writes it (formatPhone), out of the field's focus.
    expect(await screen.findByLabelText("Caller's number")).toHaveValue('+84 901 112 222');
    expect(screen.getByLabelText('Auto')).toBeChecked();
    again.unmount();
  });

  it('keeps the results through a visit to another page, marked when the workspace changed meanwhile', async () => {
    const { user, store, view } = await renderPanel({ initialTab: 'scenarios' });
    await user.click(await screen.findByRole('button', { name: 'Run all' }));
    expect(await screen.findByText('2 passed, 0 failed')).toBeInTheDocument();
    view.unmount();
    act(() => store.updateWorkspace((w) => ({ ...w, employees: w.employees.map((e) => (e.id === 'u1' ? { ...e, status: 'on_break' as const } : e)) })));
    const again = (await renderPanel({ initialTab: 'scenarios', store })).view;
    expect(await screen.findByText('2 passed, 0 failed')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Scenarios' })).getAllByText('before a change')).toHaveLength(2);
    again.unmount();
  });

  it('shows what a scenario does and expects: caller, time, keys, answers and the outcome', async () => {
    const { user, store } = await renderPanel({ initialTab: 'scenarios' });
    const first = store.getSnapshot().project!.scenarios.find((s) => s.scenario.numberId === 'hotline')!;
    await user.click(await screen.findByText('What it does', { selector: `summary[aria-label="What it does: ${first.name}"]` }));
    const item = screen.getByText('What it does', { selector: `summary[aria-label="What it does: ${first.name}"]` }).closest('details')!;
    expect(within(item).getByText(/^From \+84/)).toBeVisible();
    expect(within(item).getByText(/^Expects: /)).toBeVisible();
  });

  it('runs every saved scenario of the number and reports pass or fail', async () => {
    const { user } = await renderPanel({ initialTab: 'scenarios' });
    await user.click(await screen.findByRole('button', { name: 'Run all' }));
    expect(await screen.findByText('2 passed, 0 failed')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Scenarios run' })).toHaveAttribute('value', '2');
  });

  it('deletes a scenario with an Undo that puts it back in its place, and keeps the keyboard in the list', async () => {
    const { user, store } = await renderPanel({ initialTab: 'scenarios' });
    const list = await screen.findByRole('list', { name: 'Scenarios' });
    const names = () => list.querySelectorAll(':scope > li').length;
    const order = () => within(list).getAllByRole('button', { name: /^Run / }).map((b) => b.getAttribute('aria-label'));
    const count = names();
    const before = order();
    const first = store.getSnapshot().project!.scenarios.find((s) => s.scenario.numberId === 'hotline')!;
    await user.click(within(list).getByRole('button', { name: `Delete ${first.name}` }));
    expect(names()).toBe(count - 1);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Run all' })).toHaveFocus());
    expect(screen.getByText(`Deleted scenario “${first.name}”.`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(names()).toBe(count);
    expect(store.getSnapshot().project!.scenarios.some((s) => s.id === first.id)).toBe(true);
    expect(order()).toEqual(before);
    expect(screen.getByRole('status')).toHaveTextContent(`Restored scenario “${first.name}”.`);
  });

  it('renames a scenario in place: Enter saves, Escape leaves the name as it was', async () => {
    const { user, store } = await renderPanel({ initialTab: 'scenarios' });
    const first = store.getSnapshot().project!.scenarios.find((s) => s.scenario.numberId === 'hotline')!;
    await user.click(await screen.findByRole('button', { name: `Rename ${first.name}` }));
    const field = screen.getByRole('textbox', { name: 'New name' });
    expect(field).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: `Rename ${first.name}` })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Rename ${first.name}` }));
    await user.clear(screen.getByRole('textbox', { name: 'New name' }));
    await user.type(screen.getByRole('textbox', { name: 'New name' }), 'Anna answers{Enter}');
    expect(store.getSnapshot().project!.scenarios.find((s) => s.id === first.id)?.name).toBe('Anna answers');
    expect(screen.getByRole('button', { name: 'Run Anna answers' })).toBeInTheDocument();
  });

  it('shows expected against actual outcome and path when a scenario fails', async () => {
    const project = demoProject();
    project.scenarios[0]!.expect = { outcome: { kind: 'voicemail', mailboxEmployeeId: 'u1' }, path: ['in', 'hours', 'greet', 'vm'] };
    const { user } = await renderPanel({ project, initialTab: 'scenarios' });
    const name = project.scenarios[0]!.name;
    await user.click(await screen.findByRole('button', { name: `Run ${name}` }));
    const diff = screen.getByLabelText(`Why ${name} failed`);
    expect(diff).toHaveTextContent('Voicemail for Anna Pham');
    expect(diff).toHaveTextContent('Office open? → After hours');
    expect(within(screen.getByRole('list', { name: 'Scenarios' })).getByText('Fail')).toBeInTheDocument();
  });

  it('says on a failure\'s actual outcome, in its text, that it ran before a change, until it is run again', async () => {
    const project = demoProject();
    project.scenarios[0]!.expect = { outcome: { kind: 'hangup' } };
    const { user, store } = await renderPanel({ project, initialTab: 'scenarios' });
    const name = project.scenarios[0]!.name;
    await user.click(await screen.findByRole('button', { name: `Run ${name}` }));
    const actual = () => within(screen.getByLabelText(`Why ${name} failed`)).getByText('Actual').nextElementSibling;
    const outcome = actual()!.firstChild!.textContent!;
    expect(actual()).not.toHaveTextContent('before a change');
    act(() => store.updateNumber('hotline', (n) => ({ ...n, name: 'Hotline 2' })));
    // Read with the outcome it qualifies, not only in the row's note after Delete.
    expect(actual()).toHaveTextContent(`${outcome} (before a change)`);
    await user.click(screen.getByRole('button', { name: `Run ${name}` }));
    expect(actual()).not.toHaveTextContent('before a change');
  });
});

describe('the Paths tab', { timeout: 20_000 }, () => {
  it('lists the ways a call can end and loads one into the call setup', async () => {
    const { user } = await renderPanel({ initialTab: 'paths' });
    await user.click(await screen.findByRole('button', { name: 'Explore paths' }));
    const paths = await screen.findByRole('list', { name: 'Paths' }, { timeout: 15_000 });
    expect(within(paths).getAllByText('Voicemail (general mailbox)').length).toBeGreaterThan(0);
    expect(within(paths).getAllByText(/Connected to/).length).toBeGreaterThan(0);
    // Times on the number's wall clock, as the call setup picks them.
    expect(within(paths).getAllByText(/^From .+ at \d{4}-\d\d-\d\d \d\d:\d\d \(Asia\/Ho_Chi_Minh\)$/).length).toBeGreaterThan(0);
    const count = within(paths).getAllByRole('listitem').length;
    // The button was off while exploring: the keyboard comes back to it.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Explore again' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Simulate this: path 1' }));
    expect(screen.getByRole('tab', { name: 'Call' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('button', { name: 'Start call' })).toBeEnabled();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Start call' })).toHaveFocus());
    expect(screen.getByRole('note')).toHaveTextContent('This call answers as the path says');
    // Back on Paths, the list is still there for the next one.
    await user.click(screen.getByRole('tab', { name: 'Paths' }));
    expect(within(screen.getByRole('list', { name: 'Paths' })).getAllByRole('listitem')).toHaveLength(count);
    expect(screen.getByRole('button', { name: 'Explore again' })).toBeEnabled();
  });

  it('"Simulate this" gives the path\'s outcome: a mobile answers as the path says, and an "evenly" queue starts from the turn it was explored with (Q3, N8)', async () => {
    const { user } = await renderPanel({ initialTab: 'paths' });
    await user.click(await screen.findByRole('button', { name: 'Explore paths' }));
    const list = await screen.findByRole('list', { name: 'Paths' }, { timeout: 15_000 });
    const items = [...list.querySelectorAll<HTMLElement>(':scope > li')];
    const headline = (li: HTMLElement) => li.querySelector('strong')?.textContent ?? '';
    const pick = (pattern: RegExp) => items.findIndex((li) => pattern.test(headline(li)));
    // A path answered on a mobile, then two Sales paths: each must end as listed, whatever the call before moved.
    const wanted = [pick(/mobile/), pick(/^Connected to/), pick(/^Voicemail for /)].filter((i) => i >= 0);
    expect(wanted.length).toBe(3);
    for (const i of wanted) {
      const expected = headline(items[i]!);
      const inputs = [...items[i]!.querySelectorAll('ul li')].map((li) => li.textContent ?? '');
      const keys = (inputs.find((l) => l.startsWith('Keys: '))?.slice(6) ?? '').split(', then ');
      await user.click(screen.getByRole('tab', { name: 'Paths' }));
      await user.click(screen.getByRole('button', { name: `Simulate this: path ${i + 1}` }));
      await user.click(screen.getByRole('button', { name: 'Start call' }));
      for (let step = 0; step < 60 && !screen.queryByRole('heading', { name: expected }); step++) {
        const nothing = screen.queryByRole('button', { name: 'Press nothing' });
        if (nothing) {
          const k = keys.shift();
          if (k && k !== 'nothing' && !k.startsWith('none')) {
            for (const d of k) await user.click(within(screen.getByRole('group', { name: 'Keypad' })).getByRole('button', { name: d }));
            await user.click(screen.getByRole('button', { name: 'Send' }));
          } else await user.click(nothing);
        } else if (screen.queryByRole('button', { name: 'Skip to next timer' })) await user.click(screen.getByRole('button', { name: 'Skip to next timer' }));
        else break;
      }
      expect(screen.getByRole('heading', { level: 3, name: /./ }).textContent).toBe(expected);
    }
  });

  it('shows which nodes the saved scenarios never reach', async () => {
    await renderPanel({ initialTab: 'paths' });
    const missed = await screen.findByRole('list', { name: 'Nodes never reached' });
    expect(within(missed).getByText('Support team')).toBeInTheDocument();
    expect(within(missed).queryByText('After hours')).not.toBeInTheDocument();
  });
});

describe('the Outbound tab', { timeout: 20_000 }, () => {
  it('shows the number a dialed prefix picks, and a refusal with its reason', async () => {
    const { user } = await renderPanel({ initialTab: 'outbound' });
    await user.type(await screen.findByLabelText('Dialed'), '*10*0901234567');
    expect(screen.getByRole('status')).toHaveTextContent(/Goes out on\s*Hotline/);
    expect(screen.getByRole('status')).toHaveTextContent('0901234567');
    await user.selectOptions(screen.getByLabelText('Employee'), 'u3');
    await user.clear(screen.getByLabelText('Dialed'));
    await user.type(screen.getByLabelText('Dialed'), '*20*0901234567');
    expect(screen.getByRole('status')).toHaveTextContent(/Refused \(not-allowed\)/);
  });
});
