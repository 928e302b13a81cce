import { IVR_DIGITS } from '../../engine';
import type { FlowEdge } from '../../engine';
import { SelectField } from '../../ui/SelectField';
import { TextInput } from './fields';
import type { NodeDataEditor } from './useNodeData';

type Option = { digit: string; label: string };

/**
 * The connection of option `i` of a menu whose options may share a digit (an imported bundle):
 * the k-th option with a digit owns the k-th edge on that handle. Calls follow the first.
 */
function edgeOfOption(options: readonly Option[], i: number, edges: readonly FlowEdge[]): FlowEdge | undefined {
  const digit = options[i]!.digit;
  const rank = options.slice(0, i).filter((o) => o.digit === digit).length;
  return edges.filter((e) => e.sourceHandle === digit)[rank];
}

/**
 * The voice menu's options: a digit and a label each. A digit already taken by another
 * option is not offered, and changing a digit keeps the option's connection (its edge moves
 * to the new key), so the menu stays wired. Of options sharing a digit, only the edited one's
 * edge moves.
 */
export function IvrOptionsEditor({ editor, edges }: { editor: NodeDataEditor; edges: readonly FlowEdge[] }) {
  const options = (editor.data.options ?? []) as Option[];
  const used = new Set(options.map((o) => o.digit));
  const free = IVR_DIGITS.filter((d) => !used.has(d));
  // Adding or removing an option is one undo step each; stepping through a key's list is one until it loses focus.
  const setOptions = (next: Option[]) => editor.commit(['options'], next, undefined, { discrete: true });
  const setDigit = (i: number, d: string) => {
    const edge = edgeOfOption(options, i, edges);
    editor.commit(['options'], options.map((x, k) => (k === i ? { ...x, digit: d } : x)), edge ? { [edge.id]: d } : undefined);
  };
  return (
    <fieldset className="cf-ivr-options">
      <legend>Menu options</legend>
      {options.length === 0 && <p>No options yet: every caller reaches “Timeout”.</p>}
      <ol>
        {options.map((o, i) => (
          // By position: an imported menu may have two options on one digit.
          <li key={i}>
            <SelectField
              label={`Option ${i + 1} digit`}
              value={o.digit}
              options={IVR_DIGITS.filter((d) => d === o.digit || !used.has(d)).map((d) => ({ value: d, label: d }))}
              onChange={(d) => setDigit(i, d)}
            />
            <TextInput
              label={`Option ${i + 1} label`}
              value={o.label}
              check={editor.check(['options', i, 'label'])}
              onCommit={(v) => editor.commit(['options', i, 'label'], v)}
            />
            <button type="button" onClick={() => setOptions(options.filter((_, k) => k !== i))}>
              Remove option {i + 1}
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
