import { checkE164, countryCodeAtStart, formatPhone, PHONE_EXAMPLE } from '../phone';
import { MAX_HOLD_MUSIC_BYTES } from '../holdMusic';
import type { PhoneNumber } from '../schema/number';
import type { ValidationContext } from './context';
import { numberName } from './context';

const PREFIX_CHARS = /^[0-9*#]+$/;

/** The number's own fields and its settings, apart from working hours and plan gating. */
export function checkNumberSettings(ctx: ValidationContext): void {
  const n = ctx.number;
  const s = n.settings;

  const own = checkE164(n.number);
  if (!own.ok) ctx.error('invalid-phone', `This connection's number '${n.number}' ${own.message}. Write it in international format, such as ${PHONE_EXAMPLE}.`, { field: 'number' });
  if (n.status === 'disconnected') {
    ctx.warn('number-disconnected', `${numberName(n)} is disconnected: every call to it is rejected and it cannot make outbound calls.`, { field: 'status' });
  }

  if (s.skipUnavailableUsers && !ctx.workspace.worktimeEnabled) {
    ctx.warn('skip-needs-worktime', "'Don't ring users who haven't started the day or are on break' does nothing while the workspace's worktime module is off. Turn the module on in Workspace, or this setting off.", { field: 'settings.skipUnavailableUsers' });
  }

  if (s.backupNumber !== null && s.backupNumber.trim() !== '') {
    const check = checkE164(s.backupNumber);
    const field = 'settings.backupNumber';
    if (!check.ok) ctx.error('invalid-phone', `The backup number '${s.backupNumber}' ${check.message}. Write it in international format, such as ${PHONE_EXAMPLE}.`, { field });
    else {
      const mine = ctx.project.numbers.find((x) => x.number === s.backupNumber);
      if (mine) ctx.error('backup-is-connected', `The backup number ${formatPhone(s.backupNumber)} is this workspace's own number ${numberName(mine)}; when the service is down it is down too. Use a number outside the workspace, such as a mobile.`, { field });
    }
  }

  s.outbound.allowedEmployeeIds.forEach((id, i) => {
    if (!ctx.employees.has(id)) ctx.error('unknown-reference', `Outbound calls are allowed to an employee who is not in the workspace (${id}). Remove them from the list.`, { field: `settings.outbound.allowedEmployeeIds.${i}` });
  });

  checkForwardVia(ctx);
  checkPrefix(ctx);
  checkHoldMusicSettings(ctx);
}

/** S4: only PBX and app connections forward through another connection, and only through another existing one. */
function checkForwardVia(ctx: ValidationContext): void {
  const n = ctx.number;
  const via = n.settings.forwardViaNumberId;
  if (via === null) return;
  const field = 'settings.forwardViaNumberId';
  if (n.kind === 'rented') {
    ctx.error('forward-via-invalid', 'A rented number cannot forward through another connection; only SIP PBX and app connections can. Clear the forwarding connection.', { field });
    return;
  }
  const target = ctx.project.numbers.find((x) => x.id === via);
  if (via === n.id) ctx.error('forward-via-invalid', 'A connection cannot forward through itself. Pick another connection or clear the setting.', { field });
  else if (!target) ctx.error('forward-via-invalid', `The forwarding connection (${via}) is not one of this workspace's numbers. Pick another connection.`, { field });
  else if (target.status === 'disconnected') ctx.warn('number-disconnected', `The forwarding connection ${numberName(target)} is disconnected, so forwarding through it fails. Pick another connection.`, { field });
}

/** S1: what the prefix may contain, whether it looks like a country code, and whether it clashes with another number's. */
function checkPrefix(ctx: ValidationContext): void {
  const n = ctx.number;
  const prefix = n.settings.outbound.prefix;
  if (prefix === null || prefix === '') return;
  const field = 'settings.outbound.prefix';
  if (!PREFIX_CHARS.test(prefix)) {
    ctx.error('prefix-invalid', `The outbound prefix '${prefix}' may contain only digits, * and #. Shapes such as *123*, #123#, *123# or #123* work best.`, { field });
    return;
  }
  const code = /^\d+$/.test(prefix) ? countryCodeAtStart(prefix) : null;
  if (code) {
    ctx.warn('prefix-country-code', `The outbound prefix '${prefix}' starts like the country code +${code}, so an employee dialing a number in that country may pick this line by mistake. Use a shape such as *${prefix}* instead.`, { field });
  }
  if (!n.settings.outbound.selectable) return;
  for (const other of ctx.project.numbers) {
    const theirs = other.settings.outbound.prefix;
    if (other.id === n.id || !other.settings.outbound.selectable || !theirs || !PREFIX_CHARS.test(theirs)) continue;
    const clash = conflict(prefix, theirs, other);
    if (clash) ctx.error('prefix-conflict', clash, { field });
  }
}

function conflict(mine: string, theirs: string, other: PhoneNumber): string | undefined {
  if (mine === theirs) return `The outbound prefix '${mine}' is also the prefix of ${numberName(other)}; an employee could not choose between them. Give each number its own prefix.`;
  if (theirs.startsWith(mine)) return `The outbound prefix '${mine}' is the start of the prefix '${theirs}' of ${numberName(other)}, so dialing that prefix is ambiguous. Make neither prefix start the other.`;
  if (mine.startsWith(theirs)) return `The outbound prefix '${mine}' begins with the prefix '${theirs}' of ${numberName(other)}, so dialing this prefix is ambiguous. Make neither prefix start the other.`;
  return undefined;
}

/** S2 as far as the settings record it; the file's bytes are checked on upload by checkHoldMusic. */
function checkHoldMusicSettings(ctx: ValidationContext): void {
  const music = ctx.number.settings.holdMusic;
  if (music.kind !== 'upload') return;
  const field = 'settings.holdMusic';
  if (!/\.mp3$/i.test(music.fileName)) {
    ctx.error('hold-music-format', `The hold music file '${music.fileName}' is not an .mp3 file. Upload an MP3.`, { field });
  }
  if (music.sizeBytes > MAX_HOLD_MUSIC_BYTES) {
    ctx.error('hold-music-size', `The hold music file '${music.fileName}' is ${megabytes(music.sizeBytes)}; hold music may be at most 2 MB (2,097,152 bytes). Upload a shorter or more compressed file.`, { field });
  }
  if (music.channels !== 1) {
    ctx.error('hold-music-stereo', `The hold music file '${music.fileName}' has ${music.channels} channels; hold music must be mono. Convert it to mono and upload it again.`, { field });
  }
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(2)} MB`;
}
