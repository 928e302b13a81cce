import { z } from 'zod';
import { PLAN_LABELS, PLANS } from '../plans';
import { Id, MAX_NAME, Name } from './common';

export { PLAN_LABELS, PLANS };
export const Plan = z.enum(PLANS);
export type Plan = z.infer<typeof Plan>;

export const EMPLOYEE_STATUSES = ['working', 'not_started', 'on_break', 'finished'] as const;
export const Employee = z.object({
  id: Id,
  name: Name,
  // Format (1–4 digits, unique) and E.164 are checked by validateNumber, so a bad value still loads.
  extension: z.string().max(MAX_NAME).nullable().default(null),
  mobile: z.string().max(MAX_NAME).nullable().default(null),
  status: z.enum(EMPLOYEE_STATUSES).default('working'),
});
export type Employee = z.infer<typeof Employee>;

export const DISTRIBUTIONS = ['evenly', 'in_order', 'all'] as const;
export const QueueGroup = z.object({
  id: Id,
  name: Name,
  extension: z.string().max(MAX_NAME).nullable().optional().default(null),
  memberIds: z.array(Id).default([]),
  distribution: z.enum(DISTRIBUTIONS).default('evenly'),
  rings: z.number().int().min(2).max(7).default(3),
});
export type QueueGroup = z.infer<typeof QueueGroup>;

export const CRM_KINDS = ['contact', 'company', 'lead'] as const;
export const CrmRecord = z.object({
  id: Id,
  kind: z.enum(CRM_KINDS),
  name: Name,
  phones: z.array(z.string().max(MAX_NAME)).default([]),
  responsibleId: Id.nullable().default(null),
});
export type CrmRecord = z.infer<typeof CrmRecord>;

export const Usage = z.object({
  recordings: z.object({ month: z.string().max(7), count: z.number().int().min(0) }).prefault({ month: '1970-01', count: 0 }),
  queueCursor: z.record(z.string().max(MAX_NAME), Id).default({}),
});
export type Usage = z.infer<typeof Usage>;

export const Workspace = z.object({
  name: Name,
  plan: Plan.default('free'),
  worktimeEnabled: z.boolean().default(false),
  defaultBackupNumber: z.string().max(MAX_NAME).nullable().default(null),
  defaultOutboundNumberId: Id.nullable().default(null),
  employees: z.array(Employee).default([]),
  queues: z.array(QueueGroup).default([]),
  crm: z.object({
    records: z.array(CrmRecord).default([]),
    exceptions: z.array(z.string().max(MAX_NAME)).default([]),
  }).prefault({}),
  usage: Usage.prefault({}),
});
export type Workspace = z.infer<typeof Workspace>;
