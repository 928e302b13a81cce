import { Rings } from '../schema/common';
import { defineNodeKind } from './kind';
import { base, z } from './shared';
import { ringState } from '../compile/steps';
import { sipToView } from '../views/sipTo';

const sipToData = z.object({ ...base, rings: Rings(4) });
export type SipToData = z.infer<typeof sipToData>;

export const sipTo = defineNodeKind({
  ...sipToView,
  data: sipToData,
  // N2: a SIP PBX connection with an employee's extension in To: rings them; else noMatch.
  compile: (d, c) => ringState(c, { kind: 'sipTo' }, d.rings, (o) => c.goto('noAnswer', o), c.goto('noMatch', { guard: 'sipToMismatch' })),
});
