import { defineNodeKind } from './kind';
import { base, z } from './shared';
import { incomingView } from '../views/incoming';

const incomingData = z.object({ ...base });
export type IncomingData = z.infer<typeof incomingData>;

export const incoming = defineNodeKind({
  ...incomingView,
  data: incomingData,
  // N1: on to `next` at once.
  compile: (_d, c) => ({ always: c.goto('next') }),
});
