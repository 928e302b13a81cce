import type { PhoneNumber } from '../../engine';
import { LANDLINE_EXAMPLE, parsePhoneWithExample } from '../phoneExamples';

export type Check = { ok: true; value: string } | { ok: false; message: string };

/** A phone number as typed: E.164 once parsed, and not one the workspace's `others` already have. */
export function checkNumber(text: string, others: readonly Pick<PhoneNumber, 'number' | 'name'>[]): Check {
  const parsed = parsePhoneWithExample(text, LANDLINE_EXAMPLE);
  if (!parsed.ok) return parsed;
  const taken = others.find((n) => n.number === parsed.e164);
  if (taken) return { ok: false, message: `This number is already in the workspace as “${taken.name}”.` };
  return { ok: true, value: parsed.e164 };
}

/** A number's name as typed: trimmed, not empty, under 200 characters. */
export function checkName(text: string): Check {
  const name = text.trim();
  if (name === '') return { ok: false, message: 'Enter a name, such as Hotline or Sales.' };
  if (name.length > 200) return { ok: false, message: 'Keep the name under 200 characters.' };
  return { ok: true, value: name };
}
