import { z } from 'zod';
import { Id, Instant, MAX_NAME, Name } from './common';
import { Flow } from './flow';
import { NumberSettings } from './settings';

export const NUMBER_KINDS = ['rented', 'sip_office', 'sip_cloud', 'app'] as const;
export type NumberKind = (typeof NUMBER_KINDS)[number];
export const NUMBER_STATUSES = ['active', 'disconnect_pending', 'disconnected'] as const;

export const PhoneNumber = z.object({
  id: Id,
  kind: z.enum(NUMBER_KINDS),
  number: z.string().max(MAX_NAME),
  name: Name,
  status: z.enum(NUMBER_STATUSES).default('active'),
  disconnectRequestedAt: Instant.nullable().default(null),
  disconnectedAt: Instant.nullable().default(null),
  settings: NumberSettings.prefault({}),
  flow: Flow.prefault({}),
});
export type PhoneNumber = z.infer<typeof PhoneNumber>;
