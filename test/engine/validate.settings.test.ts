import { describe, expect, it } from 'vitest';
import { validateNumber } from '../../src/engine';
import type { FlowIssue } from '../../src/engine';
import { makeFlow, makeProject } from '../helpers/factories';

const withCode = (issues: FlowIssue[], code: string) => issues.filter((i) => i.code === code);
const withSettings = (settings: Record<string, unknown>, extra: Parameters<typeof makeProject>[0] = {}) =>
  validateNumber(makeProject({ ...extra, number: { ...extra.number, settings } }), 'n1');
const outbound = (prefix: string, selectable = true) => ({ outbound: { selectable, prefix } });
const second = (prefix: string | null, selectable = true, extra: Record<string, unknown> = {}) =>
  ({ id: 'n2', kind: 'rented', number: '+842871234568', name: 'Sales line', settings: { outbound: { selectable, prefix } }, ...extra });

describe('S1 outbound prefix', () => {
  it('prefix-invalid: S1 only digits, * and #', () => {
    for (const prefix of ['*1a*', '+44', '12 3', '*#-']) {
      expect(withCode(withSettings(outbound(prefix)), 'prefix-invalid'), prefix).toEqual([
        expect.objectContaining({ severity: 'error', field: 'settings.outbound.prefix', message: expect.stringContaining('only digits, * and #') }),
      ]);
    }
  });

  it('prefix-country-code: S1 a digits-only prefix starting with a country code warns (801 passes, 44 warns)', () => {
    expect(withSettings(outbound('801'))).toEqual([]);
    expect(withCode(withSettings(outbound('44')), 'prefix-country-code')).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'settings.outbound.prefix', message: expect.stringContaining('+44') }),
    ]);
    expect(withCode(withSettings(outbound('*44*')), 'prefix-country-code')).toEqual([]);
  });

  it('S1 the recommended shapes pass', () => {
    for (const prefix of ['*123*', '#123#', '*123#', '#123*']) expect(withSettings(outbound(prefix)), prefix).toEqual([]);
  });

  it('prefix-conflict: S1 equal prefixes, or one starting the other, among selectable numbers', () => {
    const conflict = (mine: string, theirs: string, selectable = true) =>
      withCode(withSettings(outbound(mine), { numbers: [second(theirs, selectable)] }), 'prefix-conflict');
    expect(conflict('*12*', '*12*')).toEqual([expect.objectContaining({ severity: 'error', field: 'settings.outbound.prefix', message: expect.stringContaining("'Sales line'") })]);
    expect(conflict('*1', '*12*')).toHaveLength(1);
    expect(conflict('*12*3', '*12*')).toHaveLength(1);
    expect(conflict('*12*', '*13*')).toEqual([]);
    // A number that cannot be chosen for outbound calls does not compete for the prefix.
    expect(conflict('*12*', '*12*', false)).toEqual([]);
  });
});

describe('S2–S4 and other settings', () => {
  const upload = (fileName: string, sizeBytes: number, channels: number) =>
    withSettings({ holdMusic: { kind: 'upload', fileName, sizeBytes, channels, assetId: 'a1' } });

  it('S2 an uploaded mono .mp3 of at most 2 MB, recorded in the settings, passes', () => {
    expect(upload('hold.mp3', 812_345, 1)).toEqual([]);
    expect(upload('HOLD.MP3', 2_097_152, 1)).toEqual([]);
  });

  it('hold-music-format: S2 an upload whose name is not .mp3', () => {
    expect(withCode(upload('hold.wav', 1_000, 1), 'hold-music-format')).toEqual([expect.objectContaining({ severity: 'error', field: 'settings.holdMusic', message: expect.stringContaining("'hold.wav' is not an .mp3 file") })]);
  });

  it('hold-music-size: S2 an upload over 2,097,152 bytes', () => {
    expect(withCode(upload('hold.mp3', 2_097_153, 1), 'hold-music-size')).toEqual([expect.objectContaining({ severity: 'error', field: 'settings.holdMusic', message: expect.stringContaining('at most 2 MB') })]);
  });

  it('hold-music-stereo: S2 an upload with two channels', () => {
    expect(withCode(upload('hold.mp3', 1_000, 2), 'hold-music-stereo')).toEqual([expect.objectContaining({ severity: 'error', field: 'settings.holdMusic', message: expect.stringContaining('must be mono') })]);
  });

  it('S3 a backup number outside the workspace is fine', () => {
    expect(withSettings({ backupNumber: '+84901000999' }, { workspace: { defaultBackupNumber: '+84901000998' } })).toEqual([]);
  });

  it('backup-is-connected: S3 the backup number must not be one of the workspace’s own numbers', () => {
    expect(withCode(withSettings({ backupNumber: '+842871234568' }, { numbers: [second(null, false)] }), 'backup-is-connected')).toEqual([
      expect.objectContaining({ severity: 'error', field: 'settings.backupNumber', message: expect.stringContaining("'Sales line'") }),
    ]);
    expect(withCode(withSettings({ backupNumber: '+842871234567' }), 'backup-is-connected')).toHaveLength(1);
    expect(withSettings({ backupNumber: '+84901000999' })).toEqual([]);
    const issues = validateNumber(makeProject({ workspace: { defaultBackupNumber: '+842871234567' } }), 'n1');
    expect(withCode(issues, 'backup-is-connected')).toEqual([expect.objectContaining({ field: 'workspace.defaultBackupNumber' })]);
  });

  const via = (kind: string, forwardViaNumberId: string) =>
    withCode(withSettings({ forwardViaNumberId }, { number: { kind }, numbers: [second(null, false)] }), 'forward-via-invalid');

  it('S4 SIP PBX and app connections may forward through another existing number', () => {
    for (const kind of ['sip_office', 'sip_cloud', 'app']) {
      expect(withSettings({ forwardViaNumberId: 'n2' }, { number: { kind }, numbers: [second(null, false)] }), kind).toEqual([]);
    }
  });

  it('forward-via-invalid: S4 only PBX and app connections, and only through another existing number', () => {
    expect(via('rented', 'n2')).toEqual([expect.objectContaining({ severity: 'error', field: 'settings.forwardViaNumberId', message: expect.stringContaining('rented number') })]);
    expect(via('sip_office', 'n1')[0]?.message).toContain('through itself');
    expect(via('app', 'n9')[0]?.message).toContain('not one of');
  });

  it('hours-invalid: a time zone that is not an IANA zone', () => {
    for (const timezone of ['Mars/Olympus', '+07:00', 'GMT+7', '']) {
      expect(withCode(withSettings({ hours: { timezone } }), 'hours-invalid'), timezone).toEqual([expect.objectContaining({ field: 'settings.hours.timezone' })]);
    }
    for (const timezone of ['Europe/Berlin', 'UTC', 'America/New_York']) expect(withSettings({ hours: { timezone } }), timezone).toEqual([]);
  });

  it('hours-invalid: intervals that are not HH:MM from 00:00 to 24:00, end before they start, or overlap', () => {
    const week = { mon: [['8:30', '17:30']], tue: [['09:00', '24:01']], wed: [['17:00', '09:00']], thu: [['08:00', '17:00'], ['09:00', '10:00'], ['11:00', '12:00']], fri: [['00:00', '24:00']], sat: [['08:00', '12:00'], ['12:00', '13:00']] };
    const issues = withCode(withSettings({ hours: { week } }), 'hours-invalid');
    expect(issues.map((i) => i.field)).toEqual([
      'settings.hours.week.mon.0', 'settings.hours.week.tue.0', 'settings.hours.week.wed.0', 'settings.hours.week.thu', 'settings.hours.week.thu',
    ]);
    expect(issues[0]?.message).toContain("Monday's hours 8:30–17:30");
    expect(issues[3]?.message).toContain('overlap');
  });

  it('hours-invalid: a holiday that is not a real DD.MM (29.02 is allowed)', () => {
    const issues = withCode(withSettings({ hours: { holidays: ['29.02', '31.12', '30.02', '1.5', '00.01', '15.13'] } }), 'hours-invalid');
    expect(issues.map((i) => i.field)).toEqual(['settings.hours.holidays.2', 'settings.hours.holidays.3', 'settings.hours.holidays.4', 'settings.hours.holidays.5']);
  });

  it('skip-needs-worktime: skipping unavailable users without the worktime module warns', () => {
    expect(withCode(withSettings({ skipUnavailableUsers: true }, { workspace: { worktimeEnabled: false } }), 'skip-needs-worktime')).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'settings.skipUnavailableUsers' }),
    ]);
    expect(withSettings({ skipUnavailableUsers: true })).toEqual([]);
  });

  it('number-disconnected: a disconnected number, and defaults pointing at one, warn', () => {
    const issues = validateNumber(makeProject({ number: { status: 'disconnected', disconnectedAt: '2026-11-01T00:00:00Z' }, workspace: { defaultOutboundNumberId: 'n1' } }), 'n1');
    expect(withCode(issues, 'number-disconnected')).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'status' }),
      expect.objectContaining({ severity: 'warning', field: 'workspace.defaultOutboundNumberId' }),
    ]);
    expect(withCode(validateNumber(makeProject({ number: { status: 'disconnect_pending' } }), 'n1'), 'number-disconnected')).toEqual([]);
  });
});

describe('workspace extensions', () => {
  const employees = (...exts: (string | null)[]) => exts.map((extension, i) => ({ id: `u${i + 1}`, name: ['Anna Pham', 'Binh Do', 'Chi Le'][i] ?? `E${i}`, extension, mobile: null, status: 'working' as const }));

  it('extension-format: extensions are 1–4 digits', () => {
    const issues = validateNumber(makeProject({ workspace: { employees: employees('1', '12a', '12345'), queues: [] } }), 'n1');
    expect(withCode(issues, 'extension-format')).toEqual([
      expect.objectContaining({ severity: 'error', field: 'workspace.employees.u2.extension' }),
      expect.objectContaining({ field: 'workspace.employees.u3.extension', message: "Employee 'Chi Le' has extension 12345: extensions are 1–4 digits." }),
    ]);
  });

  it("duplicate-extension: employees' and queues' extensions together are unique", () => {
    const queues = [{ id: 'sales', name: 'Sales', extension: '101', memberIds: ['u1'], distribution: 'in_order' as const, rings: 3 }];
    const issues = validateNumber(makeProject({ workspace: { employees: employees('101', '101', null), queues } }), 'n1');
    expect(withCode(issues, 'duplicate-extension')).toEqual([
      expect.objectContaining({ severity: 'error', field: 'workspace.employees.u2.extension', message: expect.stringContaining("which Employee 'Anna Pham' already has") }),
      expect.objectContaining({ field: 'workspace.queues.sales.extension' }),
    ]);
  });
});

describe('N3 working hours switched off', () => {
  const flow = makeFlow([{ id: 'in', type: 'incoming' }, { id: 'h', type: 'hours', data: { label: 'Office open?' } }, { id: 'vm', type: 'voicemail' }],
    [['in', 'next', 'h'], ['h', 'open', 'vm'], ['h', 'closed', 'vm']]);

  it('hours-off: N3 a Working hours node warns while the number\'s hours are off: Closed is never taken', () => {
    expect(withCode(withSettings({ hours: { enabled: false } }, { flow }), 'hours-off')).toEqual([
      expect.objectContaining({ severity: 'warning', nodeId: 'h', field: 'settings.hours.enabled', message: expect.stringContaining("'Closed' is never taken") }),
    ]);
    expect(withCode(withSettings({ hours: { enabled: true } }, { flow }), 'hours-off')).toEqual([]);
  });

  it('names an unlabelled node by its kind and number, as its card on the canvas does', () => {
    const bare = makeFlow([{ id: 'in', type: 'incoming' }, { id: 'hours-1', type: 'hours' }, { id: 'vm', type: 'voicemail' }],
      [['in', 'next', 'hours-1'], ['hours-1', 'open', 'vm'], ['hours-1', 'closed', 'vm']]);
    expect(withCode(withSettings({ hours: { enabled: false } }, { flow: bare }), 'hours-off')[0]?.message).toContain('so Working hours 1 sends every call');
  });
});
