import { z } from 'zod';
import { MAX_NAME } from './common';
import { PhoneNumber } from './number';
import { SavedScenario } from './scenario';
import { Workspace } from './workspace';

import { CURRENT_VERSION, FORMAT } from '../version';

export { CURRENT_VERSION, FORMAT };

/** An uploaded audio file carried inside an exported bundle, base64-encoded. */
export const Asset = z.object({
  id: z.string().min(1).max(MAX_NAME),
  fileName: z.string().max(MAX_NAME),
  mimeType: z.string().max(100).default('audio/mpeg'),
  base64: z.string().max(3_000_000),
});
export type Asset = z.infer<typeof Asset>;

export const Project = z.object({
  format: z.literal(FORMAT),
  version: z.literal(CURRENT_VERSION),
  workspace: Workspace,
  numbers: z.array(PhoneNumber).max(1_000).default([]),
  // Additions to format 1 (optional, with defaults): saved scenarios and uploaded audio.
  scenarios: z.array(SavedScenario).max(10_000).default([]),
  assets: z.array(Asset).max(100).default([]),
});
export type Project = z.infer<typeof Project>;
export type ProjectInput = z.input<typeof Project>;
