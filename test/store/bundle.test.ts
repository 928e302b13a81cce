import { describe, expect, it } from 'vitest';
import { readStored, seedProject, uniqueName, readyStores } from './helpers';

const ready = readyStores();

describe('import and export', () => {
  it('a bad bundle is refused with every problem and changes nothing, in memory or stored', async () => {
    const name = uniqueName();
    const s = await ready(name);
    s.updateNumber('n1', (n) => ({ ...n, name: 'Unsaved edit' }));
    const before = JSON.stringify(await s.exportBundle());
    const storedBefore = await readStored(name);
    const bad = { ...seedProject(), numbers: [{ id: 'x', kind: 'fax', number: '+1', name: 'X' }, { id: '', kind: 'rented', name: 3 }] };
    const result = await s.importBundle(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['numbers[0].kind', 'numbers[1].id', 'numbers[1].name']));
    expect(JSON.stringify(await s.exportBundle())).toBe(before);
    expect(await readStored(name)).toEqual(storedBefore);
  });

  it('text that is not JSON is refused at the root', async () => {
    const s = await ready();
    expect(await s.importBundle('{ nope')).toEqual({ ok: false, issues: [expect.objectContaining({ path: '(root)' })] });
  });

  it('a good bundle replaces the workspace, numbers, scenarios and audio, stored at once', async () => {
    const name = uniqueName();
    const s = await ready(name);
    const next = { ...seedProject(), workspace: { ...seedProject().workspace, name: 'Imported Co' }, numbers: [seedProject().numbers[1]!],
      assets: [{ id: 'hold', fileName: 'hold.mp3', mimeType: 'audio/mpeg', base64: btoa('abc') }] };
    expect(await s.importBundle(JSON.stringify(next))).toEqual({ ok: true });
    expect(s.getSnapshot().project?.workspace.name).toBe('Imported Co');
    expect(s.getSnapshot().project?.numbers.map((n) => n.id)).toEqual(['n2']);
    const stored = await readStored(name);
    expect(stored.numbers.map((r) => r.id)).toEqual(['n2']);
    expect(stored.assets.map((a) => a.id)).toEqual(['hold']);
    expect((await s.exportBundle()).assets).toEqual(next.assets);
  });

  it('an asset whose base64 is broken is a problem with its path, and nothing is imported', async () => {
    const s = await ready();
    const bad = { ...seedProject(), assets: [{ id: 'a', fileName: 'a.mp3', base64: '***' }] };
    expect(await s.importBundle(JSON.stringify(bad))).toEqual({ ok: false, issues: [{ path: 'assets[0].base64', message: 'is not valid base64' }] });
    expect(s.getSnapshot().project?.numbers).toHaveLength(2);
  });

  it('export carries scenarios and uploaded audio; export → import round-trips', async () => {
    const s = await ready();
    const meta = await s.putAsset(new Uint8Array([1, 2, 3, 250]), { fileName: 'music.mp3', channels: 1 });
    s.saveScenario({ id: 'sc1', name: 'Stranger', scenario: { numberId: 'n1', from: '+84909000000', at: '2026-11-26T03:00:00Z', sipToExtension: null, serviceAvailable: true, digits: [], answers: {}, rating: null, patienceSeconds: 600 }, expect: { outcome: { kind: 'voicemail', mailboxEmployeeId: null } } });
    const bundle = await s.exportBundle();
    expect(bundle.scenarios.map((x) => x.id)).toEqual(['sc1']);
    expect(bundle.assets).toEqual([{ id: meta.id, fileName: 'music.mp3', mimeType: 'audio/mpeg', base64: btoa(String.fromCharCode(1, 2, 3, 250)) }]);
    s.deleteScenario('sc1');
    await s.deleteAsset(meta.id);
    expect(await s.importBundle(JSON.stringify(bundle))).toEqual({ ok: true });
    expect(s.listScenarios('n1').map((x) => x.id)).toEqual(['sc1']);
    expect(Array.from((await s.getAsset(meta.id))?.bytes ?? [])).toEqual([1, 2, 3, 250]);
  });

  it('resetDemo brings the seed back over edits', async () => {
    const s = await ready();
    s.deleteNumber('n1');
    await s.resetDemo();
    expect(s.getSnapshot().project?.numbers.map((n) => n.id)).toEqual(['n1', 'n2']);
  });
});
