import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router';
import { NumbersScreen } from '../../../src/settings/numbers/NumbersScreen';
import { StoreProvider } from '../../../src/store/react';
import type { ProjectStore } from '../../../src/store/types';
import { openStore, uniqueName } from '../../store/helpers';

let store: ProjectStore | null = null;
afterEach(() => {
  store?.close();
  vi.restoreAllMocks();
});

async function renderScreen() {
  store = openStore(uniqueName());
  await store.ready();
  const user = userEvent.setup();
  render(
    <StoreProvider store={store}>
      <MemoryRouter initialEntries={['/numbers']}>
        <Routes>
          <Route path="/numbers" element={<NumbersScreen />} />
          <Route path="/numbers/:id" element={<p>Designer page</p>} />
          <Route path="/numbers/:id/settings" element={<p>Settings page</p>} />
        </Routes>
      </MemoryRouter>
    </StoreProvider>,
  );
  const table = screen.getByRole('table', { name: 'Phone numbers' });
  return { user, table, s: store };
}

function rowOf(table: HTMLElement, name: string) {
  return within(table).getByRole('row', { name: new RegExp(`^${name}(\\s|$)`) });
}

describe('Numbers screen', () => {
  it('lists each number with its kind, formatted number and flow status, linking to its designer and settings', async () => {
    const { user, table } = await renderScreen();
    const hotline = rowOf(table, 'Hotline');
    expect(within(hotline).getByText('+84 28 7123 4567')).toBeInTheDocument();
    expect(within(hotline).getByText('Rented number')).toBeInTheDocument();
    expect(within(hotline).getByText('Valid')).toBeInTheDocument();
    // The office number's incoming node leads nowhere: validation warns.
    expect(within(rowOf(table, 'Office')).getByText(/warning/)).toBeInTheDocument();
    expect(within(hotline).getByRole('link', { name: 'Settings for Hotline' })).toHaveAttribute('href', '/numbers/n1/settings');
    await user.click(within(hotline).getByRole('link', { name: 'Open designer for Hotline' }));
    expect(screen.getByText('Designer page')).toBeInTheDocument();
  });

  it('marks a number that is being disconnected', async () => {
    const { table, s } = await renderScreen();
    act(() => s.updateNumber('n2', (n) => ({ ...n, status: 'disconnect_pending', disconnectRequestedAt: '2026-11-26T03:00:00Z' })));
    expect(within(rowOf(table, 'Office')).getByText('Disconnect pending')).toBeInTheDocument();
    expect(within(rowOf(table, 'Hotline')).queryByText(/Disconnect/)).not.toBeInTheDocument();
  });

  it('refuses a number that is not E.164 and says why; adds it once valid', async () => {
    const { user, table, s } = await renderScreen();
    const opener = screen.getByRole('button', { name: 'Add number' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Add a phone number' });
    const numberField = within(dialog).getByLabelText('Phone number');
    expect(within(dialog).getByLabelText('Kind')).toHaveFocus();
    await user.selectOptions(within(dialog).getByLabelText('Kind'), 'App');
    await user.type(numberField, '028 7300 5555');
    expect(numberField).toHaveAccessibleDescription(/Start with \+ and the country code/);
    await user.click(within(dialog).getByRole('button', { name: 'Add number' }));
    // Not saved: the dialog stays, the name is asked for, nothing was added.
    expect(within(dialog).getByLabelText('Name')).toHaveAccessibleDescription(/Enter a name/);
    expect(s.getSnapshot().project?.numbers).toHaveLength(2);

    await user.clear(numberField);
    await user.type(numberField, '+84 28 7300 5555');
    expect(numberField).not.toHaveAttribute('aria-invalid');
    await user.type(within(dialog).getByLabelText('Name'), 'Support app');
    await user.click(within(dialog).getByRole('button', { name: 'Add number' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    const added = rowOf(table, 'Support app');
    expect(within(added).getByText('+84 28 7300 5555')).toBeInTheDocument();
    expect(within(added).getByText('App')).toBeInTheDocument();
  });

  it('refuses a number already in the workspace', async () => {
    const { user } = await renderScreen();
    await user.click(screen.getByRole('button', { name: 'Add number' }));
    const field = screen.getByLabelText('Phone number');
    await user.type(field, '+842871234567');
    expect(field).toHaveAccessibleDescription('This number is already in the workspace as “Hotline”.');
  });

  it('Escape closes a dialog and puts focus back on its opener', async () => {
    const { user } = await renderScreen();
    const opener = screen.getByRole('button', { name: 'Add number' });
    await user.click(opener);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('keeps Tab inside an open dialog', async () => {
    const { user } = await renderScreen();
    await user.click(screen.getByRole('button', { name: 'Add number' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a phone number' });
    await user.tab({ shift: true });
    expect(within(dialog).getByRole('button', { name: 'Add number' })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByLabelText('Kind')).toHaveFocus();
  });

  it('deletes after confirming, and Undo brings the number back', async () => {
    const { user, table, s } = await renderScreen();
    await user.click(within(rowOf(table, 'Hotline')).getByRole('button', { name: 'Delete Hotline' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Delete “Hotline”?' });
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    expect(within(table).queryByRole('row', { name: /^Hotline\b/ })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Deleted “Hotline”.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(rowOf(table, 'Hotline')).toBeInTheDocument();
    expect(s.getSnapshot().project?.numbers.map((n) => n.id)).toEqual(['n1', 'n2']);
    // Said, not only seen: the notice tells what came back.
    expect(screen.getByRole('status')).toHaveTextContent('Restored “Hotline”.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('names what relies on a number before deleting it: a connection forwarding through it, the default outbound number', async () => {
    const { user, s } = await renderScreen();
    act(() => {
      s.updateNumber('n2', (n) => ({ ...n, settings: { ...n.settings, forwardViaNumberId: 'n1' } }));
      s.updateWorkspace((w) => ({ ...w, defaultOutboundNumberId: 'n1' }));
    });
    await user.click(screen.getByRole('button', { name: 'Delete Hotline' }));
    const relying = within(screen.getByRole('alertdialog', { name: 'Delete “Hotline”?' })).getByRole('list', { name: 'What relies on it' });
    expect(within(relying).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringMatching(/forwards its calls through it$/),
      "It is the workspace's default number for outbound calls",
    ]);
  });

  it('duplicates a number under a phone number of its own, and its suggested name, leaving the copy without an outbound prefix', async () => {
    const { user, table, s } = await renderScreen();
    await user.click(screen.getByRole('button', { name: 'Duplicate Hotline' }));
    const dialog = screen.getByRole('dialog', { name: 'Duplicate “Hotline”' });
    expect(within(dialog).getByLabelText('Name')).toHaveValue('Hotline (copy)');
    expect(within(dialog).getByLabelText('Kind')).toBeDisabled();
    const phone = within(dialog).getByLabelText('Phone number');
    // The original's own number is refused: two numbers never share one.
    await user.type(phone, s.getSnapshot().project!.numbers[0]!.number);
    expect(phone).toHaveAccessibleDescription(/already in the workspace as “Hotline”/);
    await user.click(within(dialog).getByRole('button', { name: 'Duplicate' }));
    expect(screen.getByRole('dialog', { name: 'Duplicate “Hotline”' })).toBeInTheDocument();
    await user.clear(phone);
    await user.type(phone, '+84 28 7300 5555');
    await user.click(within(dialog).getByRole('button', { name: 'Duplicate' }));
    expect(rowOf(table, 'Hotline \\(copy\\)')).toBeInTheDocument();
    const copy = s.getSnapshot().project!.numbers.at(-1)!;
    expect(copy).toMatchObject({ number: '+842873005555', name: 'Hotline (copy)' });
    expect(copy.settings.outbound.prefix).toBeNull();
  });

  it('a bad bundle lists every problem with its path, and nothing changes', async () => {
    const { user, s } = await renderScreen();
    const before = JSON.stringify(await s.exportBundle());
    const bad = JSON.stringify({ format: 'callflow-studio/project', version: 1, workspace: { name: 'X', plan: 'gold' }, numbers: [{ id: 'a', kind: 'fax', number: '+1', name: 'A' }] });
    await user.upload(screen.getByLabelText('Import bundle'), new File([bad], 'broken.json', { type: 'application/json' }));
    const dialog = await screen.findByRole('dialog', { name: '“broken.json” cannot be imported' });
    const problems = within(within(dialog).getByRole('list', { name: 'Problems' })).getAllByRole('listitem');
    expect(problems.map((li) => li.textContent)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^workspace\.plan: /),
      expect.stringMatching(/^numbers\[0\]\.kind: /),
    ]));
    expect(within(dialog).getByText(/Nothing was changed/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(JSON.stringify(await s.exportBundle())).toBe(before);
  });

  it('a good bundle replaces the workspace after confirming', async () => {
    const { user, table, s } = await renderScreen();
    const bundle = await s.exportBundle();
    const next = { ...bundle, workspace: { ...bundle.workspace, name: 'New Co' }, numbers: [{ ...bundle.numbers[0]!, name: 'Imported line' }] };
    await user.upload(screen.getByLabelText('Import bundle'), new File([JSON.stringify(next)], 'new.json', { type: 'application/json' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Import “new.json”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Import and replace' }));
    await waitFor(() => expect(rowOf(table, 'Imported line')).toBeInTheDocument());
    expect(within(table).queryByRole('row', { name: /^Office\b/ })).not.toBeInTheDocument();
  });

  it('exports the bundle as <workspace name>.json', async () => {
    const { user } = await renderScreen();
    const created: Blob[] = [];
    Object.assign(URL, { createObjectURL: vi.fn((b: Blob) => { created.push(b); return 'blob:x'; }), revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('Test Co.json');
    const text = await created[0]!.text();
    expect(JSON.parse(text)).toMatchObject({ format: 'callflow-studio/project', workspace: { name: 'Test Co' } });
  });
});
