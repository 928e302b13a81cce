/**
 * Every Storybook story rendered as a test (portable stories): the story is mounted with the
 * project's decorators and its `play` function runs. A story that throws, or whose play fails, fails here.
 */
import { composeStories, setProjectAnnotations } from '@storybook/react';
import { describe, expect, it } from 'vitest';
import * as preview from '../../.storybook/preview';

setProjectAnnotations([preview]);

type StoryModule = Parameters<typeof composeStories>[0];
const modules = import.meta.glob<StoryModule>('../../stories/**/*.stories.tsx', { eager: true });

describe.each(Object.entries(modules).map(([file, mod]) => [file.replace('../../stories/', ''), mod] as const))('%s', (_file, mod) => {
  const stories = Object.entries(composeStories(mod)) as [string, { run: () => Promise<void> }][];
  it.each(stories)('%s renders', async (_name, Story) => {
    await Story.run();
    expect(document.body.textContent?.trim().length ?? 0).toBeGreaterThan(0);
  });
});
