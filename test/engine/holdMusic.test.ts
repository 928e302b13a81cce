import { describe, expect, it } from 'vitest';
import { checkHoldMusic, MAX_HOLD_MUSIC_BYTES, readMp3Info } from '../../src/engine';

type Mode = 'stereo' | 'joint' | 'dual' | 'mono';
const MODE_BITS: Record<Mode, number> = { stereo: 0, joint: 1, dual: 2, mono: 3 };

/** One MPEG-1 frame at 128 kbps, 44.1 kHz: a real 4-byte header and a zero payload of the length it implies. */
function frame(mode: Mode, layer: 1 | 2 | 3 = 3): Uint8Array {
  const layerBits = { 3: 1, 2: 2, 1: 3 }[layer];
  const bitrateIndex = layer === 1 ? 4 : layer === 2 ? 8 : 9; // 128 kbps in each layer's table
  const length = layer === 1 ? Math.floor((12 * 128_000) / 44_100) * 4 : Math.floor((144 * 128_000) / 44_100);
  const f = new Uint8Array(length);
  f.set([0xff, 0xe0 | (3 << 3) | (layerBits << 1) | 1, (bitrateIndex << 4) | (0 << 2), MODE_BITS[mode] << 6]);
  return f;
}

/** An ID3v2.4 tag with `size` bytes of body, its size written syncsafe (7 bits a byte). */
function id3(size: number): Uint8Array {
  const tag = new Uint8Array(10 + size);
  tag.set([0x49, 0x44, 0x33, 4, 0, 0, (size >> 21) & 0x7f, (size >> 14) & 0x7f, (size >> 7) & 0x7f, size & 0x7f]);
  if (size >= 14) tag.set([0xff, 0xfb, 0x90, 0x00], 10); // a stray sync inside the tag
  return tag;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const mp3 = (mode: Mode, frames = 3) => concat(...Array.from({ length: frames }, () => frame(mode)));
const codes = (fileName: string, bytes: Uint8Array) => checkHoldMusic(fileName, bytes).map((i) => i.code);

describe('S2 hold music', () => {
  it('S2 a mono MP3 passes, with or without an ID3v2 tag', () => {
    expect(checkHoldMusic('hold.mp3', mp3('mono'))).toEqual([]);
    expect(checkHoldMusic('Hold Music.MP3', concat(id3(300), mp3('mono')))).toEqual([]);
  });

  it('S2 readMp3Info reads channels, bitrate and sample rate after the ID3v2 tag (syncsafe size)', () => {
    expect(readMp3Info(concat(id3(1000), mp3('mono')))).toEqual({
      channels: 1, channelMode: 'mono', layer: 3, version: '1', bitrateKbps: 128, sampleRate: 44_100, offset: 1010,
    });
    expect(readMp3Info(mp3('joint'))).toMatchObject({ channels: 2, channelMode: 'joint stereo', offset: 0 });
    expect(readMp3Info(new Uint8Array([1, 2, 3]))).toBeNull();
  });

  it('S2 audio frames inside the ID3v2 tag (embedded data) are skipped, not read', () => {
    const body = mp3('stereo', 2);
    const tag = concat(id3(0).subarray(0, 10), body);
    tag.set([(body.length >> 21) & 0x7f, (body.length >> 14) & 0x7f, (body.length >> 7) & 0x7f, body.length & 0x7f], 6);
    expect(readMp3Info(concat(tag, mp3('mono')))).toMatchObject({ channels: 1, offset: 10 + body.length });
    expect(checkHoldMusic('hold.mp3', concat(tag, mp3('mono')))).toEqual([]);
  });

  it('hold-music-stereo: S2 stereo, joint stereo and dual channel are refused with the reason', () => {
    expect(checkHoldMusic('hold.mp3', mp3('stereo'))).toEqual([
      { severity: 'error', code: 'hold-music-stereo', field: 'settings.holdMusic', message: 'The file is stereo; hold music must be mono. Convert it to mono and upload it again.' },
    ]);
    expect(codes('hold.mp3', concat(id3(64), mp3('joint')))).toEqual(['hold-music-stereo']);
    expect(checkHoldMusic('hold.mp3', mp3('dual'))[0]?.message).toContain('dual channel');
  });

  it('hold-music-format: S2 a name that is not .mp3', () => {
    expect(checkHoldMusic('hold.wav', mp3('mono'))).toEqual([expect.objectContaining({ code: 'hold-music-format', message: expect.stringContaining("'hold.wav' is not an .mp3 file") })]);
  });

  it('hold-music-format: S2 a WAV or PNG renamed .mp3 is refused by content', () => {
    const wav = new Uint8Array(2_000);
    wav.set([...'RIFF'].map((c) => c.charCodeAt(0)), 0);
    wav.set([...'WAVEfmt '].map((c) => c.charCodeAt(0)), 8);
    for (let i = 44; i < wav.length; i++) wav[i] = i % 7 === 0 ? 0xff : (i * 37) & 0xff;
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    expect(checkHoldMusic('hold.mp3', wav)).toEqual([expect.objectContaining({ code: 'hold-music-format', message: expect.stringContaining('is a WAV file, not MP3 audio') })]);
    expect(checkHoldMusic('hold.mp3', png)[0]?.message).toContain('is a PNG image');
    expect(checkHoldMusic('hold.mp3', new Uint8Array(500).fill(0x41))[0]?.message).toContain('contains no MP3 audio');
    expect(checkHoldMusic('hold.mp3', new Uint8Array(0))[0]?.message).toContain('is empty');
  });

  it('hold-music-format: S2 MPEG audio of another layer is not MP3', () => {
    const layer2 = concat(frame('mono', 2), frame('mono', 2), frame('mono', 2));
    expect(checkHoldMusic('hold.mp3', layer2)).toEqual([expect.objectContaining({ code: 'hold-music-format', message: expect.stringContaining('Layer II, not MP3') })]);
  });

  it('hold-music-size: S2 at most 2,097,152 bytes', () => {
    const frames = Math.ceil((MAX_HOLD_MUSIC_BYTES + 1) / frame('mono').length);
    const big = mp3('mono', frames);
    expect(big.length).toBeGreaterThan(MAX_HOLD_MUSIC_BYTES);
    expect(checkHoldMusic('hold.mp3', big)).toEqual([expect.objectContaining({ code: 'hold-music-size', message: expect.stringContaining('at most 2 MB (2,097,152 bytes)') })]);
    expect(checkHoldMusic('hold.mp3', mp3('mono', frames).subarray(0, MAX_HOLD_MUSIC_BYTES))).toEqual([]);
  });

  it('S2 every problem is reported at once', () => {
    const frames = Math.ceil((MAX_HOLD_MUSIC_BYTES + 1) / frame('stereo').length);
    expect(codes('hold.ogg', mp3('stereo', frames))).toEqual(['hold-music-format', 'hold-music-size', 'hold-music-stereo']);
  });
});
