/** Importing a bundle on the Numbers screen: what a refused file says, and what an accepted one says after. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { validateNumber } from '../../../src/engine';
import { NumbersView } from '../../../src/settings/numbers/NumbersView';
import { makeFlow, makeProject } from '../../helpers/factories';

function renderView(onImport = vi.fn(() => Promise.resolve({ ok: true as const }))) {
  const user = userEvent.setup();
  render(<NumbersView project={makeProject()} onAdd={vi.fn()} onDuplicate={vi.fn()} onDelete={vi.fn()} onImport={onImport} onExport={vi.fn()} />, { wrapper: MemoryRouter });
  const choose = (text: string, name = 'bundle.json') => user.upload(screen.getByLabelText('Import bundle'), new File([text], name, { type: 'application/json' }));
  return { user, choose, onImport };
}

/** A bundle whose one flow has `count` nodes of an unknown type. */
function withUnknownNodes(count: number): string {
  const bundle = JSON.parse(JSON.stringify(makeProject())) as { numbers: { flow: unknown }[] };
  bundle.numbers[0]!.flow = makeFlow(Array.from({ length: count }, (_, i) => ({ id: `x${i}`, type: 'teleport' })));
  return JSON.stringify(bundle);
}

describe('a refused bundle', () => {
  it('with 299 unknown node types says 299 and lists all of them', async () => {
    const { choose } = renderView();
    await choose(withUnknownNodes(299), 'many.json');
    const dialog = await screen.findByRole('dialog', { name: '“many.json” cannot be imported' });
    expect(dialog).toHaveAccessibleDescription('Nothing was changed. Fix these 299 problems in the file and import it again:');
    expect(within(within(dialog).getByRole('list', { name: 'Problems' })).getAllByRole('listitem')).toHaveLength(299);
    expect(within(dialog).queryByText(/more problems?/)).toBeNull();
  });

  it('with more problems than it lists gives the true total and says how many more there are', async () => {
    const { choose } = renderView();
    await choose(withUnknownNodes(1_500), 'huge.json');
    const dialog = await screen.findByRole('dialog', { name: '“huge.json” cannot be imported' });
    expect(dialog).toHaveAccessibleDescription(/Fix these 1,500 problems in the file/);
    expect(within(within(dialog).getByRole('list', { name: 'Problems' })).getAllByRole('listitem')).toHaveLength(1_000);
    expect(within(dialog).getByText(/^… and 500 more problems, not listed here/)).toBeInTheDocument();
  });

  it('lists its problems in a region the keyboard can reach with Tab and scroll', async () => {
    const { user, choose } = renderView();
    await choose(withUnknownNodes(40));
    const dialog = await screen.findByRole('dialog', { name: '“bundle.json” cannot be imported' });
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.tab();
    const region = within(dialog).getByRole('region', { name: 'Problems in the file' });
    expect(region).toHaveFocus();
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('list', { name: 'Problems' })).toBeInTheDocument();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
  });

  it('that is not JSON says it is not a bundle, where it goes wrong, and no "(root)" or parser message', async () => {
    const { choose } = renderView();
    await choose('this is not json { ', 'notes.txt');
    const dialog = await screen.findByRole('dialog', { name: '“notes.txt” cannot be imported' });
    expect(dialog).toHaveAccessibleDescription('Nothing was changed. This file is not a Callflow Studio bundle: it is not JSON (at line 1, column 1).');
    expect(dialog).not.toHaveTextContent(/\(root\)|Unexpected token|Fix this/);
  });

  it('from a newer app says that this app is older than the file, not to fix the file', async () => {
    const { choose } = renderView();
    await choose(JSON.stringify({ ...makeProject(), version: 7 }), 'future.json');
    const dialog = await screen.findByRole('dialog', { name: 'This app is older than “future.json”' });
    expect(dialog).toHaveAccessibleDescription(/^Nothing was changed\. This bundle is version 7 of the format; .* update the app\.$/);
    expect(dialog).not.toHaveTextContent(/\(root\)|Fix this/);
  });
});

describe('the Import bundle control', () => {
  it('opens the file chooser on Enter, as on Space', async () => {
    const { user } = renderView();
    await user.tab();
    await user.tab();
    const input = screen.getByLabelText('Import bundle');
    expect(input).toHaveFocus();
    const open = vi.spyOn(input, 'click').mockImplementation(() => {});
    await user.keyboard('{Enter}');
    expect(open).toHaveBeenCalledTimes(1);
  });
});

describe('an accepted bundle', () => {
  /** Three numbers; the two without an Inbound call node have errors. */
  const incoming = makeProject({
    workspace: { name: 'Acme Logistics' },
    numbers: [
      { id: 'n2', kind: 'rented', number: '+842871234568', name: 'Sales', flow: makeFlow([{ id: 'vm', type: 'voicemail' }]) },
      { id: 'n3', kind: 'rented', number: '+842871234569', name: 'Support', flow: makeFlow([{ id: 'vm', type: 'voicemail' }]) },
    ],
  });

  it('says how many of its numbers have problems to fix', async () => {
    expect(incoming.numbers.map((n) => validateNumber(incoming, n.id).some((i) => i.severity === 'error'))).toEqual([false, true, true]);
    const { user, choose } = renderView();
    await choose(JSON.stringify(incoming), 'acme.json');
    await user.click(within(await screen.findByRole('alertdialog', { name: 'Import “acme.json”?' })).getByRole('button', { name: 'Import and replace' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Imported “Acme Logistics” with 3 numbers. 2 of them have problems to fix: open them to see the issues.');
  });

  it('asks first, naming everything that is replaced: saved scenarios and uploaded audio too', async () => {
    const { choose } = renderView();
    await choose(JSON.stringify(incoming), 'acme.json');
    const confirm = await screen.findByRole('alertdialog', { name: 'Import “acme.json”?' });
    expect(confirm).toHaveAccessibleDescription(/saved scenario and uploaded audio file is replaced, and published revisions are deleted/);
  });
});
