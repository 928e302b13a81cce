import type { ReactNode } from 'react';
import { useId, useRef, useState } from 'react';
import { useUnsavedText } from './unsavedText';

/** What a field's parser returns: the value to save, or why the text cannot be saved. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export interface TextFieldProps<T> {
  label: string;
  /** The saved value; the field shows it until the user types. */
  value: T;
  format: (value: T) => string;
  parse: (text: string) => Parsed<T>;
  /** Called with each valid value as it is typed; an invalid text is never passed on. */
  onCommit: (value: T) => void;
  hint?: ReactNode;
  /** Notes about the saved value that do not stop it being saved (shown with the field). */
  warnings?: readonly string[];
  /**
   * What is wrong with the saved value itself (one loaded from an import, or made wrong by a
   * change elsewhere): shown as an error until the user types a valid value.
   */
  savedErrors?: readonly string[];
  type?: 'text' | 'tel' | 'number' | 'search';
  inputMode?: 'text' | 'tel' | 'numeric' | 'decimal';
  list?: string;
  placeholder?: string;
  disabled?: boolean;
  className?: string;
  /** Hide the label visually (it stays the accessible name), for dense rows. */
  hideLabel?: boolean;
  size?: number;
  /** The validation `field` path this control edits, so that an issue about it can take the user here. */
  field?: string;
}

/**
 * A text input validated as it is typed: a valid text is saved at once, an invalid one shows
 * why (aria-invalid, aria-describedby) and puts back the value the field had when this edit
 * began. (Keeping the last valid text instead saved "3" on the way to an invalid "31".)
 */
export function TextField<T>(props: TextFieldProps<T>) {
  const { label, value, format, parse, onCommit, hint, warnings = [], savedErrors = [] } = props;
  const id = useId();
  const shown = format(value);
  const [draft, setDraft] = useState(shown);
  const [seen, setSeen] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  // The saved value when the user started editing (focus), put back while the text is invalid.
  const before = useRef<{ value: T } | null>(null);
  // A value changed elsewhere (undo, another tab, a reset) replaces the text being edited.
  if (shown !== seen) {
    setSeen(shown);
    setDraft(shown);
    setError(null);
  }

  const change = (text: string) => {
    setDraft(text);
    const parsed = parse(text);
    if (!parsed.ok) {
      setError(parsed.message);
      const back = before.current;
      if (back && format(back.value) !== shown) {
        setSeen(format(back.value));
        onCommit(back.value);
      }
      return;
    }
    setError(null);
    const next = format(parsed.value);
    if (next !== shown) {
      // Remember the formatted form so that our own save does not rewrite what is being typed.
      setSeen(next);
      onCommit(parsed.value);
    }
  };

  // Text that cannot be saved is kept on screen only: leaving the page asks first (unsavedText.ts).
  useUnsavedText(error === null ? null : { label, text: draft, message: error });

  const shownError = error ?? (savedErrors.length > 0 ? savedErrors.join(' ') : null);
  const describedBy = [hint ? `${id}-hint` : null, shownError ? `${id}-error` : null, warnings.length ? `${id}-warn` : null]
    .filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', props.className].filter(Boolean).join(' ')} data-field={props.field}>
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : undefined}>{label}</label>
      <input
        id={id}
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        list={props.list}
        placeholder={props.placeholder}
        disabled={props.disabled}
        size={props.size}
        value={draft}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={describedBy}
        onFocus={() => { before.current = { value }; }}
        onBlur={() => { before.current = null; }}
        onChange={(e) => change(e.target.value)}
      />
      {hint && <span id={`${id}-hint`} className="field-hint">{hint}</span>}
      {shownError && <span id={`${id}-error`} className="field-error">{shownError}</span>}
      {warnings.length > 0 && (
        <span id={`${id}-warn`} className="field-warning">{warnings.join(' ')}</span>
      )}
    </div>
  );
}
