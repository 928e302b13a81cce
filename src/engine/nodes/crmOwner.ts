import { Rings } from '../schema/common';
import { defineNodeKind } from './kind';
import { base, NO_ANSWER, rings, z } from './shared';
import { ringState } from '../compile/steps';

export const crmOwner = defineNodeKind({
  type: 'crmOwner',
  title: 'CRM account owner',
  icon: 'user-check',
  description: "Rings the responsible person of a known caller's CRM record.",
  data: z.object({ ...base, rings: Rings(4) }),
  handles: () => [{ id: 'unknown', label: 'Unknown caller' }, NO_ANSWER],
  summary: (d) => [`Rings the responsible person, ${rings(d.rings)}`],
  // N6: a caller matched in B4 whose record has a responsible employee rings them; else unknown.
  compile: (d, c) => ringState(c, { kind: 'crmOwner' }, d.rings, (o) => c.goto('noAnswer', o), c.goto('unknown', { guard: 'callerUnknown' })),
});
