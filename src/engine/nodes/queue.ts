import { Id } from '../schema/common';
import { defineNodeKind } from './kind';
import { base, NO_ANSWER, rings, z } from './shared';
import { queueState } from '../compile/steps';

const DISTRIBUTION_LABEL = { evenly: 'evenly', in_order: 'in order', all: 'all at once' } as const;

export const queue = defineNodeKind({
  type: 'queue',
  title: 'Queue group',
  icon: 'users',
  description: 'Rings the members of a queue group.',
  data: z.object({ ...base, queueId: Id.nullable().default(null) }),
  handles: () => [NO_ANSWER],
  summary: (d, ws) => {
    const q = ws.queues.find((x) => x.id === d.queueId);
    if (!q) return [d.queueId ? `Missing queue ${d.queueId}` : 'No queue group chosen'];
    return [q.name + (q.extension ? ` (${q.extension})` : ''), `${q.memberIds.length} members, ${DISTRIBUTION_LABEL[q.distribution]}, ${rings(q.rings)} each`];
  },
  // Q1–Q5
  compile: (d, c) => queueState(c, { kind: 'fixed', queueId: d.queueId }, (o) => c.goto('noAnswer', o), c.world.queueWays(d.queueId)),
});
