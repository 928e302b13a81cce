import { defineNodeView } from './kind';
import { rings } from './shared';
import type { SipToData } from '../nodes/sipTo';

export const sipToView = defineNodeView<'sipTo', SipToData>({
  type: 'sipTo',
  title: 'SIP To: header',
  icon: 'sip',
  description: 'Rings the employee whose extension is in the SIP To: header.',
  handles: () => [{ id: 'noMatch', label: 'No match' }, { id: 'noAnswer', label: 'No answer' }],
  summary: (d) => [`Rings the To: extension, ${rings(d.rings)}`],
  requires: { connections: ['sip_office', 'sip_cloud'], reason: 'Only SIP PBX connections (office or cloud) carry a SIP To: header.' },
});
