import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatPhone } from '../../src/engine';
import { renderPanel, skipUntil } from './helpers';

const keypad = () => screen.queryByRole('group', { name: 'Keypad' }) !== null;

describe('the call setup', { timeout: 20_000 }, () => {
  it('picks a CRM record as the caller and shows its kind and responsible person', async () => {
    const { user } = await renderPanel();
    await user.click(await screen.findByRole('radio', { name: 'A CRM record' }));
    await user.selectOptions(screen.getByLabelText('CRM record'), 'Tran Van Hai');
    expect(screen.getByText(/contact · responsible: Binh Nguyen/)).toBeInTheDocument();
    expect(screen.getByLabelText('Phone')).toHaveDisplayValue(formatPhone('+84912000002'));
  });

  it('keeps a time as it is typed, digit by digit, until it is a whole one: the year 2 of 2027 is not 1902', async () => {
    await renderPanel();
    const when = await screen.findByLabelText(/^Date and time/);
    const before = (when as HTMLInputElement).value;
    when.focus();
    fireEvent.change(when, { target: { value: `0002${before.slice(4)}` } });
    expect(when).toHaveValue(`0002${before.slice(4)}`);
    fireEvent.change(when, { target: { value: `2027${before.slice(4)}` } });
    fireEvent.blur(when);
    expect(when).toHaveValue(`2027${before.slice(4)}`);
  });

  it('says why a typed number is not E.164 and will not start', async () => {
    const { user } = await renderPanel();
    const input = await screen.findByLabelText("Caller's number");
    await user.clear(input);
    await user.type(input, '0909 000 000');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Start with \+ and the country code/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start call' })).toBeDisabled();
  });

  it("shows the caller's number grouped as the call log writes it, and as typed while it is being typed", async () => {
    const { user } = await renderPanel({ initialSetup: { typed: '+84 90 900 0000' } });
    const input = await screen.findByRole('textbox', { name: "Caller's number" });
    expect(input).toHaveValue('+84 909 000 000');
    // Typing is never regrouped under the cursor; leaving the field groups it, and coming back keeps it so.
    await user.clear(input);
    await user.type(input, '0084 90 111 2222');
    expect(input).toHaveValue('0084 90 111 2222');
    await user.tab();
    expect(input).toHaveValue('+84 901 112 222');
    await user.click(input);
    expect(input).toHaveValue('+84 901 112 222');
    await user.click(screen.getByRole('button', { name: 'Start call' }));
    const log = screen.getByRole('list', { name: 'Timeline' });
    expect(within(log).getByText('Call from +84 901 112 222')).toBeInTheDocument();
  });

  it('offers the SIP To: extension only on SIP PBX numbers, and rings who it names', async () => {
    const { user } = await renderPanel({ numberId: 'office' });
    await user.type(await screen.findByLabelText('SIP To: extension'), '102');
    await user.click(screen.getByRole('button', { name: 'Start call' }));
    expect(await screen.findByRole('button', { name: /^Answer \(Binh Nguyen/ })).toBeInTheDocument();
  });

  it('has no SIP To: field on a rented number', async () => {
    await renderPanel();
    await screen.findByRole('button', { name: 'Start call' });
    expect(screen.queryByLabelText('SIP To: extension')).not.toBeInTheDocument();
  });

  it('sends a call to the backup number when the service is unavailable', async () => {
    const { user } = await renderPanel();
    await user.click(await screen.findByRole('checkbox', { name: /Service unavailable/ }));
    await user.click(screen.getByRole('button', { name: 'Start call' }));
    expect(await screen.findByRole('heading', { name: /Sent to the backup number \+84 28 7300 9999/ })).toBeInTheDocument();
  });

  it('answers by the presets in Auto mode', async () => {
    const { user } = await renderPanel();
    await user.click(await screen.findByRole('checkbox', { name: /^Auto/ }));
    await user.click(screen.getByRole('button', { name: 'Start call' }));
    await skipUntil(user, keypad);
    for (const k of '101') await user.click(within(screen.getByRole('group', { name: 'Keypad' })).getByRole('button', { name: k }));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await skipUntil(user, () => screen.queryByRole('heading', { name: 'Connected to Anna Pham' }) !== null);
    expect(screen.getByRole('heading', { name: 'Connected to Anna Pham' })).toBeInTheDocument();
  });

  it('logs a call left at the rating prompt, unrated, when the next call starts', async () => {
    const { user, store } = await renderPanel();
    await user.click(await screen.findByRole('checkbox', { name: /^Auto/ }));
    await user.click(screen.getByRole('button', { name: 'Start call' }));
    await skipUntil(user, keypad);
    for (const k of '101') await user.click(within(screen.getByRole('group', { name: 'Keypad' })).getByRole('button', { name: k }));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await skipUntil(user, () => screen.queryByRole('button', { name: 'Rate 1' }) !== null);
    expect(await store.listCalls('hotline')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Start call' }));
    const calls = await store.listCalls('hotline');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.result.rating).toBeNull();
  });
});
