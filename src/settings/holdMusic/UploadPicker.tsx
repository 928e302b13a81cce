import { useId, useState } from 'react';
import type { HoldMusic } from '../../engine';
import { checkHoldMusic, readMp3Info } from '../../engine';
import type { HoldMusicAssets } from './types';
import { useAssetUrl } from './useAssetUrl';

export type Upload = Extract<HoldMusic, { kind: 'upload' }>;

interface Props {
  current: Upload | null;
  /** An upload this visit of the page moved away from: offered back until the page is left. */
  previous?: Upload | null;
  assets: HoldMusicAssets;
  onUploaded: (music: Upload) => void;
  onRemove: () => void;
  /** Takes `previous` back. */
  onAgain?: (music: Upload) => void;
}

async function readBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(file);
  });
}

function sizeText(bytes: number): string {
  return bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(2)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * Uploading your own hold music (S2): the file's bytes are checked (.mp3, ≤ 2 MB, mono) before
 * anything is stored; a refused file says why and changes nothing.
 */
export function UploadPicker({ current, previous = null, assets, onUploaded, onRemove, onAgain = onUploaded }: Props) {
  const id = useId();
  const [refusal, setRefusal] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const { url, missing } = useAssetUrl(assets, current?.assetId ?? null);

  const upload = async (file: File) => {
    setBusy(true);
    try {
      const bytes = await readBytes(file);
      const problems = checkHoldMusic(file.name, bytes);
      if (problems.length > 0) {
        setRefusal(problems.map((p) => p.message));
        return;
      }
      const info = readMp3Info(bytes);
      const stored = await assets.putAsset(bytes, { fileName: file.name, mimeType: 'audio/mpeg', channels: info?.channels ?? 1 });
      setRefusal(null);
      onUploaded({ kind: 'upload', fileName: file.name, sizeBytes: bytes.length, channels: info?.channels ?? 1, assetId: stored.id });
    } catch (e) {
      setRefusal([`The file could not be stored: ${e instanceof Error ? e.message : String(e)}`]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="hold-upload">
      <legend>Your own hold music</legend>
      {current && (
        <div className="uploaded">
          <p>Uploaded: <strong>{current.fileName}</strong> ({sizeText(current.sizeBytes)}, {current.channels === 1 ? 'mono' : `${current.channels} channels`})</p>
          {url && <audio controls src={url} aria-label={`Play ${current.fileName}`} />}
          {missing && <p className="field-error">The audio of this file is missing from this browser’s storage; upload it again.</p>}
          <button type="button" onClick={onRemove}>Remove uploaded hold music</button>
        </div>
      )}
      {previous && (
        <p>
          <button type="button" onClick={() => onAgain(previous)}>Use “{previous.fileName}” again</button>
        </p>
      )}
      <div className="field">
        <label htmlFor={id}>{current ? 'Replace with another file' : 'Upload hold music'}</label>
        <input
          id={id}
          type="file"
          accept=".mp3,audio/mpeg"
          disabled={busy}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void upload(file);
          }}
        />
        <span id={`${id}-hint`} className="field-hint">An .mp3 file, at most 2 MB, mono.</span>
      </div>
      {refusal && (
        <div role="alert" className="field-error">
          <p>The file was not used:</p>
          <ul>{refusal.map((m) => <li key={m}>{m}</li>)}</ul>
        </div>
      )}
    </fieldset>
  );
}
