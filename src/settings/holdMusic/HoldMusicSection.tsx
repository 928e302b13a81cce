import { assetsInUse } from '../../engine';
import type { HoldMusic } from '../../engine';
import type { SectionProps } from '../sections/types';
import { SettingsSection } from '../SettingsSection';
import { BuiltinPicker } from './BuiltinPicker';
import type { HoldMusicAssets } from './types';
import { UploadPicker } from './UploadPicker';

/**
 * Hold music (S2, Q5): one of six built-in languages, or an uploaded mono MP3 of up to 2 MB. An
 * uploaded file that is replaced or removed, and that no other number or melody uses, is
 * deleted: otherwise it stayed in storage and in every export.
 */
export function HoldMusicSection({ number, project, onChange, assets }: Pick<SectionProps, 'number' | 'project' | 'onChange'> & { assets: HoldMusicAssets }) {
  const music = number.settings.holdMusic;
  const set = (next: HoldMusic) => {
    onChange((s) => ({ ...s, holdMusic: next }));
    if (music.kind !== 'upload' || (next.kind === 'upload' && next.assetId === music.assetId)) return;
    const after = project.numbers.map((n) => (n.id === number.id ? { ...n, settings: { ...n.settings, holdMusic: next } } : n));
    if (!assetsInUse({ numbers: after }).has(music.assetId)) void assets.deleteAsset(music.assetId);
  };
  return (
    <SettingsSection id="settings-hold-music" title="Hold music" intro="Plays to callers while a queue group rings.">
      <BuiltinPicker
        selected={music.kind === 'builtin' ? music.language : null}
        onSelect={(language) => set({ kind: 'builtin', language })}
      />
      <UploadPicker
        current={music.kind === 'upload' ? music : null}
        assets={assets}
        onUploaded={set}
        onRemove={() => set({ kind: 'builtin', language: 'en' })}
      />
    </SettingsSection>
  );
}
