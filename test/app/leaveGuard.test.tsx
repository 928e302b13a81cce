/**
 * Text a field could not save is never dropped without a word: leaving the page by a link asks
 * first, lists what would be lost, and "Stay and fix it" goes back to the field.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppRoutes } from '../../src/app/App';
import { StoreProvider } from '../../src/store/react';
import type { ProjectStore } from '../../src/store/types';
import { makeProject } from '../helpers/factories';
import { makeStore } from '../designer/helpers';

let store: ProjectStore;
beforeEach(async () => {
  // Working hours on, so that their editors can be typed into.
  store = await makeStore(makeProject({ number: { settings: { hours: { enabled: true } } } }));
});
afterEach(() => store.close());

const numbersLink = () => within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Numbers' });

function renderSettings() {
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={['/numbers/n1/settings']}>
      <StoreProvider store={store}><AppRoutes /></StoreProvider>
    </MemoryRouter>,
  );
  return user;
}

describe('leaving a page with text that could not be saved', { timeout: 20_000 }, () => {
  it('asks first, names the field and its text, and Stay puts the keyboard back in the field', async () => {
    const user = renderSettings();
    const phone = await screen.findByRole('textbox', { name: 'Phone number' });
    const saved = store.getSnapshot().project!.numbers[0]!.number;
    await user.clear(phone);
    await user.type(phone, '+84 12');
    expect(phone).toHaveAttribute('aria-invalid', 'true');

    await user.click(numbersLink());
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    expect(within(dialog).getByRole('listitem')).toHaveTextContent(/^Phone number: “\+84 12” \(.+\)$/);
    await user.click(within(dialog).getByRole('button', { name: 'Stay and fix it' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(phone).toHaveFocus());
    expect(phone).toHaveValue('+84 12');

    await user.click(numbersLink());
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Leave' }));
    expect(await screen.findByRole('heading', { level: 1, name: /numbers/i })).toBeInTheDocument();
    // The saved number was never touched.
    expect(store.getSnapshot().project!.numbers[0]!.number).toBe(saved);
  });

  it('asks too for working hours that end before they start, and for a holiday typed and not added', async () => {
    const user = renderSettings();
    const until = await screen.findByRole('textbox', { name: 'Monday interval 1 until' });
    await user.clear(until);
    await user.type(until, '07:00');
    await user.type(screen.getByRole('textbox', { name: 'Holiday date' }), '24.12');
    await user.click(numbersLink());
    const items = within(await screen.findByRole('alertdialog', { name: 'Leave without saving?' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/^Monday interval 1: “\d\d:\d\d–07:00” \(.+\)$/),
      'Holiday date: “24.12” (not added: press Add holiday)',
    ]);
  });

  it('does not ask when every field\'s text was saved', async () => {
    const user = renderSettings();
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await user.type(name, ' 2');
    await user.click(numbersLink());
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await screen.findByRole('heading', { level: 1, name: /numbers/i })).toBeInTheDocument();
  });
});
