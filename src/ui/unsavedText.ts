import { useEffect, useRef } from 'react';

/**
 * Text typed into a field that could not be saved (it shows why, and the saved value stays as
 * it was). While any is on screen, leaving the page asks first: the text would otherwise be
 * thrown away without a word. Fields report here (`useUnsavedText`: TextField, the hours'
 * intervals, the holiday being added); the app's shell asks (`app/LeaveGuard.tsx`).
 */
export interface UnsavedText {
  /** The field's label. */
  label: string;
  /** What the user typed. */
  text: string;
  /** Why it was not saved. */
  message: string;
}

const open = new Map<object, UnsavedText>();

/** Records (or, with null, forgets) the unsaved text of the field identified by `key`. */
export function markUnsaved(key: object, entry: UnsavedText | null): void {
  if (entry) open.set(key, entry);
  else open.delete(key);
}

/** Every field's text that is on screen and not saved, in the order the fields reported it. */
export function unsavedTexts(): UnsavedText[] {
  return [...open.values()];
}

/** "Phone number: “+84 12” (The number has 4 digits…)": one field's unsaved text in a sentence. */
export function describeUnsaved(u: UnsavedText): string {
  return `${u.label}: ${u.text.trim() ? `“${u.text}”` : 'left empty'} (${u.message})`;
}

/** Reports a field's unsaved text (null: none) while the field is on screen. */
export function useUnsavedText(entry: UnsavedText | null): void {
  const self = useRef({}).current;
  const label = entry?.label;
  const text = entry?.text;
  const message = entry?.message;
  useEffect(() => {
    markUnsaved(self, label !== undefined && text !== undefined && message !== undefined ? { label, text, message } : null);
  }, [self, label, text, message]);
  useEffect(() => () => markUnsaved(self, null), [self]);
}
