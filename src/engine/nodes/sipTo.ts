import { Rings } from '../schema/common';
import { defineNodeKind } from './kind';
import { base, rings, z } from './shared';
import { ringState } from '../compile/steps';

export const sipTo = defineNodeKind({
  type: 'sipTo',
  title: 'SIP To: header',
  icon: 'sip',
  description: 'Rings the employee whose extension is in the SIP To: header.',
  data: z.object({ ...base, rings: Rings(4) }),
  handles: () => [{ id: 'noMatch', label: 'No match' }, { id: 'noAnswer', label: 'No answer' }],
  summary: (d) => [`Rings the To: extension, ${rings(d.rings)}`],
  requires: { connections: ['sip_office', 'sip_cloud'], reason: 'Only SIP PBX connections (office or cloud) carry a SIP To: header.' },
  // N2: a SIP PBX connection with an employee's extension in To: rings them; else noMatch.
  compile: (d, c) => ringState(c, { kind: 'sipTo' }, d.rings, (o) => c.goto('noAnswer', o), c.goto('noMatch', { guard: 'sipToMismatch' })),
});
