import { useEffect } from 'react';
import type { Melody, PhoneNumber } from '../engine';
import { useStore } from '../store/react';
import type { CallContext } from './engineRun';

/** The melody a node plays: a greeting's melody, a menu's prompt, a voicemail's greeting, a hang-up's message. */
function melodyOf(number: PhoneNumber, nodeId: string | null): Melody | null {
  const node = nodeId ? number.flow.nodes.find((n) => n.id === nodeId) : undefined;
  const d = (node?.data ?? {}) as { melody?: Melody; prompt?: Melody; greeting?: Melody | null; message?: Melody | null };
  return d.melody ?? d.prompt ?? d.greeting ?? d.message ?? null;
}

/**
 * Plays what the caller hears while a melody is on: text-to-speech through `speechSynthesis`,
 * an uploaded file from the store's assets. Silent when muted, and wherever the browser has
 * neither (jsdom, headless runs).
 */
export function useCallAudio(playing: CallContext['playing'], number: PhoneNumber, muted: boolean) {
  const store = useStore();
  const key = playing ? `${playing.nodeId ?? ''}@${playing.since}` : null;
  useEffect(() => {
    if (muted || !playing || typeof window === 'undefined') return;
    const melody = melodyOf(number, playing.nodeId);
    if (melody?.kind === 'upload') {
      if (typeof Audio === 'undefined' || typeof URL.createObjectURL !== 'function') return;
      let url: string | null = null;
      let audio: HTMLAudioElement | null = null;
      let stopped = false;
      void store.getAsset(melody.assetId).then((asset) => {
        if (stopped || !asset) return;
        url = URL.createObjectURL(new Blob([asset.bytes as BlobPart], { type: asset.mimeType || 'audio/mpeg' }));
        audio = new Audio(url);
        void audio.play().catch(() => undefined);
      });
      return () => {
        stopped = true;
        audio?.pause();
        if (url) URL.revokeObjectURL(url);
      };
    }
    const synth = 'speechSynthesis' in window ? window.speechSynthesis : null;
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
    // Built-in melodies have no recording here: their name is read out instead.
    synth.speak(new SpeechSynthesisUtterance(melody?.kind === 'tts' ? melody.text : playing.text));
    return () => synth.cancel();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one utterance per melody start (`key`), not per context change
  }, [key, muted]);
}
