import type { SectionProps } from '../sections/types';
import { SettingsSection } from '../SettingsSection';
import { BuiltinPicker } from './BuiltinPicker';
import type { HoldMusicAssets } from './types';
import { UploadPicker } from './UploadPicker';

/** Hold music (S2, Q5): one of six built-in languages, or an uploaded mono MP3 of up to 2 MB. */
export function HoldMusicSection({ number, onChange, assets }: Pick<SectionProps, 'number' | 'onChange'> & { assets: HoldMusicAssets }) {
  const music = number.settings.holdMusic;
  return (
    <SettingsSection id="settings-hold-music" title="Hold music" intro="Plays to callers while a queue group rings.">
      <BuiltinPicker
        selected={music.kind === 'builtin' ? music.language : null}
        onSelect={(language) => onChange((s) => ({ ...s, holdMusic: { kind: 'builtin', language } }))}
      />
      <UploadPicker
        current={music.kind === 'upload' ? music : null}
        assets={assets}
        onUploaded={(holdMusic) => onChange((s) => ({ ...s, holdMusic }))}
        onRemove={() => onChange((s) => ({ ...s, holdMusic: { kind: 'builtin', language: 'en' } }))}
      />
    </SettingsSection>
  );
}
