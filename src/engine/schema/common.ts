import { z } from 'zod';

/** Limits that keep a hostile bundle from exhausting memory or the screen. */
export const MAX_ID = 200;
export const MAX_TEXT = 2_000;
export const MAX_NAME = 200;

export const Id = z.string().min(1, 'must not be empty').max(MAX_ID);
export const Name = z.string().max(MAX_NAME);
export const Label = z.string().max(MAX_NAME).optional();
/** An ISO 8601 instant. Parsing checks only that it is a string a Date can read. */
export const Instant = z.string().max(64).refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date and time');

/** A melody: built-in, text-to-speech, or an uploaded file. `seconds` is its length on the simulated clock. */
export const Melody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('builtin'), id: z.string().max(MAX_ID), seconds: z.number().min(0).max(3_600) }),
  z.object({ kind: z.literal('tts'), text: z.string().max(MAX_TEXT), seconds: z.number().min(0).max(3_600) }),
  z.object({ kind: z.literal('upload'), assetId: Id, seconds: z.number().min(0).max(3_600) }),
]);
export type Melody = z.infer<typeof Melody>;

/** How many rings a ring step lasts; one ring is 5 seconds. */
export const Rings = (fallback: number) => z.number().int().min(1).max(30).default(fallback);

export const RING_SECONDS = 5;
