import type { FlowIssue } from './schema/result';

/** S2: hold music may be at most 2 MB. */
export const MAX_HOLD_MUSIC_BYTES = 2_097_152;
/** How far past any ID3v2 tag to look for the first audio frame; real encoders put it right there. */
const SCAN_BYTES = 65_536;

export type ChannelMode = 'stereo' | 'joint stereo' | 'dual channel' | 'mono';

/** What the first MPEG audio frame of a file says. */
export interface Mp3Info {
  /** 1 for mono, 2 for the stereo modes. */
  channels: 1 | 2;
  channelMode: ChannelMode;
  /** MPEG audio layer: 3 is MP3. */
  layer: 1 | 2 | 3;
  version: '1' | '2' | '2.5';
  bitrateKbps: number;
  sampleRate: number;
  /** Where the frame starts, after any ID3v2 tags. */
  offset: number;
}

const BITRATES: Record<string, readonly number[]> = {
  '1-1': [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  '1-2': [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  '1-3': [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  '2-1': [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  '2-2': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  '2-3': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const SAMPLE_RATES = { '1': [44_100, 48_000, 32_000], '2': [22_050, 24_000, 16_000], '2.5': [11_025, 12_000, 8_000] } as const;
const VERSIONS = ['2.5', null, '2', '1'] as const;
const LAYERS = [null, 3, 2, 1] as const;
const MODES: readonly ChannelMode[] = ['stereo', 'joint stereo', 'dual channel', 'mono'];

interface Header extends Omit<Mp3Info, 'offset'> {
  length: number;
}

/** Decodes the 4-byte frame header at `i`, or null if there is none (free-format frames included, as their length is unknown). */
function headerAt(b: Uint8Array, i: number): Header | null {
  if (i + 4 > b.length) return null;
  const b1 = b[i + 1] as number;
  const b2 = b[i + 2] as number;
  const b3 = b[i + 3] as number;
  if (b[i] !== 0xff || (b1 & 0xe0) !== 0xe0) return null;
  const version = VERSIONS[(b1 >> 3) & 3];
  const layer = LAYERS[(b1 >> 1) & 3];
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 3;
  if (!version || !layer || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3 || (b3 & 3) === 2) return null;
  const bitrateKbps = BITRATES[`${version === '1' ? 1 : 2}-${layer}`]?.[bitrateIndex] as number;
  const sampleRate = SAMPLE_RATES[version][rateIndex] as number;
  const padding = (b2 >> 1) & 1;
  const bits = bitrateKbps * 1000;
  const length = layer === 1
    ? Math.floor((12 * bits) / sampleRate + padding) * 4
    : Math.floor(((layer === 3 && version !== '1' ? 72 : 144) * bits) / sampleRate) + padding;
  const channelMode = MODES[b3 >> 6] as ChannelMode;
  return { channels: channelMode === 'mono' ? 1 : 2, channelMode, layer, version, bitrateKbps, sampleRate, length };
}

/** The offset just past any ID3v2 tags; their size is "syncsafe": 4 bytes of 7 bits each. */
export function skipId3v2(b: Uint8Array): number {
  let at = 0;
  while (at + 10 <= b.length && b[at] === 0x49 && b[at + 1] === 0x44 && b[at + 2] === 0x33) {
    const size = [6, 7, 8, 9].map((k) => b[at + k] as number);
    if (size.some((x) => x >= 0x80)) break;
    const footer = ((b[at + 5] as number) & 0x10) !== 0 ? 10 : 0;
    at += 10 + size.reduce((acc, x) => (acc << 7) | x, 0) + footer;
  }
  return at;
}

/**
 * Reads the first MPEG audio frame after any ID3v2 tags: channels, layer, bitrate, sample rate.
 * A candidate header counts only if the next frame starts where it says (or the file ends
 * there), so stray 0xFF bytes in another kind of file are not mistaken for audio.
 */
export function readMp3Info(bytes: Uint8Array): Mp3Info | null {
  const start = skipId3v2(bytes);
  const end = Math.min(bytes.length - 3, start + SCAN_BYTES);
  for (let i = start; i < end; i++) {
    if (bytes[i] !== 0xff) continue;
    const h = headerAt(bytes, i);
    if (!h) continue;
    const nextAt = i + h.length;
    if (nextAt + 4 <= bytes.length) {
      const next = headerAt(bytes, nextAt);
      if (!next || next.layer !== h.layer || next.version !== h.version || next.sampleRate !== h.sampleRate) continue;
    }
    const { length: _length, ...info } = h;
    return { ...info, offset: i };
  }
  return null;
}

const SIGNATURES: [test: (b: Uint8Array) => boolean, what: string][] = [
  [(b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WAVE'), 'a WAV file'],
  [(b) => b[0] === 0x89 && ascii(b, 1, 'PNG'), 'a PNG image'],
  [(b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff, 'a JPEG image'],
  [(b) => ascii(b, 0, 'GIF8'), 'a GIF image'],
  [(b) => ascii(b, 0, 'OggS'), 'an Ogg file'],
  [(b) => ascii(b, 0, 'fLaC'), 'a FLAC file'],
  [(b) => ascii(b, 4, 'ftyp'), 'an MP4/M4A file'],
  [(b) => ascii(b, 0, '%PDF'), 'a PDF document'],
  [(b) => ascii(b, 0, 'PK\u0003\u0004'), 'a ZIP archive'],
];

function ascii(b: Uint8Array, at: number, text: string): boolean {
  for (let k = 0; k < text.length; k++) if (b[at + k] !== text.charCodeAt(k)) return false;
  return true;
}

/**
 * S2: checks an uploaded hold-music file by name (`.mp3`), by content (an MPEG audio Layer III
 * frame after any ID3v2 tag), by size (≤ 2,097,152 bytes) and channels (mono). Every problem is
 * reported, each with `field: 'settings.holdMusic'`.
 */
export function checkHoldMusic(fileName: string, bytes: Uint8Array): FlowIssue[] {
  const issues: FlowIssue[] = [];
  const add = (code: string, message: string) => issues.push({ severity: 'error', code, message, field: 'settings.holdMusic' });
  const name = `'${fileName}'`;
  if (!/\.mp3$/i.test(fileName)) add('hold-music-format', `The file ${name} is not an .mp3 file; hold music must be an MP3.`);
  if (bytes.length > MAX_HOLD_MUSIC_BYTES) {
    add('hold-music-size', `The file is ${(bytes.length / 1_048_576).toFixed(2)} MB (${bytes.length.toLocaleString('en-US')} bytes); hold music may be at most 2 MB (2,097,152 bytes).`);
  }
  if (bytes.length === 0) {
    add('hold-music-format', `The file ${name} is empty.`);
    return issues;
  }
  const info = readMp3Info(bytes);
  const other = skipId3v2(bytes) === 0 ? SIGNATURES.find(([test]) => test(bytes))?.[1] : undefined;
  if (other) {
    add('hold-music-format', `The file ${name} is ${other}, not MP3 audio; hold music must be an MP3.`);
  } else if (!info) {
    add('hold-music-format', `The file ${name} contains no MP3 audio (no MPEG audio frame was found); hold music must be an MP3.`);
  } else if (info.layer !== 3) {
    add('hold-music-format', `The file ${name} is MPEG audio Layer ${info.layer === 1 ? 'I' : 'II'}, not MP3 (Layer III); hold music must be an MP3.`);
  } else if (info.channels !== 1) {
    const mode = info.channelMode === 'stereo' ? 'stereo' : `stereo (${info.channelMode})`;
    add('hold-music-stereo', `The file is ${mode}; hold music must be mono. Convert it to mono and upload it again.`);
  }
  return issues;
}
