import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/min';
import metadata from 'libphonenumber-js/metadata.min.json';

/** `+`, then 8–15 digits, the first not 0 — the shape format.md requires of every phone number. */
const E164 = /^\+[1-9]\d{7,14}$/;

export type PhoneCheck = { ok: true } | { ok: false; message: string };

/**
 * Checks that `value` is an E.164 number a phone network could dial: the format's shape, then
 * libphonenumber's length rules for its country. "Possible" rather than "valid" on purpose:
 * reserved test ranges such as +1 415 555 0100 must pass, and numbering plans change faster
 * than the metadata.
 */
export function checkE164(value: string): PhoneCheck {
  let result = checked.get(value);
  if (!result) {
    // libphonenumber takes tens of microseconds a number, and validation re-checks the same workspace's numbers on every edit.
    if (checked.size >= CACHE_LIMIT) checked.clear();
    result = uncachedCheck(value);
    checked.set(value, result);
  }
  return result;
}

const CACHE_LIMIT = 20_000;
const checked = new Map<string, PhoneCheck>();

function uncachedCheck(value: string): PhoneCheck {
  if (!E164.test(value)) {
    if (!value.startsWith('+')) return { ok: false, message: 'must start with + and the country code' };
    if (/[^\d+]/.test(value.slice(1)) || value.indexOf('+', 1) >= 0) return { ok: false, message: 'may contain only digits after the +' };
    if (value[1] === '0') return { ok: false, message: 'starts with 0 after the +, and no country code does' };
    const digits = value.length - 1;
    return { ok: false, message: digits < 8 ? `has ${digits} digits; at least 8 are needed` : `has ${digits} digits; at most 15 are allowed` };
  }
  const problem = validatePhoneNumberLength(value);
  if (problem === undefined) return { ok: true };
  switch (problem) {
    case 'INVALID_COUNTRY': return { ok: false, message: 'does not start with a known country code' };
    case 'TOO_SHORT': return { ok: false, message: 'is too short for its country' };
    case 'TOO_LONG': return { ok: false, message: 'is too long for its country' };
    default: return { ok: false, message: 'is not a possible number for its country' };
  }
}

/** Is `value` an E.164 number (see checkE164)? */
export function isE164(value: string): boolean {
  return checkE164(value).ok;
}

/**
 * The number messages give as an example: a Ho Chi Minh City landline in no demo document, so
 * that following the example is never refused as a number the workspace already has.
 */
export const PHONE_EXAMPLE = '+84 28 3456 7890';

/** An E.164 number in international format for display (`+84 28 7123 4567`); anything else unchanged. */
export function formatPhone(e164: string): string {
  const parsed = E164.test(e164) ? parsePhoneNumberFromString(e164) : undefined;
  return parsed ? parsed.formatInternational() : e164;
}

/**
 * A text with every E.164 number in it written for display: the call log's "Call from
 * +84901000101" reads "Call from +84 90 100 01 01". The engine's own texts keep the E.164 form.
 */
export function formatPhonesIn(text: string): string {
  return text.replace(/\+\d{6,15}\b/g, formatPhone);
}

export type PhoneInput = { ok: true; e164: string } | { ok: false; message: string };

/**
 * Reads a phone number typed into a form: spaces, dashes, dots and brackets are ignored and a
 * leading `00` counts as `+`. Returns the E.164 form, or a message saying what is wrong.
 */
export function parsePhoneInput(text: string): PhoneInput {
  let s = text.trim().replace(/[\s\-.()[\]/]/g, '');
  if (s === '') return { ok: false, message: `Enter a phone number, such as ${PHONE_EXAMPLE}.` };
  if (s.startsWith('00')) s = '+' + s.slice(2);
  if (!s.startsWith('+')) return { ok: false, message: `Start with + and the country code, such as ${PHONE_EXAMPLE}.` };
  const check = checkE164(s);
  if (!check.ok) return { ok: false, message: `The number ${check.message}.` };
  return { ok: true, e164: s };
}

let codes: ReadonlySet<string> | undefined;

/** Every country calling code libphonenumber knows, geographic (`44`) and global (`800`). */
export function countryCallingCodes(): ReadonlySet<string> {
  codes ??= new Set([...Object.keys(metadata.country_calling_codes), ...Object.keys(metadata.nonGeographic ?? {})]);
  return codes;
}

/** The country calling code that `digits` starts with (codes are prefix-free, so at most one), or null. */
export function countryCodeAtStart(digits: string): string | null {
  const all = countryCallingCodes();
  for (let len = 1; len <= 3 && len <= digits.length; len++) {
    const head = digits.slice(0, len);
    if (all.has(head)) return head;
  }
  return null;
}

/** Do the leading digits of `digits` form a country calling code? `44…` does, `801…` does not. */
export function startsWithCountryCode(digits: string): boolean {
  return /^\d/.test(digits) && countryCodeAtStart(digits) !== null;
}
