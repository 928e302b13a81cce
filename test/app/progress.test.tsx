/** Long work shows progress: importing a large bundle and laying out a flow say so while they run. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { DesignerToolbar } from '../../src/designer/DesignerToolbar';
import type { DesignerCommands } from '../../src/designer/useDesignerCommands';
import { NumbersView } from '../../src/settings/numbers/NumbersView';
import { generatedProject } from '../helpers/generateFlow';
import { makeProject } from '../helpers/factories';

/** A promise the test settles when it chooses. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => { resolve = r; });
  return { promise, resolve };
}

describe('importing a large bundle', () => {
  it('shows "Importing…" with a progress bar while the 2,000-node bundle is stored, and the screen stays usable', async () => {
    const user = userEvent.setup();
    const pending = deferred<{ ok: true }>();
    const onImport = vi.fn(() => pending.promise);
    const onExport = vi.fn();
    render(<NumbersView project={makeProject()} onAdd={vi.fn()} onDuplicate={vi.fn()} onDelete={vi.fn()} onImport={onImport} onExport={onExport} />, { wrapper: MemoryRouter });
    const big = generatedProject(2_000);
    expect(big.numbers[0]!.flow.nodes.length).toBeGreaterThanOrEqual(2_000);
    await user.upload(screen.getByLabelText('Import bundle'), new File([JSON.stringify(big)], 'big.json', { type: 'application/json' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Import “big.json”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Import and replace' }));

    expect(onImport).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('Importing…');
    expect(screen.getByRole('progressbar', { name: 'Importing the bundle' })).toBeInTheDocument();
    // The confirm dialog is gone, so it cannot be pressed twice; the rest of the screen still answers.
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(onExport).toHaveBeenCalledTimes(1);

    pending.resolve({ ok: true });
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
    expect(screen.getByText(/Imported “.*” with 1 number\./)).toBeInTheDocument();
  });

  it('a refused import ends the progress and lists the problems', async () => {
    const user = userEvent.setup();
    const pending = deferred<{ ok: false; issues: { path: string; message: string }[] }>();
    render(<NumbersView project={makeProject()} onAdd={vi.fn()} onDuplicate={vi.fn()} onDelete={vi.fn()} onImport={() => pending.promise} onExport={vi.fn()} />, { wrapper: MemoryRouter });
    await user.upload(screen.getByLabelText('Import bundle'), new File([JSON.stringify(makeProject())], 'x.json', { type: 'application/json' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Import and replace' }));
    expect(screen.getByRole('progressbar', { name: 'Importing the bundle' })).toBeInTheDocument();
    pending.resolve({ ok: false, issues: [{ path: 'assets[0].base64', message: 'is not valid base64' }] });
    const dialog = await screen.findByRole('dialog', { name: '“x.json” cannot be imported' });
    expect(within(dialog).getByText(/is not valid base64/)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});

describe('auto-layout', () => {
  it('says "Laying out…" until the layout is done', async () => {
    const user = userEvent.setup();
    const pending = deferred<boolean>();
    const commands = {
      undo: vi.fn(), redo: vi.fn(), cut: vi.fn(), copy: vi.fn(), paste: vi.fn(), remove: vi.fn(), showIssue: vi.fn(),
      autoLayout: vi.fn(() => pending.promise),
    } as unknown as DesignerCommands;
    render(
      <DesignerToolbar canUndo={false} canRedo={false} hasSelection={false} commands={commands} issues={[]} errorCount={0}
        onPublish={vi.fn()} minimap={false} onToggleMinimap={vi.fn()} />,
    );
    expect(screen.queryByText('Laying out…')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Auto-layout' }));
    expect(screen.getByText('Laying out…')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('button', { name: 'Auto-layout' })).toBeDisabled();
    pending.resolve(true);
    await waitFor(() => expect(screen.queryByText('Laying out…')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Auto-layout' })).toBeEnabled();
  });
});
