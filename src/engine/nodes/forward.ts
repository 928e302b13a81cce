import { Rings } from '../schema/common';
import { defineNodeKind } from './kind';
import { base, z } from './shared';
import { ringState } from '../compile/steps';
import { forwardView } from '../views/forward';

const forwardData = z.object({ ...base, number: z.string().max(32).default(''), rings: Rings(6) });
export type ForwardData = z.infer<typeof forwardData>;

export const forward = defineNodeKind({
  ...forwardView,
  data: forwardData,
  // N9
  compile: (d, c) => ringState(c, { kind: 'external', number: d.number }, d.rings, (o) => c.goto('noAnswer', o)),
});
