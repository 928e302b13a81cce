import { defineNodeView } from './kind';
import { NO_ANSWER, rings } from './shared';
import type { QueueData } from '../nodes/queue';

const DISTRIBUTION_LABEL = { evenly: 'evenly', in_order: 'in order', all: 'all at once' } as const;

export const queueView = defineNodeView<'queue', QueueData>({
  type: 'queue',
  title: 'Queue group',
  icon: 'users',
  description: 'Rings the members of a queue group.',
  handles: () => [NO_ANSWER],
  summary: (d, ws) => {
    const q = ws.queues.find((x) => x.id === d.queueId);
    if (!q) return [d.queueId ? `Missing queue ${d.queueId}` : 'No queue group chosen'];
    return [q.name + (q.extension ? ` (${q.extension})` : ''), `${q.memberIds.length} members, ${DISTRIBUTION_LABEL[q.distribution]}, ${rings(q.rings)} each`];
  },
});
