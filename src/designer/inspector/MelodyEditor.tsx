import type { Melody } from '../../engine';
import { SelectField } from '../../ui/SelectField';
import { NumberInput, TextInput } from './fields';
import type { NodeDataEditor, Path } from './useNodeData';

const BUILTIN = [
  { value: 'welcome', label: 'Welcome' },
  { value: 'please-hold', label: 'Please hold' },
  { value: 'after-hours', label: 'After hours' },
  { value: 'goodbye', label: 'Goodbye' },
];

/** An uploaded audio file, as the store lists it. */
export interface AudioFile {
  id: string;
  fileName: string;
}

const FRESH: Record<Melody['kind'], Melody> = {
  builtin: { kind: 'builtin', id: 'welcome', seconds: 8 },
  tts: { kind: 'tts', text: '', seconds: 5 },
  upload: { kind: 'upload', assetId: 'upload', seconds: 10 },
};

export interface MelodyEditorProps {
  /** "Greeting", "Prompt", "Message". */
  label: string;
  path: Path;
  editor: NodeDataEditor;
  /** Whether "None" is a choice (a hang-up message, a voicemail greeting). */
  optional?: boolean;
}

/** Chooses a built-in melody, text to speak or an uploaded file, with its length in seconds. */
export function MelodyEditor({ label, path, editor, optional }: MelodyEditorProps) {
  const melody = path.reduce<unknown>((o, k) => (o as Record<string | number, unknown> | undefined)?.[k], editor.data) as Melody | undefined;
  const kind = melody?.kind ?? 'none';
  const options = [
    ...(optional ? [{ value: 'none', label: 'None' }] : []),
    { value: 'builtin', label: 'Built-in melody' },
    { value: 'tts', label: 'Text to speech' },
    { value: 'upload', label: 'Uploaded file' },
  ];
  const setKind = (k: string) => {
    if (k === 'upload' && editor.assets[0]) return editor.commit(path, { ...FRESH.upload, assetId: editor.assets[0].id });
    return editor.commit(path, k === 'none' ? undefined : FRESH[k as Melody['kind']]);
  };
  return (
    <fieldset className="cf-melody">
      <legend>{label}</legend>
      <SelectField label={`${label} kind`} value={kind} options={options} onChange={setKind} />
      {melody?.kind === 'builtin' && (
        <SelectField label={`${label} tune`} value={melody.id} options={BUILTIN.some((b) => b.value === melody.id) ? BUILTIN : [...BUILTIN, { value: melody.id, label: melody.id }]}
          onChange={(v) => editor.commit([...path, 'id'], v)} />
      )}
      {melody?.kind === 'tts' && (
        <TextInput label={`${label} text`} value={melody.text} check={editor.check([...path, 'text'])} onCommit={(v) => editor.commit([...path, 'text'], v)} />
      )}
      {melody?.kind === 'upload' && editor.assets.length > 0 && (
        <SelectField label={`${label} file`} value={melody.assetId}
          options={[...editor.assets.map((a) => ({ value: a.id, label: a.fileName })), ...(editor.assets.some((a) => a.id === melody.assetId) ? [] : [{ value: melody.assetId, label: `Missing file ${melody.assetId}` }])]}
          onChange={(v) => editor.commit([...path, 'assetId'], v)} />
      )}
      {melody?.kind === 'upload' && editor.assets.length === 0 && (
        <TextInput label={`${label} file id`} value={melody.assetId} check={editor.check([...path, 'assetId'])} onCommit={(v) => editor.commit([...path, 'assetId'], v)}
          hint="No audio uploaded yet: type the id of a file, or upload one in the number's settings." />
      )}
      {melody && (
        <NumberInput label={`${label} length (seconds)`} value={melody.seconds} check={editor.check([...path, 'seconds'])}
          onCommit={(v) => editor.commit([...path, 'seconds'], v)} />
      )}
    </fieldset>
  );
}
