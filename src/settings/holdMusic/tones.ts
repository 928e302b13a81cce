import type { HOLD_LANGUAGES } from '../../engine';

export type HoldLanguage = (typeof HOLD_LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<HoldLanguage, string> = {
  en: 'English', de: 'German', ru: 'Russian', uk: 'Ukrainian', es: 'Spanish', pt: 'Portuguese',
};

/**
 * A short motif per language, as semitones above A4. The built-in recordings cannot be shipped
 * (no audio files may be downloaded here), so each language gets a recognisably different tune.
 */
const MOTIFS: Record<HoldLanguage, readonly number[]> = {
  en: [3, 7, 10, 15, 10, 7, 3],
  de: [0, 4, 7, 12, 7, 4, 0, -5],
  ru: [0, 3, 7, 8, 7, 3, 0],
  uk: [2, 5, 9, 14, 9, 5, 2],
  es: [0, 1, 4, 5, 7, 5, 4, 1],
  pt: [5, 9, 12, 9, 7, 4, 5],
};

const NOTE_SECONDS = 0.28;

/** How long a language's sample lasts, in milliseconds. */
export function motifMs(language: HoldLanguage): number {
  return Math.round(MOTIFS[language].length * NOTE_SECONDS * 1000) + 200;
}

type AudioContextCtor = new () => AudioContext;

/**
 * Plays a language's sample with Web Audio. Returns a function that stops it, or null when the
 * browser has no Web Audio (jsdom, very old browsers).
 */
export function playMotif(language: HoldLanguage): (() => void) | null {
  // `?mute=1` (end-to-end runs) keeps the app silent; the button still behaves as if playing.
  if (new URLSearchParams(globalThis.location?.search ?? '').get('mute') === '1') return () => undefined;
  const g = globalThis as unknown as { AudioContext?: AudioContextCtor; webkitAudioContext?: AudioContextCtor };
  const Ctor = g.AudioContext ?? g.webkitAudioContext;
  if (!Ctor) return null;
  const ctx = new Ctor();
  const start = ctx.currentTime + 0.05;
  MOTIFS[language].forEach((semitone, i) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'triangle';
    osc.frequency.value = 440 * 2 ** (semitone / 12);
    const t = start + i * NOTE_SECONDS;
    // A soft attack and release, so notes do not click.
    gain.gain.setValueAtTime(0, t);
    gain.gain.linearRampToValueAtTime(0.2, t + 0.03);
    gain.gain.linearRampToValueAtTime(0, t + NOTE_SECONDS - 0.02);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t);
    osc.stop(t + NOTE_SECONDS);
  });
  return () => void ctx.close();
}
