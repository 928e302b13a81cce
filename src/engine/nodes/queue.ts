import { Id } from '../schema/common';
import { defineNodeKind } from './kind';
import { base, z } from './shared';
import { queueState } from '../compile/steps';
import { queueView } from '../views/queue';

const queueData = z.object({ ...base, queueId: Id.nullable().default(null) });
export type QueueData = z.infer<typeof queueData>;

export const queue = defineNodeKind({
  ...queueView,
  data: queueData,
  // Q1–Q5
  compile: (d, c) => queueState(c, { kind: 'fixed', queueId: d.queueId }, (o) => c.goto('noAnswer', o), c.world.queueWays(d.queueId)),
});
