import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPanel, skipUntil } from './helpers';

afterEach(() => vi.useRealTimers());

describe('the simulated clock and the keyboard', { timeout: 20_000 }, () => {
  it('runs ten simulated seconds per real second at 10×', async () => {
    const { user } = await renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    // Only the interval is faked: the store's IndexedDB keeps its real timers.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    await user.click(screen.getByRole('radio', { name: '10×' }));
    act(() => void vi.advanceTimersByTime(1_000));
    expect(screen.getByLabelText('Call time')).toHaveTextContent('00:10');
    await user.click(screen.getByRole('radio', { name: 'Pause' }));
    act(() => void vi.advanceTimersByTime(1_000));
    expect(screen.getByLabelText('Call time')).toHaveTextContent('00:10');
  });

  it('keeps real time at 10× while the caller may key, so that a key window lasts as long as it says', async () => {
    const { user } = await renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    // Past the greeting (whose keys may come early, and which 10× still hurries) to the wait for keys.
    await skipUntil(user, () => screen.queryByText(/waits for keys/) !== null);
    const before = screen.getByLabelText('Call time').textContent;
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    await user.click(screen.getByRole('radio', { name: '10×' }));
    expect(screen.getByText(/The clock runs at 1× while the caller may key/)).toBeInTheDocument();
    act(() => void vi.advanceTimersByTime(1_000));
    const seconds = (t: string | null) => { const [m, s] = (t ?? '').split(':').map(Number); return m! * 60 + s!; };
    expect(seconds(screen.getByLabelText('Call time').textContent) - seconds(before)).toBe(1);
  });

  it('keeps real time at 10× while a phone rings for the trainer\'s answer, so that Answer can be clicked in time', async () => {
    const { user } = await renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await skipUntil(user, () => screen.queryByRole('group', { name: 'Keypad' }) !== null);
    await user.keyboard('101');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await skipUntil(user, () => screen.queryByRole('button', { name: /^Answer \(Anna Pham/ }) !== null);
    const before = screen.getByLabelText('Call time').textContent;
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    await user.click(screen.getByRole('radio', { name: '10×' }));
    expect(screen.getByText(/The clock runs at 1× while the phone rings for your answer/)).toBeInTheDocument();
    act(() => void vi.advanceTimersByTime(2_000));
    const seconds = (t: string | null) => { const [m, s] = (t ?? '').split(':').map(Number); return m! * 60 + s!; };
    expect(seconds(screen.getByLabelText('Call time').textContent) - seconds(before)).toBe(2);
    expect(screen.getByRole('button', { name: /^Answer \(Anna Pham/ })).toBeInTheDocument();
  });

  it('takes digits typed on the keyboard while the panel has focus', async () => {
    const { user } = await renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await skipUntil(user, () => screen.queryByRole('group', { name: 'Keypad' }) !== null);
    await user.keyboard('101');
    expect(screen.getByLabelText('Keys pressed')).toHaveTextContent('101');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await skipUntil(user, () => screen.queryByRole('button', { name: /^Answer \(Anna Pham/ }) !== null);
    expect(screen.getByRole('button', { name: /^Answer \(Anna Pham/ })).toBeInTheDocument();
  });
});
