import { Rings } from '../schema/common';
import { defineNodeKind } from './kind';
import { base, z } from './shared';
import { ringState } from '../compile/steps';
import { crmOwnerView } from '../views/crmOwner';

const crmOwnerData = z.object({ ...base, rings: Rings(4) });
export type CrmOwnerData = z.infer<typeof crmOwnerData>;

export const crmOwner = defineNodeKind({
  ...crmOwnerView,
  data: crmOwnerData,
  // N6: a caller matched in B4 whose record has a responsible employee rings them; else unknown.
  compile: (d, c) => ringState(c, { kind: 'crmOwner' }, d.rings, (o) => c.goto('noAnswer', o), c.goto('unknown', { guard: 'callerUnknown' })),
});
