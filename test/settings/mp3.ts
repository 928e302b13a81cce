/** Real MPEG-1 Layer III frame bytes for tests: 128 kbit/s, 44.1 kHz, 417-byte frames. */
export function mp3Bytes(mode: 'mono' | 'stereo', frames = 3): Uint8Array {
  const frameLength = 417;
  const out = new Uint8Array(frameLength * frames);
  for (let f = 0; f < frames; f++) {
    const at = f * frameLength;
    out[at] = 0xff;
    out[at + 1] = 0xfb; // MPEG-1, Layer III, no CRC
    out[at + 2] = 0x90; // 128 kbit/s, 44.1 kHz, no padding
    out[at + 3] = mode === 'mono' ? 0xc4 : 0x04; // channel mode in the top two bits
  }
  return out;
}

/** The start of a PNG image. */
export function pngBytes(): Uint8Array {
  const b = new Uint8Array(64);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  return b;
}

/** An ID3v2.4 tag of `size` bytes (after its 10-byte header), as taggers put before the audio. */
export function withId3(audio: Uint8Array, size = 100): Uint8Array {
  const out = new Uint8Array(10 + size + audio.length);
  out.set([0x49, 0x44, 0x33, 4, 0, 0, (size >> 21) & 0x7f, (size >> 14) & 0x7f, (size >> 7) & 0x7f, size & 0x7f]);
  out.set(audio, 10 + size);
  return out;
}
