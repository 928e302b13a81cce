import type { z } from 'zod';
import { formatPhone, parsePhoneInput, PHONE_EXAMPLE } from '../../engine';
import { TextField } from '../../ui/TextField';
import type { Parsed } from '../../ui/TextField';

/** The message zod gives for `path` (or the first one), in words for the field's label. */
export function schemaMessage(error: z.ZodError, path?: readonly PropertyKey[]): string {
  const at = path ? error.issues.find((i) => path.every((p, k) => i.path[k] === p)) : undefined;
  const issue = at ?? error.issues[0];
  if (!issue) return 'This value is not allowed.';
  if (issue.code === 'too_small' && 'minimum' in issue) return `Must be at least ${String(issue.minimum)}.`;
  if (issue.code === 'too_big' && 'maximum' in issue) {
    return issue.origin === 'string' ? `At most ${String(issue.maximum)} characters.` : `Must be at most ${String(issue.maximum)}.`;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'int') return 'Must be a whole number.';
  return issue.message.charAt(0).toUpperCase() + issue.message.slice(1) + (issue.message.endsWith('.') ? '' : '.');
}

/**
 * Checks a candidate value by parsing the whole `data` it would produce with the kind's
 * schema, so that the rules live in one place (the engine) and the inspector cannot drift.
 */
export type Check = (value: unknown) => Parsed<unknown>;

export interface NumberInputProps {
  label: string;
  value: number;
  check: Check;
  onCommit: (value: number) => void;
  hint?: string;
  /** Counts (rings, retries): the message asks for a whole number, and phones show digits only. */
  whole?: boolean;
}

/** A plain decimal number as people type it: no exponents, hex or separators. */
const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** A number typed as text, saved only when it is a number the schema accepts. */
export function NumberInput({ label, value, check, onCommit, hint, whole = false }: NumberInputProps) {
  const parse = (text: string): Parsed<number> => {
    const t = text.trim();
    if (!DECIMAL.test(t)) return { ok: false, message: whole ? 'Enter a whole number, such as 4.' : 'Enter a number, such as 4 or 2.5.' };
    const r = check(Number(t));
    return r.ok ? { ok: true, value: Number(t) } : r;
  };
  return <TextField label={label} value={value} format={String} parse={parse} onCommit={onCommit} inputMode={whole ? 'numeric' : 'decimal'} hint={hint} />;
}

export interface TextInputProps {
  label: string;
  value: string;
  check: Check;
  onCommit: (value: string) => void;
  placeholder?: string;
  hint?: string;
  type?: 'text' | 'tel';
}

/** Free text saved as typed when the schema accepts it (a label, a TTS text). */
export function TextInput({ label, value, check, onCommit, placeholder, hint, type }: TextInputProps) {
  const parse = (text: string): Parsed<string> => {
    const r = check(text);
    return r.ok ? { ok: true, value: text } : r;
  };
  return <TextField label={label} value={value} format={(v) => v} parse={parse} onCommit={onCommit} placeholder={placeholder} hint={hint} type={type} />;
}

/**
 * A phone number typed as people write them (spaces, dashes, dots, brackets, a leading 00),
 * saved in E.164 once it is a possible number the schema accepts, and shown formatted.
 */
export function PhoneInput({ label, value, check, onCommit, hint }: Omit<TextInputProps, 'type' | 'placeholder'>) {
  const parse = (text: string): Parsed<string> => {
    const phone = parsePhoneInput(text);
    if (!phone.ok) return phone;
    const r = check(phone.e164);
    return r.ok ? { ok: true, value: phone.e164 } : r;
  };
  return (
    <TextField label={label} value={value} format={(v) => (v ? formatPhone(v) : '')} parse={parse} onCommit={onCommit}
      type="tel" inputMode="tel" placeholder={PHONE_EXAMPLE} hint={hint} />
  );
}
