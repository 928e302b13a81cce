import { Rings } from '../schema/common';
import { defineNodeKind } from './kind';
import { base, NO_ANSWER, rings, z } from './shared';

export const crmOwner = defineNodeKind({
  type: 'crmOwner',
  title: 'CRM account owner',
  icon: 'user-check',
  description: "Rings the responsible person of a known caller's CRM record.",
  data: z.object({ ...base, rings: Rings(4) }),
  handles: () => [{ id: 'unknown', label: 'Unknown caller' }, NO_ANSWER],
  summary: (d) => [`Rings the responsible person, ${rings(d.rings)}`],
});
