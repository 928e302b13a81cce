import { PLANS } from '../plans';
import { defineNodeView } from './kind';
import { describeMelody, EXTENSION_NO_ANSWER } from './shared';
import type { IvrData } from '../nodes/ivr';

export const IVR_DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'] as const;

export const ivrView = defineNodeView<'ivr', IvrData>({
  type: 'ivr',
  title: 'Voice menu',
  icon: 'menu',
  description: 'Plays a prompt, then routes on the key the caller presses.',
  handles: (d) => [
    ...d.options.map((o) => ({ id: o.digit, label: o.label ? `${o.digit} · ${o.label}` : o.digit })),
    { id: 'timeout', label: 'Timeout' },
    ...(d.allowExtensions ? [EXTENSION_NO_ANSWER] : []),
  ],
  // Three lines, the card's most: the options share one, so "+N more" never counts the timeout as an option.
  summary: (d) => [
    describeMelody(d.prompt),
    d.options.length ? `Keys ${d.options.map((o) => (o.label ? `${o.digit} ${o.label}` : o.digit)).join(', ')}` : 'No options',
    `Timeout ${d.timeoutSeconds} s, ${d.maxRetries} retr${d.maxRetries === 1 ? 'y' : 'ies'}`,
  ],
  requires: {
    plans: PLANS.filter((p) => p !== 'free' && p !== 'project_plus'),
    reason: 'Voice menus need the Start+, CRM+, Standard or Professional plan.',
  },
});
