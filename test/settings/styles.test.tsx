import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withStylesheets } from '../helpers/css';
import { NumberSettingsScreen } from '../../src/settings/NumberSettingsScreen';
import { makeProject } from '../helpers/factories';
import { renderWithStore } from './helpers';

withStylesheets(['src/settings/settings.css']);

// app.css's information banner text colour (#17357f); jsdom resolves no var(), so the colour is what can be compared.
const INFO_TEXT = 'rgb(23, 53, 127)';

describe('settings styles', () => {
  it('leaves other screens alone: a fieldset and legend outside the settings pages keep their own style', () => {
    render(
      <form aria-label="Call setup">
        <fieldset><legend>Caller</legend><input aria-label="From" /></fieldset>
      </form>,
    );
    const group = screen.getByRole('group', { name: 'Caller' });
    const legend = within(group).getByText('Caller');
    expect(getComputedStyle(legend).fontWeight).not.toBe('600');
  });

  it('still styles the settings page itself', async () => {
    await renderWithStore(<NumberSettingsScreen numberId="n1" />, makeProject({ number: { settings: { hours: { enabled: true } } } }));
    const holidays = screen.getByRole('group', { name: 'Holidays' });
    expect(getComputedStyle(within(holidays).getByText('Holidays')).fontWeight).toBe('600');
  });

  it('lines Add holiday up with the Holiday date field, not with the hint under it', async () => {
    await renderWithStore(<NumberSettingsScreen numberId="n1" />, makeProject({ number: { settings: { hours: { enabled: true } } } }));
    const holidays = screen.getByRole('group', { name: 'Holidays' });
    const date = within(holidays).getByRole('textbox', { name: 'Holiday date' });
    const add = within(holidays).getByRole('button', { name: 'Add holiday' });
    // jsdom lays nothing out: the button's flex row is what aligns it, so that row must hold the input and not the hint.
    const row = add.parentElement!;
    expect(getComputedStyle(row).display).toBe('flex');
    expect(row).toContainElement(date);
    expect(date).toHaveAccessibleDescription(/^Day and month, such as 30\.04/);
    expect(row).not.toContainElement(within(holidays).getByText(/^Day and month, such as 30\.04/));
  });

  it('shows "closed" and "hours are off" as information, not as an error or a success', async () => {
    // Friday 18:00 in Ho Chi Minh City: closed, a normal state.
    const closed = await renderWithStore(<NumberSettingsScreen numberId="n1" />, makeProject({ number: { settings: { hours: { enabled: true } } } }), { now: '2026-11-27T11:00:00Z' });
    const status = () => within(screen.getByRole('region', { name: 'Working hours' })).getByRole('status');
    expect(status()).toHaveTextContent(/^Closed now/);
    expect(getComputedStyle(status()).color).toBe(INFO_TEXT);
    closed.view.unmount();
    await renderWithStore(<NumberSettingsScreen numberId="n1" />, makeProject());
    expect(status()).toHaveTextContent(/^Working hours are off/);
    expect(getComputedStyle(status()).color).toBe(INFO_TEXT);
  });
});
