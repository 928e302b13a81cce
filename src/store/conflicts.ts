import { nodeTitle } from '../engine';
import type { PhoneNumber, Workspace } from '../engine';
import type { NumberRow } from './db';
import { equal, merge3 } from './merge';
import type { Overlap } from './merge';
import type { State } from './state';

/**
 * How this tab's unsaved edits meet another tab's saves. Both started from a common base (the
 * document at the rev this tab last read or wrote, `state.bases`), so they merge three-way:
 * edits to different nodes, connections, records or fields are all kept. A number where both
 * changed the same thing is a conflict the user resolves; the workspace, edited field by field
 * on a form, keeps the save already made and says which change of this tab it could not apply.
 */

let noticeCount = 0;

export function addNotice(s: State, text: string): void {
  noticeCount += 1;
  s.notices = [...s.notices, { id: `notice-${noticeCount}`, text }];
}

/** “Main menu”, “Ann Le” */
export const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`).join(', ');

/** The base this tab's unsaved edits of a number started from; in a conflict, the one the conflict was found against. */
export function baseOf(s: State, id: string): PhoneNumber | undefined {
  const c = s.conflicts.get(id);
  return c ? c.base : s.bases.get(id);
}

/** A number's own fields, as a person says them: an overlap outside any node or record is named by its field. */
const FIELDS: Record<string, string> = {
  name: 'the number’s name', number: 'the phone number', settings: 'the settings', status: 'the connection status',
  disconnectRequestedAt: 'the disconnection', disconnectedAt: 'the disconnection', kind: 'the kind of number',
};
/** A number's own field (“the number’s name”), or null for a record (a node, a connection). */
const fieldName = (o: Overlap) => (o.id === o.name || o.id.startsWith(`${o.name}.`) ? FIELDS[o.name] ?? o.name : null);

/**
 * What both tabs changed, for the tab that must choose: named as this tab shows it, with the
 * other tab's name when that differs: “Sales B” (“Sales C” in the other tab). Named as it was
 * before either change, it matched neither canvas.
 */
function conflictText(o: Overlap): string {
  const field = fieldName(o);
  if (field) return field;
  // Deleted here: named as it was before this tab deleted it, with the other tab's new name.
  if (o.note === 'deleted here') return `“${o.name}” (deleted here${o.there && o.there !== o.name ? `; “${o.there}” in the other tab` : ''})`;
  if (o.note) return `“${o.here ?? o.name}” (${o.note})`;
  return o.here && o.there && o.here !== o.there ? `“${o.here}” (“${o.there}” in the other tab)` : `“${o.here ?? o.there ?? o.name}”`;
}

/** Holds `mine` (unsaved) back from being written: the user picks whose version the overlapping parts take. */
export function setConflict(s: State, mine: PhoneNumber, theirs: PhoneNumber, theirsRev: number, base: PhoneNumber | undefined, overlaps: Overlap[]): void {
  s.conflicts.set(mine.id, { conflict: { numberId: mine.id, theirs, mine, overlaps: overlaps.map(conflictText) }, theirsRev, base });
}

/**
 * What a "Keep mine" replaced, for the tab whose save it was: named as that tab had it (its
 * own change: “Sales A” (now “Sales B”)); a node that tab deleted, by the name it had before,
 * is said to be back.
 */
function replacedText(o: Overlap, kept: PhoneNumber): string {
  const field = fieldName(o);
  if (field) return field;
  const node = kept.flow.nodes.find((n) => n.id === o.id);
  const now = node ? nodeTitle(node) : null;
  // `note` and `there` are the choosing tab's side: "there" is the tab told here.
  if (o.note === 'deleted in the other tab') return `“${o.name}” (you had deleted it: it is back${now && now !== o.name ? ` as “${now}”` : ''})`;
  const theirs = o.there ?? o.name;
  if (o.note === 'deleted here') return `“${theirs}” (now deleted)`;
  return now && now !== theirs ? `“${theirs}” (now “${now}”)` : `“${theirs}”`;
}

/**
 * `now` (the document as edited since `was` was taken for a write or a merge) moved onto
 * `merged`: the later edits stay, as if made on top of it.
 */
export function rebaseOnto<T>(was: T, now: T, merged: T): T {
  if (now === was) return merged;
  return merge3(was, now, merged, 'mine').value;
}

/**
 * Another tab saved a number this tab has unsaved edits to. When they changed different things,
 * theirs is merged in (the number stays unsaved, to be written on top of their rev); otherwise
 * a conflict is raised or refreshed. Returns the number to show.
 */
export function takeTheirs(s: State, local: PhoneNumber, theirs: PhoneNumber, rev: number): PhoneNumber {
  const base = baseOf(s, local.id);
  const m = merge3(base, local, theirs, 'mine');
  if (m.overlaps.length > 0) {
    // A conflict already shown is refreshed, so that "Reload theirs" loads their latest.
    setConflict(s, local, theirs, rev, base, m.overlaps);
    return local;
  }
  s.conflicts.delete(local.id);
  s.revs.set(local.id, rev);
  s.bases.set(local.id, theirs);
  return m.value;
}

/**
 * The user's choice on the first conflict: the overlapping parts take `choice`'s version, every
 * other edit of both tabs is kept. Returns whether something is left to write. A "Keep mine"
 * that replaces parts of their save marks the write (`state.replacing`) so that their tab says so.
 */
export function resolveFirst(s: State, choice: 'mine' | 'theirs'): boolean {
  const first = s.conflicts.values().next();
  if (first.done || !s.project) return false;
  const { conflict, theirsRev, base } = first.value;
  const id = conflict.numberId;
  s.conflicts.delete(id);
  const local = s.project.numbers.find((n) => n.id === id);
  if (!local) return false;
  const m = merge3(base, local, conflict.theirs, choice);
  s.revs.set(id, theirsRev);
  s.bases.set(id, conflict.theirs);
  s.project = { ...s.project, numbers: s.project.numbers.map((n) => (n.id === id ? m.value : n)) };
  if (equal(m.value, conflict.theirs)) {
    s.dirty.numbers.delete(id);
    return false;
  }
  s.dirty.numbers.add(id);
  if (choice === 'mine' && m.overlaps.length > 0) s.replacing.set(id, { rev: theirsRev, names: m.overlaps.map((o) => replacedText(o, m.value)) });
  return true;
}

/** A row another tab wrote with "Keep mine" over this tab's last save: say what of ours it replaced. */
export function noticeReplaced(s: State, row: NumberRow): boolean {
  if (!row.replaced || s.wrote.get(row.id) !== row.replaced.rev) return false;
  addNotice(s, `Another tab replaced your change to ${row.replaced.names.join(', ')}.`);
  return true;
}

/**
 * This tab's workspace merged with one another tab saved since `base`. Where both changed
 * one record (or setting) differently, the saved one stays and the user is told: two people
 * typing into one employee at once cannot both be kept, and a form has no place to ask.
 */
export function mergeWorkspace(base: Workspace | undefined, mine: Workspace, theirs: Workspace, when = 'at the same moment'): { value: Workspace; notice: string | null } {
  const m = merge3(base, mine, theirs, 'theirs');
  const names = m.overlaps.map((o) => (o.note ? `${o.name} (${o.note})` : o.name));
  const notice = names.length === 0 ? null
    : `Another tab changed ${quoted(names)} ${when}: your change to ${names.length === 1 ? 'it' : 'them'} was not saved.`;
  return { value: m.value, notice };
}
