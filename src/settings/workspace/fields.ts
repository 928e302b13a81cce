import type { QueueGroup, Workspace } from '../../engine';
import type { Parsed } from '../../ui/TextField';
import { MOBILE_EXAMPLE, parsePhoneWithExample } from '../phoneExamples';

/** Who holds an extension now: employees and queue groups share one numbering. */
function holderOf(ws: Workspace, ext: string, self: string): string | null {
  for (const e of ws.employees) if (e.id !== self && e.extension === ext) return `employee ${e.name || e.id}`;
  for (const q of ws.queues) if (q.id !== self && q.extension === ext) return `queue group ${q.name || q.id}`;
  return null;
}

/** An extension typed for `selfId`: empty is none; else 1–4 digits not held by another employee or queue group. */
export function parseExtension(ws: Workspace, selfId: string, text: string): Parsed<string | null> {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  if (!/^\d{1,4}$/.test(t)) return { ok: false, message: `An extension is 1–4 digits; '${t}' is not.` };
  const holder = holderOf(ws, t, selfId);
  if (holder) return { ok: false, message: `Extension ${t} already belongs to ${holder}.` };
  return { ok: true, value: t };
}

/** An optional phone number in international format (a mobile); errors give a mobile as their example. */
export function parseOptionalPhone(text: string): Parsed<string | null> {
  if (text.trim() === '') return { ok: true, value: null };
  const r = parsePhoneWithExample(text, MOBILE_EXAMPLE);
  return r.ok ? { ok: true, value: r.e164 } : r;
}

/** A name that is not blank. */
export function parseName(text: string, what: string): Parsed<string> {
  const t = text.trim();
  if (t === '') return { ok: false, message: `${what} must not be empty.` };
  if (t.length > 200) return { ok: false, message: `${what} may be at most 200 characters.` };
  return { ok: true, value: t };
}

/** One or more phone numbers separated by commas, each in international format. */
export function parsePhoneList(text: string): Parsed<string[]> {
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  const out: string[] = [];
  for (const p of parts) {
    const r = parsePhoneWithExample(p, MOBILE_EXAMPLE);
    if (!r.ok) return { ok: false, message: `'${p}': ${r.message}` };
    if (!out.includes(r.e164)) out.push(r.e164);
  }
  return { ok: true, value: out };
}

/** A queue group's ways of ringing, as the workspace page and the designer's inspector both word them. */
export const DISTRIBUTION_LABELS: Record<QueueGroup['distribution'], string> = {
  evenly: 'Evenly (take turns)', in_order: 'In order (always from the first)', all: 'All at once',
};

/** How many times a queue rings each member: 2 to 7. */
export const QUEUE_RINGS = [2, 3, 4, 5, 6, 7] as const;
