import { Id, Rings } from '../schema/common';
import { defineNodeKind } from './kind';
import { base, z } from './shared';
import { ringState } from '../compile/steps';
import { mobileView } from '../views/mobile';

const mobileData = z.object({ ...base, target: Id.default('lastRung'), rings: Rings(6) });
export type MobileData = z.infer<typeof mobileData>;

export const mobile = defineNodeKind({
  ...mobileView,
  data: mobileData,
  // N8: B6 does not apply to mobiles.
  compile: (d, c) => ringState(c, { kind: 'mobile', target: d.target }, d.rings, (o) => c.goto('noAnswer', o)),
});
