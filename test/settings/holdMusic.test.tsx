import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NumberSettingsScreen } from '../../src/settings/NumberSettingsScreen';
import { makeProject } from '../helpers/factories';
import { renderWithStore } from './helpers';
import { mp3Bytes, pngBytes, withId3 } from './mp3';

const screenFor = <NumberSettingsScreen numberId="n1" />;

function fileOf(bytes: Uint8Array, name: string): File {
  return new File([bytes as BlobPart], name, { type: 'audio/mpeg' });
}

describe('Hold music section', () => {
  it('offers the six built-in languages, each with a Play button, and saves the choice', async () => {
    const { user, number } = await renderWithStore(screenFor, makeProject());
    const group = screen.getByRole('group', { name: 'Built-in hold music' });
    expect(within(group).getAllByRole('radio').map((r) => r.closest('li')?.textContent)).toHaveLength(6);
    for (const lang of ['English', 'German', 'Russian', 'Ukrainian', 'Spanish', 'Portuguese']) {
      expect(within(group).getByRole('button', { name: `Play ${lang}` })).toBeInTheDocument();
    }
    await user.click(within(group).getByRole('radio', { name: 'Ukrainian' }));
    expect(number('n1').settings.holdMusic).toEqual({ kind: 'builtin', language: 'uk' });
  });

  it('accepts a mono MP3: stores its bytes and saves it as the hold music', async () => {
    const { user, number, store } = await renderWithStore(screenFor, makeProject());
    const bytes = mp3Bytes('mono');
    await user.upload(screen.getByLabelText('Upload hold music'), fileOf(bytes, 'welcome.mp3'));
    await waitFor(() => expect(number('n1').settings.holdMusic.kind).toBe('upload'));
    const music = number('n1').settings.holdMusic;
    if (music.kind !== 'upload') throw new Error('not an upload');
    expect(music).toMatchObject({ fileName: 'welcome.mp3', sizeBytes: bytes.length, channels: 1 });
    const asset = await store.getAsset(music.assetId);
    expect(asset?.bytes).toEqual(bytes);
    expect(screen.getByText(/Uploaded:/)).toHaveTextContent('welcome.mp3');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a stereo MP3, saying it must be mono, and changes nothing', async () => {
    const { user, number } = await renderWithStore(screenFor, makeProject());
    await user.upload(screen.getByLabelText('Upload hold music'), fileOf(mp3Bytes('stereo'), 'song.mp3'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/must be mono/);
    expect(number('n1').settings.holdMusic).toEqual({ kind: 'builtin', language: 'en' });
  });

  it('refuses a PNG renamed .mp3', async () => {
    const { user, number } = await renderWithStore(screenFor, makeProject());
    await user.upload(screen.getByLabelText('Upload hold music'), fileOf(pngBytes(), 'photo.mp3'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/is a PNG image, not MP3 audio/);
    expect(number('n1').settings.holdMusic).toEqual({ kind: 'builtin', language: 'en' });
  });

  it('accepts a mono MP3 that starts with an ID3v2 tag', async () => {
    const { user, number } = await renderWithStore(screenFor, makeProject());
    await user.upload(screen.getByLabelText('Upload hold music'), fileOf(withId3(mp3Bytes('mono')), 'tagged.mp3'));
    await waitFor(() => expect(number('n1').settings.holdMusic).toMatchObject({ kind: 'upload', fileName: 'tagged.mp3', channels: 1 }));
  });

  it('refuses a file over 2 MB', async () => {
    const { user, number } = await renderWithStore(screenFor, makeProject());
    await user.upload(screen.getByLabelText('Upload hold music'), fileOf(mp3Bytes('mono', 5100), 'long.mp3'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/at most 2 MB/);
    expect(number('n1').settings.holdMusic.kind).toBe('builtin');
  });

  it('removes an uploaded file, going back to built-in music', async () => {
    const { user, number } = await renderWithStore(screenFor, makeProject());
    await user.upload(screen.getByLabelText('Upload hold music'), fileOf(mp3Bytes('mono'), 'a.mp3'));
    await user.click(await screen.findByRole('button', { name: 'Remove uploaded hold music' }));
    expect(number('n1').settings.holdMusic).toEqual({ kind: 'builtin', language: 'en' });
  });

  it('offers a replaced file back while the page is open, and deletes it when the page is left, so that neither storage nor an export keeps it', async () => {
    const { user, number, store, view } = await renderWithStore(screenFor, makeProject());
    await user.upload(screen.getByLabelText('Upload hold music'), fileOf(mp3Bytes('mono'), 'old.mp3'));
    await waitFor(() => expect(number('n1').settings.holdMusic.kind).toBe('upload'));
    const old = number('n1').settings.holdMusic as { assetId: string };
    await user.upload(screen.getByLabelText('Replace with another file'), fileOf(withId3(mp3Bytes('mono')), 'new.mp3'));
    await waitFor(() => expect(number('n1').settings.holdMusic).toMatchObject({ fileName: 'new.mp3' }));
    // Taken back, then left again: the old file is still there until the page goes.
    await user.click(screen.getByRole('button', { name: 'Use “old.mp3” again' }));
    expect(number('n1').settings.holdMusic).toMatchObject({ fileName: 'old.mp3', assetId: old.assetId });
    await user.click(screen.getByRole('button', { name: 'Use “new.mp3” again' }));
    expect(number('n1').settings.holdMusic).toMatchObject({ fileName: 'new.mp3' });
    expect(await store.getAsset(old.assetId)).not.toBeNull();
    view.unmount();
    await waitFor(async () => expect(await store.getAsset(old.assetId)).toBeNull());
    expect((await store.exportBundle()).assets.map((a) => a.fileName)).toEqual(['new.mp3']);
  });

  it('a language picked by mistake (an arrow key in the list) leaves the upload one click away', async () => {
    const { user, number } = await renderWithStore(screenFor, makeProject());
    await user.upload(screen.getByLabelText('Upload hold music'), fileOf(mp3Bytes('mono'), 'tune.mp3'));
    await waitFor(() => expect(number('n1').settings.holdMusic.kind).toBe('upload'));
    await user.click(within(screen.getByRole('group', { name: 'Built-in hold music' })).getAllByRole('radio')[1]!);
    expect(number('n1').settings.holdMusic.kind).toBe('builtin');
    await user.click(screen.getByRole('button', { name: 'Use “tune.mp3” again' }));
    expect(number('n1').settings.holdMusic).toMatchObject({ kind: 'upload', fileName: 'tune.mp3' });
    // The keyboard stays on the control that takes it back again.
    expect(screen.getByRole('button', { name: 'Remove uploaded hold music' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove uploaded hold music' }));
    expect(screen.getByRole('button', { name: 'Use “tune.mp3” again' })).toHaveFocus();
  });

  it('keeps a removed file that a published revision plays, so that restoring it finds its audio', async () => {
    const { user, number, store, view } = await renderWithStore(screenFor, makeProject());
    await user.upload(screen.getByLabelText('Upload hold music'), fileOf(mp3Bytes('mono'), 'kept.mp3'));
    await waitFor(() => expect(number('n1').settings.holdMusic.kind).toBe('upload'));
    const kept = number('n1').settings.holdMusic as { assetId: string };
    expect((await store.publishRevision('n1', 'With music')).ok).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Remove uploaded hold music' }));
    view.unmount();
    expect(await store.releaseAsset(kept.assetId)).toBe(false);
    expect(await store.getAsset(kept.assetId)).not.toBeNull();
  });

  it('keeps a replaced file that a melody of the flow still plays', async () => {
    const { user, number, store } = await renderWithStore(screenFor, makeProject());
    await user.upload(screen.getByLabelText('Upload hold music'), fileOf(mp3Bytes('mono'), 'shared.mp3'));
    await waitFor(() => expect(number('n1').settings.holdMusic.kind).toBe('upload'));
    const shared = number('n1').settings.holdMusic as { assetId: string };
    store.updateNumber('n1', (n) => ({
      ...n,
      flow: { ...n.flow, nodes: n.flow.nodes.map((x) => (x.id === 'vm' ? { ...x, data: { ...x.data, greeting: { kind: 'upload', assetId: shared.assetId, seconds: 5 } } } as typeof x : x)) },
    }));
    await user.click(screen.getByRole('button', { name: 'Remove uploaded hold music' }));
    expect(number('n1').settings.holdMusic.kind).toBe('builtin');
    expect(await store.releaseAsset(shared.assetId)).toBe(false);
    expect(await store.getAsset(shared.assetId)).not.toBeNull();
  });
});
