import type { PhoneInput } from '../engine';
import { parsePhoneInput, PHONE_EXAMPLE } from '../engine';

/*
 * Example numbers for phone fields' placeholders, hints and errors. Both are in no demo
 * document (test/fixtures/demo.json), so following one is never refused as a number the
 * workspace has; both are valid for their kind (libphonenumber) and written as formatPhone
 * shows them, so a saved example looks as it was typed.
 */

/** A Ho Chi Minh City landline, for a company's own numbers: the engine's messages give it too. */
export const LANDLINE_EXAMPLE = PHONE_EXAMPLE;
/** A Vietnamese mobile, for employees' mobiles and backup numbers. */
export const MOBILE_EXAMPLE = '+84 905 550 123';

/** Puts `example` in place of whatever number a message gives "such as". */
export function withExample(message: string, example: string): string {
  return message.replace(/such as \+[\d ]+\d/g, `such as ${example}`);
}

/** `parsePhoneInput` whose messages give `example` instead of the engine's example. */
export function parsePhoneWithExample(text: string, example: string): PhoneInput {
  const r = parsePhoneInput(text);
  return r.ok ? r : { ok: false, message: withExample(r.message, example) };
}
