import { IVR_DIGITS } from '../../engine';
import { SelectField } from '../../ui/SelectField';
import { TextInput } from './fields';
import type { NodeDataEditor } from './useNodeData';

type Option = { digit: string; label: string };

/**
 * The voice menu's options: a digit and a label each. A digit already taken by another
 * option is not offered, and changing a digit keeps the option's connection (its handle is
 * renamed), so the menu stays wired.
 */
export function IvrOptionsEditor({ editor }: { editor: NodeDataEditor }) {
  const options = (editor.data.options ?? []) as Option[];
  const used = new Set(options.map((o) => o.digit));
  const free = IVR_DIGITS.filter((d) => !used.has(d));
  const setOptions = (next: Option[], rename?: Record<string, string>) => editor.commit(['options'], next, rename);
  return (
    <fieldset className="cf-ivr-options">
      <legend>Menu options</legend>
      {options.length === 0 && <p>No options yet: every caller reaches “Timeout”.</p>}
      <ol>
        {options.map((o, i) => (
          <li key={o.digit}>
            <SelectField
              label={`Option ${i + 1} digit`}
              value={o.digit}
              options={IVR_DIGITS.filter((d) => d === o.digit || !used.has(d)).map((d) => ({ value: d, label: d }))}
              onChange={(d) => setOptions(options.map((x, k) => (k === i ? { ...x, digit: d } : x)), { [o.digit]: d })}
            />
            <TextInput
              label={`Option ${i + 1} label`}
              value={o.label}
              check={editor.check(['options', i, 'label'])}
              onCommit={(v) => editor.commit(['options', i, 'label'], v)}
            />
            <button type="button" onClick={() => setOptions(options.filter((_, k) => k !== i))}>
              Remove option {o.digit}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" disabled={!free.length} onClick={() => free[0] && setOptions([...options, { digit: free[0], label: '' }])}>
        Add option
      </button>
    </fieldset>
  );
}
