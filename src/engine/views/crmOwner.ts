import { defineNodeView } from './kind';
import { NO_ANSWER, rings } from './shared';
import type { CrmOwnerData } from '../nodes/crmOwner';

export const crmOwnerView = defineNodeView<'crmOwner', CrmOwnerData>({
  type: 'crmOwner',
  title: 'CRM account owner',
  icon: 'user-check',
  description: "Rings the responsible person of a known caller's CRM record.",
  handles: () => [{ id: 'unknown', label: 'Unknown caller' }, NO_ANSWER],
  summary: (d) => [`Rings the responsible person, ${rings(d.rings)}`],
});
