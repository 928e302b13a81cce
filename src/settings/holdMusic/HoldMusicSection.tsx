import { useEffect, useRef, useState } from 'react';
import type { HoldMusic } from '../../engine';
import type { SectionProps } from '../sections/types';
import { SettingsSection } from '../SettingsSection';
import { useRefocus } from '../../ui/useRefocus';
import { BuiltinPicker } from './BuiltinPicker';
import type { HoldMusicAssets } from './types';
import { UploadPicker } from './UploadPicker';
import type { Upload } from './UploadPicker';

/**
 * Hold music (S2, Q5): one of six built-in languages, or an uploaded mono MP3 of up to 2 MB.
 * An upload left for another choice can be taken back while the page is open ("Use … again":
 * an arrow key in the language list is enough to leave it). Leaving the page releases it: the
 * store deletes it unless a number, a melody or a published revision still plays it, so it
 * does not stay in storage and in every export.
 */
export function HoldMusicSection({ number, onChange, assets }: Pick<SectionProps, 'number' | 'onChange'> & { assets: HoldMusicAssets }) {
  const music = number.settings.holdMusic;
  const current = music.kind === 'upload' ? music : null;
  // The upload this visit left, and every one it left before (released when the page goes).
  const [previous, setPrevious] = useState<Upload | null>(null);
  const left = useRef(new Set<string>());
  const latest = useRef({ assets, current });
  latest.current = { assets, current };
  useEffect(() => () => {
    const { assets: store, current: now } = latest.current;
    for (const id of left.current) if (id !== now?.assetId) void store.releaseAsset(id);
  }, []);

  // The button pressed goes with the choice it made: focus goes to the one that takes it back.
  const focus = useRefocus();
  const set = (next: HoldMusic) => {
    onChange((s) => ({ ...s, holdMusic: next }));
    if (current && !(next.kind === 'upload' && next.assetId === current.assetId)) {
      left.current.add(current.assetId);
      setPrevious(current);
    }
  };
  const again = previous && previous.assetId !== current?.assetId ? previous : null;
  return (
    <SettingsSection ref={focus.container} id="settings-hold-music" title="Hold music" intro="Plays to callers while a queue group rings.">
      <BuiltinPicker
        selected={music.kind === 'builtin' ? music.language : null}
        onSelect={(language) => set({ kind: 'builtin', language })}
      />
      <UploadPicker
        current={current}
        previous={again}
        assets={assets}
        onUploaded={set}
        onRemove={() => {
          if (current) focus.after([`Use “${current.fileName}” again`]);
          set({ kind: 'builtin', language: 'en' });
        }}
        onAgain={(upload) => {
          focus.after(['Remove uploaded hold music']);
          set(upload);
        }}
      />
    </SettingsSection>
  );
}
