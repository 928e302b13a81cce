import { Rings } from '../schema/common';
import { defineNodeKind } from './kind';
import { base, NO_ANSWER, rings, z } from './shared';
import { ringState } from '../compile/steps';

export const forward = defineNodeKind({
  type: 'forward',
  title: 'External number',
  icon: 'phone-forward',
  description: 'Forwards the call to an external number.',
  data: z.object({ ...base, number: z.string().max(32).default(''), rings: Rings(6) }),
  handles: () => [NO_ANSWER],
  summary: (d) => [d.number || 'No number set', rings(d.rings)],
  // N9
  compile: (d, c) => ringState(c, { kind: 'external', number: d.number }, d.rings, (o) => c.goto('noAnswer', o)),
});
