import { useEffect, useId, useRef, useState } from 'react';
import { HOLD_LANGUAGES } from '../../engine';
import type { HoldLanguage } from './tones';
import { LANGUAGE_NAMES, motifMs, playMotif } from './tones';

interface Props {
  /** The chosen language, or null when an upload is used. */
  selected: HoldLanguage | null;
  onSelect: (language: HoldLanguage) => void;
}

/** The six built-in languages as radio buttons, each with a Play button. */
export function BuiltinPicker({ selected, onSelect }: Props) {
  const groupName = useId();
  const [playing, setPlaying] = useState<HoldLanguage | null>(null);
  const [unsupported, setUnsupported] = useState(false);
  const stopRef = useRef<(() => void) | null>(null);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stop = () => {
    stopRef.current?.();
    stopRef.current = null;
    if (timerRef.current) clearTimeout(timerRef.current);
    setPlaying(null);
  };
  useEffect(() => () => {
    stopRef.current?.();
    if (timerRef.current) clearTimeout(timerRef.current);
  }, []);
  const play = (lang: HoldLanguage) => {
    stop();
    const stopper = playMotif(lang);
    if (!stopper) {
      setUnsupported(true);
      return;
    }
    stopRef.current = stopper;
    setPlaying(lang);
    timerRef.current = setTimeout(stop, motifMs(lang));
  };
  return (
    <fieldset className="hold-languages">
      <legend>Built-in hold music</legend>
      <ul className="plain-list">
        {HOLD_LANGUAGES.map((lang) => (
          <li key={lang}>
            <label className="checkbox">
              <input type="radio" name={groupName} checked={selected === lang} onChange={() => onSelect(lang)} />
              <span>{LANGUAGE_NAMES[lang]}</span>
            </label>
            <button type="button" onClick={() => (playing === lang ? stop() : play(lang))}>
              {playing === lang ? `Stop ${LANGUAGE_NAMES[lang]}` : `Play ${LANGUAGE_NAMES[lang]}`}
            </button>
          </li>
        ))}
      </ul>
      {unsupported && <p role="status">This browser cannot play audio samples.</p>}
    </fieldset>
  );
}
