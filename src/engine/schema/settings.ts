import { z } from 'zod';
import { Id, MAX_NAME } from './common';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** `[start, end)` as HH:MM. The format is checked by validateNumber (`hours-invalid`), so a typo still loads. */
const Interval = z.tuple([z.string().max(5), z.string().max(5)]);
const OFFICE: [string, string][] = [['08:30', '17:30']];

export const Hours = z.object({
  enabled: z.boolean().default(false),
  timezone: z.string().max(64).default('Asia/Ho_Chi_Minh'),
  week: z.object({
    mon: z.array(Interval).max(24).default(OFFICE),
    tue: z.array(Interval).max(24).default(OFFICE),
    wed: z.array(Interval).max(24).default(OFFICE),
    thu: z.array(Interval).max(24).default(OFFICE),
    fri: z.array(Interval).max(24).default(OFFICE),
    sat: z.array(Interval).max(24).default([]),
    sun: z.array(Interval).max(24).default([]),
  }).prefault({}),
  holidays: z.array(z.string().max(5)).max(366).default(['01.01', '02.09']),
});
export type Hours = z.infer<typeof Hours>;

export const HOLD_LANGUAGES = ['en', 'de', 'ru', 'uk', 'es', 'pt'] as const;
export const HoldMusic = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('builtin'), language: z.enum(HOLD_LANGUAGES) }),
  z.object({
    kind: z.literal('upload'),
    fileName: z.string().max(MAX_NAME),
    sizeBytes: z.number().int().min(0),
    channels: z.number().int().min(1).max(8),
    assetId: Id,
  }),
]);
export type HoldMusic = z.infer<typeof HoldMusic>;

export const LEAD_FOR = ['none', 'inbound', 'outbound', 'all'] as const;

export const NumberSettings = z.object({
  skipUnavailableUsers: z.boolean().default(false),
  crm: z.object({
    createLeadFor: z.enum(LEAD_FOR).default('none'),
    leadSource: z.string().max(MAX_NAME).default('CALL'),
    changeResponsibleOnTransfer: z.boolean().default(false),
  }).prefault({}),
  recording: z.object({
    recordAll: z.boolean().default(false),
    announce: z.boolean().default(false),
    transcribe: z.boolean().default(false),
  }).prefault({}),
  rating: z.object({ enabled: z.boolean().default(false) }).prefault({}),
  hours: Hours.prefault({}),
  outbound: z.object({
    selectable: z.boolean().default(false),
    prefix: z.string().max(32).nullable().default(null),
    allowedEmployeeIds: z.array(Id).default([]),
  }).prefault({}),
  callback: z.object({
    attempts: z.number().int().min(0).max(10).default(0),
    delaySeconds: z.number().int().min(0).max(86_400).default(60),
  }).prefault({}),
  backupNumber: z.string().max(MAX_NAME).nullable().default(null),
  forwardViaNumberId: Id.nullable().default(null),
  holdMusic: HoldMusic.default({ kind: 'builtin', language: 'en' }),
});
export type NumberSettings = z.infer<typeof NumberSettings>;
