import { defineNodeView } from './kind';
import { describeMelody, EXTENSION_NO_ANSWER } from './shared';
import type { PlayData } from '../nodes/play';

export const playView = defineNodeView<'play', PlayData>({
  type: 'play',
  title: 'Greeting',
  icon: 'speaker',
  description: 'Plays a melody or text; the caller may dial an extension meanwhile.',
  handles: (d) => (d.allowExtensions ? [{ id: 'next', label: 'Next' }, EXTENSION_NO_ANSWER] : [{ id: 'next', label: 'Next' }]),
  summary: (d) => [describeMelody(d.melody), d.allowExtensions ? `Extensions dialable, waits ${d.digitWaitSeconds} s` : 'No extension dialing'],
});
