/** The shell's storage notices: a failed save shows the banner, and "Export now" downloads the unsaved edits. */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageNotices } from '../../src/app/StorageNotices';
import { StoreProvider } from '../../src/store/react';
import { DB_VERSION } from '../../src/store/schema';
import type { ProjectStore } from '../../src/store/types';
import { openStaleConnection, quotaDatabase, unavailableDatabase } from '../store/faults';
import { openStore, uniqueName, until } from '../store/helpers';

const open: ProjectStore[] = [];
const raw: IDBDatabase[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
  while (raw.length) raw.pop()?.close();
  vi.restoreAllMocks();
});

/** Catches what "Export now" downloads: the Blob handed to createObjectURL and the file name. */
function catchDownloads() {
  const blobs: Blob[] = [];
  Object.assign(URL, { createObjectURL: vi.fn((b: Blob) => { blobs.push(b); return 'blob:x'; }), revokeObjectURL: vi.fn() });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return {
    click,
    async bundle() {
      await waitFor(() => expect(click).toHaveBeenCalled());
      return { fileName: (click.mock.contexts[0] as HTMLAnchorElement).download, json: JSON.parse(await blobs[0]!.text()) as { numbers: { id: string; name: string }[] } };
    },
  };
}

function renderNotices(store: ProjectStore) {
  open.push(store);
  render(<StoreProvider store={store}><StorageNotices /></StoreProvider>);
}

describe('StorageNotices', () => {
  it('shows nothing while saving works', async () => {
    const store = openStore(uniqueName());
    renderNotices(store);
    await act(() => store.ready());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('quota exceeded: the banner says nothing is saved, and "Export now" downloads the unsaved edit', async () => {
    const quota = quotaDatabase();
    const store = openStore(uniqueName(), { database: quota.factory });
    renderNotices(store);
    await act(() => store.ready());
    quota.state.full = true;
    act(() => store.updateNumber('n1', (n) => ({ ...n, name: 'Edited while full' })));
    await act(() => store.flush());
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Not saved: the browser is out of storage space.');
    expect(banner).toHaveTextContent(/export them to keep them/);

    const downloads = catchDownloads();
    await userEvent.setup().click(within(banner).getByRole('button', { name: 'Export now' }));
    const { fileName, json } = await downloads.bundle();
    expect(fileName).toBe('Test Co.json');
    expect(json.numbers.find((n) => n.id === 'n1')?.name).toBe('Edited while full');
  });

  it('IndexedDB unavailable: the banner says so, and the export has the edits made in memory', async () => {
    const store = openStore(uniqueName(), { database: unavailableDatabase });
    renderNotices(store);
    await act(() => store.ready());
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Not saved: this browser does not allow the app to store data.');
    act(() => store.updateNumber('n2', (n) => ({ ...n, name: 'Memory only' })));
    const downloads = catchDownloads();
    await userEvent.setup().click(within(banner).getByRole('button', { name: 'Export now' }));
    expect((await downloads.bundle()).json.numbers.find((n) => n.id === 'n2')?.name).toBe('Memory only');
  });

  it('a newer version in another tab takes the database: the banner says another tab holds it, and the export has the edit', async () => {
    const name = uniqueName();
    const store = openStore(name);
    renderNotices(store);
    await act(() => store.ready());
    raw.push(await act(() => openStaleConnection(name, DB_VERSION + 1)));
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Not saved: another tab holds the database.');
    expect(banner).toHaveTextContent(/Then reload this tab/);
    act(() => store.updateNumber('n1', (n) => ({ ...n, name: 'After the upgrade' })));
    const downloads = catchDownloads();
    await userEvent.setup().click(within(banner).getByRole('button', { name: 'Export now' }));
    expect((await downloads.bundle()).json.numbers.find((n) => n.id === 'n1')?.name).toBe('After the upgrade');
  });

  /** This tab (its notices on screen) and another on the same database, neither saving on its own. */
  async function twoTabs() {
    const name = uniqueName();
    const other = openStore(name, { debounceMs: 60_000, maxDelayMs: 60_000 });
    open.push(other);
    await other.ready();
    const store = openStore(name, { debounceMs: 60_000, maxDelayMs: 60_000 });
    renderNotices(store);
    await act(() => store.ready());
    return { store, other };
  }

  it('a conflict with another tab offers "Reload theirs" and "Keep mine"; "Keep mine" keeps this tab\'s edit', async () => {
    const { store, other } = await twoTabs();
    act(() => store.updateNumber('n1', (n) => ({ ...n, name: 'Mine' })));
    other.updateNumber('n1', (n) => ({ ...n, name: 'Theirs' }));
    await other.flush();
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('This flow was changed in another tab.');
    expect(notice).toHaveTextContent('“Mine” has edits here that are not saved.');
    expect(notice).toHaveTextContent('Both tabs changed the number’s name: reload the other tab\'s version of it or keep yours');
    await userEvent.setup().click(within(notice).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    const seen = await until(other, (s) => s.project?.numbers.find((n) => n.id === 'n1')?.name === 'Mine');
    expect(seen.conflict).toBeNull();
  });

  it('says when another tab\'s "Keep mine" replaced this tab\'s saved edit, until dismissed', async () => {
    const { store, other } = await twoTabs();
    other.updateNumber('n1', (n) => ({ ...n, name: 'Other' }));
    act(() => store.updateNumber('n1', (n) => ({ ...n, name: 'Mine' })));
    await act(() => store.flush());
    await until(other, (s) => s.conflict !== null);
    expect(other.getSnapshot().conflict?.overlaps).toEqual(['the number’s name']);
    other.resolveConflict('mine');
    await other.flush();
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent('Another tab replaced your change to the number’s name.');
    expect(store.getSnapshot().project?.numbers.find((n) => n.id === 'n1')?.name).toBe('Other');
    await userEvent.setup().click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
