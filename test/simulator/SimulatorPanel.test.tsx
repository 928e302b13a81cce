import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatPhone, simulateCall } from '../../src/engine';
import { NIGHT_AT, renderSimulator, skipUntil } from './helpers';

const LEAD_NAME = `Lead ${formatPhone('+84909000000')}`;
const keypadShown = () => screen.queryByRole('group', { name: 'Keypad' }) !== null;
const answerAnna = () => screen.queryByRole('button', { name: /^Answer \(Anna Pham/ });

async function dialAnnaAndAnswer(ctx: Awaited<ReturnType<typeof renderSimulator>>, whileRinging?: () => void, choice = 'Answer') {
  const { user } = ctx;
  await user.click(screen.getByRole('button', { name: 'Start call' }));
  await skipUntil(user, keypadShown);
  // The keypad is offered while the greeting still plays (type-ahead, N4).
  expect(screen.getByText('Welcome is playing: keys sent now are read when it ends')).toBeInTheDocument();
  const keypad = screen.getByRole('group', { name: 'Keypad' });
  for (const k of ['1', '0', '1']) await user.click(within(keypad).getByRole('button', { name: k }));
  await user.click(screen.getByRole('button', { name: 'Send' }));
  // Keyed during the greeting: read when it ends, then Anna rings.
  await skipUntil(user, () => answerAnna() !== null);
  whileRinging?.();
  await user.click(screen.getByRole('button', { name: new RegExp(`^${choice} \\(Anna Pham`) }));
}

// Each test mounts the whole designer (React Flow included) beside the simulator.
describe('the call simulator', { timeout: 30_000 }, () => {
  it('connects a caller who dials 101 during the greeting to Anna when she answers', async () => {
    const ctx = await renderSimulator();
    await dialAnnaAndAnswer(ctx, () => {
      // The canvas shows who is being rung on the ringing node.
      expect(screen.getByText('Anna Pham (101) — ring 1 of 4')).toBeInTheDocument();
    });
    expect(screen.getByRole('heading', { name: 'Connected to Anna Pham' })).toBeInTheDocument();
    // A log region, so that a screen reader hears each event; a node's entry names it once.
    const timeline = within(screen.getByRole('log', { name: 'Call log' })).getByRole('list', { name: 'Timeline' });
    const entered = within(timeline).getAllByRole('listitem').filter((li) => li.dataset.type === 'node.entered');
    expect(entered.map((li) => li.textContent?.slice(5))).toEqual(['Inbound call', 'Office open?', 'Welcome']);
    expect(within(timeline).getByText(/Caller keyed 101/)).toBeInTheDocument();
  });

  it('drops a finished call\'s marks from the canvas once the flow is edited: the route may no longer exist', async () => {
    const ctx = await renderSimulator();
    await dialAnnaAndAnswer(ctx);
    await waitFor(() => expect(document.querySelectorAll('.cf-edge--travelled').length).toBeGreaterThan(0));
    act(() => ctx.store.updateNumber('hotline', (n) => ({ ...n, flow: { ...n.flow, nodes: n.flow.nodes.map((x) => (x.type === 'voicemail' ? { ...x, data: { ...x.data, label: 'Mailbox' } } : x)) } })));
    await waitFor(() => expect(document.querySelectorAll('.cf-edge--travelled')).toHaveLength(0));
  });

  it('offers what the call did as the scenario\'s name, and Escape cancels the form', async () => {
    const ctx = await renderSimulator();
    await dialAnnaAndAnswer(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Save as scenario' }));
    const field = screen.getByLabelText('Scenario name');
    expect(field).toHaveValue(screen.getByRole('heading', { level: 3 }).textContent);
    expect(field).toHaveFocus();
    await ctx.user.keyboard('{Escape}');
    expect(screen.queryByLabelText('Scenario name')).toBeNull();
    expect(screen.getByRole('button', { name: 'Save as scenario' })).toHaveFocus();
  });

  it('B5 an interactive call takes as long as its saved scenario\'s replay: an answer connects after the first ring, no answer lets every ring run out', async () => {
    const durationShown = () => Number(/Duration (\d+) s/.exec(within(screen.getByRole('list', { name: 'Call details' })).getByText(/^Duration/).textContent ?? '')?.[1]);
    const saveAndReplay = async (ctx: Awaited<ReturnType<typeof renderSimulator>>, name: string) => {
      await ctx.user.click(screen.getByRole('button', { name: 'Save as scenario' }));
      await ctx.user.clear(screen.getByLabelText('Scenario name'));
      await ctx.user.type(screen.getByLabelText('Scenario name'), name);
      await ctx.user.click(screen.getByRole('button', { name: 'Save' }));
      const saved = ctx.store.listScenarios('hotline').find((s) => s.name === name)!;
      return simulateCall(ctx.store.getSnapshot().project!, saved.scenario);
    };

    // Answered the moment Anna's phone rings: connected 5 s later, as a replay connects.
    const answered = await renderSimulator();
    await dialAnnaAndAnswer(answered);
    await answered.user.click(screen.getByRole('button', { name: 'Rate 4' }));
    const shown = durationShown();
    expect(Math.round((await saveAndReplay(answered, 'Answered')).durationSeconds)).toBe(shown);
    answered.view.unmount();

    // "No answer" at once: her four rings (20 s) still run out before the call goes on.
    const unanswered = await renderSimulator();
    await dialAnnaAndAnswer(unanswered, undefined, 'No answer');
    await skipUntil(unanswered.user, () => screen.queryByRole('list', { name: 'Call details' }) !== null);
    const replay = await saveAndReplay(unanswered, 'Not answered');
    expect(durationShown()).toBe(Math.round(replay.durationSeconds));
    expect(durationShown()).toBeGreaterThanOrEqual(shown + 15);
  });

  it('sends a call at night to the after-hours voicemail', async () => {
    const { user } = await renderSimulator({ initialSetup: { at: NIGHT_AT } });
    expect(screen.getByLabelText(/^Date and time/)).toHaveAccessibleDescription(/^Closed; opens tomorrow at 08:30/);
    await user.click(screen.getByRole('button', { name: 'Start call' }));
    await skipUntil(user, () => screen.queryByRole('heading', { name: /Voicemail/ }) !== null);
    expect(screen.getByRole('heading', { name: 'Voicemail (general mailbox)' })).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Call details' })).getByText(/^Callbacks \(Asia\/Ho_Chi_Minh time\): #1 at \d\d:\d\d:\d\d/)).toBeInTheDocument();
  });

  it('asks for the rating, logs the call, counts the recording, and adds the caller as a lead when asked', async () => {
    const ctx = await renderSimulator();
    const before = ctx.store.getSnapshot().project!.workspace.usage.recordings.count;
    await dialAnnaAndAnswer(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Rate 5' }));
    expect(screen.getByText('Rating: 5 of 5')).toBeInTheDocument();
    const ws = ctx.store.getSnapshot().project!.workspace;
    expect(ws.usage.recordings.count).toBe(before + 1);
    // A2: the lead is reported, but the CRM changes only on request.
    expect(screen.getByText('Lead created (source CALL)')).toBeInTheDocument();
    expect(ws.crm.records.find((r) => r.name === LEAD_NAME)).toBeUndefined();
    await ctx.user.click(screen.getByRole('button', { name: 'Add the lead to the CRM' }));
    const lead = ctx.store.getSnapshot().project!.workspace.crm.records.find((r) => r.name === LEAD_NAME);
    expect(lead).toMatchObject({ kind: 'lead', phones: ['+84909000000'], responsibleId: 'u1' });
    expect(screen.getByText(`${LEAD_NAME} is in the CRM now, Anna Pham responsible.`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add the lead to the CRM' })).not.toBeInTheDocument();
    const calls = await ctx.store.listCalls('hotline');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.result.outcome).toEqual({ kind: 'connected', employeeId: 'u1' });
  });

  it('changes the lead’s responsible person when the call is transferred', async () => {
    const ctx = await renderSimulator();
    await dialAnnaAndAnswer(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Caller does not rate' }));
    const offered = () => within(screen.getByLabelText('Transfer to…')).getAllByRole('option').map((o) => o.getAttribute('value'));
    // Not to Anna, who is on the call.
    expect(offered()).not.toContain('u1');
    await ctx.user.selectOptions(screen.getByLabelText('Transfer to…'), 'u2');
    await ctx.user.click(screen.getByRole('button', { name: 'Transfer' }));
    expect(screen.getByText('If you add the caller\'s lead to the CRM, Binh Nguyen will be responsible.')).toBeInTheDocument();
    await ctx.user.click(screen.getByRole('button', { name: 'Add the lead to the CRM' }));
    const lead = ctx.store.getSnapshot().project!.workspace.crm.records.find((r) => r.name === LEAD_NAME);
    expect(lead?.responsibleId).toBe('u2');
    // Once in the CRM, a further transfer reassigns it there.
    expect(offered()).toEqual(expect.arrayContaining(['u1']));
    expect(offered()).not.toContain('u2');
    await ctx.user.selectOptions(screen.getByLabelText('Transfer to…'), 'u1');
    await ctx.user.click(screen.getByRole('button', { name: 'Transfer' }));
    // A rehearsal leaves the CRM as it is until the trainer applies the change.
    expect(screen.getByText(/Anna Pham would become responsible for/)).toBeInTheDocument();
    const responsible = () => ctx.store.getSnapshot().project!.workspace.crm.records.find((r) => r.name === LEAD_NAME)?.responsibleId;
    expect(responsible()).toBe('u2');
    await ctx.user.click(screen.getByRole('button', { name: /^Make Anna Pham responsible for .* in the CRM$/ }));
    expect(screen.getByText(/is now Anna Pham's in the CRM/)).toBeInTheDocument();
    expect(responsible()).toBe('u1');
    // The outcome and the timeline say the call moved on.
    expect(screen.getByRole('heading', { name: 'Connected to Anna Pham, transferred to Anna Pham' })).toBeInTheDocument();
    const timeline = within(screen.getByRole('list', { name: 'Timeline' }));
    expect(timeline.getAllByText(/^Transferred to /).map((e) => e.textContent)).toEqual(['Transferred to Binh Nguyen', 'Transferred to Anna Pham']);
  });

  it('"Simulate this" on a path clears the finished call, whose outcome and timeline belonged to the old setup', async () => {
    const ctx = await renderSimulator();
    await dialAnnaAndAnswer(ctx);
    expect(screen.getByRole('list', { name: 'Timeline' })).toBeInTheDocument();
    await ctx.user.click(screen.getByRole('tab', { name: 'Paths' }));
    await ctx.user.click(await screen.findByRole('button', { name: 'Explore paths' }));
    await ctx.user.click(await screen.findByRole('button', { name: 'Simulate this: path 1' }, { timeout: 15_000 }));
    expect(screen.getByRole('button', { name: 'Start call' })).toBeEnabled();
    expect(screen.queryByRole('list', { name: 'Timeline' })).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Call details' })).not.toBeInTheDocument();
  });

  it('a scenario saved from a call that created a lead passes when all scenarios run again', async () => {
    const ctx = await renderSimulator();
    const { user } = ctx;
    // A stranger asks for their account manager (menu key 3): unknown to the CRM, the call goes to Sales (N6).
    await user.click(screen.getByRole('button', { name: 'Start call' }));
    await skipUntil(user, () => screen.queryByText(/^Welcome waits for keys/) !== null);
    await user.click(screen.getByRole('button', { name: 'Press nothing' }));
    await skipUntil(user, () => screen.queryByText(/^Main menu (waits for keys|is playing)/) !== null);
    await user.click(within(screen.getByRole('group', { name: 'Keypad' })).getByRole('button', { name: '3' }));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await skipUntil(user, () => answerAnna() !== null);
    await user.click(answerAnna()!);
    expect(within(screen.getByRole('list', { name: 'Timeline' })).getAllByText(/Account manager/).length).toBeGreaterThan(0);
    await ctx.user.click(screen.getByRole('button', { name: 'Caller does not rate' }));
    expect(screen.getByText('Lead created (source CALL)')).toBeInTheDocument();
    await ctx.user.click(screen.getByRole('button', { name: 'Save as scenario' }));
    await ctx.user.clear(screen.getByLabelText('Scenario name'));
    await ctx.user.type(screen.getByLabelText('Scenario name'), 'Stranger dials 101');
    await ctx.user.click(screen.getByRole('button', { name: 'Save' }));
    await ctx.user.click(screen.getByRole('tab', { name: 'Scenarios' }));
    await ctx.user.click(screen.getByRole('button', { name: 'Run all' }));
    const list = screen.getByRole('list', { name: 'Scenarios' });
    const item = within(list).getByText('Stranger dials 101').closest('li')!;
    expect(await within(item).findByText('Pass')).toBeInTheDocument();
    expect(screen.queryByRole('definition', { name: /Why Stranger dials 101 failed/ })).not.toBeInTheDocument();
  });

  it('saves an interactive call as a scenario that simulateCall replays to the same outcome and path', async () => {
    const ctx = await renderSimulator();
    await dialAnnaAndAnswer(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Rate 4' }));
    await ctx.user.click(screen.getByRole('button', { name: 'Save as scenario' }));
    await ctx.user.clear(screen.getByLabelText('Scenario name'));
    await ctx.user.type(screen.getByLabelText('Scenario name'), 'Anna via 101');
    await ctx.user.click(screen.getByRole('button', { name: 'Save' }));
    const saved = ctx.store.listScenarios('hotline').find((s) => s.name === 'Anna via 101')!;
    expect(saved.expect.outcome).toEqual({ kind: 'connected', employeeId: 'u1' });
    expect(saved.scenario).toMatchObject({ digits: ['101'], answers: { u1: 'answer' }, rating: 4 });
    const replay = simulateCall(ctx.store.getSnapshot().project!, saved.scenario);
    expect(replay.outcome).toEqual(saved.expect.outcome);
    expect(replay.path).toEqual(saved.expect.path);
    expect(replay.rating).toBe(4);
  });

  it('refuses to simulate a flow no call can enter, and says why', async () => {
    const { demoProject } = await import('./helpers');
    const project = demoProject();
    const hotline = project.numbers.find((n) => n.id === 'hotline')!;
    hotline.flow.nodes = hotline.flow.nodes.filter((n) => n.type !== 'incoming');
    await renderSimulator({ project });
    expect(screen.getByRole('button', { name: 'Start call' })).toBeDisabled();
    expect(screen.getByRole('alert')).toHaveTextContent(/No call can enter this flow, so it cannot be simulated/);
  });

  it('runs a flow whose plan lacks a feature, listing the errors beside it (the simulator runs whatever it is given)', async () => {
    const { demoProject } = await import('./helpers');
    const project = demoProject();
    project.workspace.plan = 'free';
    const ctx = await renderSimulator({ project });
    expect(screen.getByText(/^This flow has \d+ errors?; calls run on it as it is\.$/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await ctx.user.click(screen.getByRole('button', { name: 'Start call' }));
    expect(await screen.findByRole('button', { name: 'Hang up' })).toBeInTheDocument();
  });

  it('ends a live call when the flow is edited', async () => {
    const ctx = await renderSimulator();
    await ctx.user.click(screen.getByRole('button', { name: 'Start call' }));
    ctx.store.updateNumber('hotline', (n) => ({ ...n, flow: { ...n.flow, nodes: n.flow.nodes.map((x) => (x.id === 'greet' ? { ...x, position: { x: 5, y: 5 } } : x)) } }));
    expect(await screen.findByText('The flow changed, so the call was ended.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start call' })).toBeEnabled();
  });
});
