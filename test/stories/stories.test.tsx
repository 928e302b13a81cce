/**
 * Every Storybook story rendered as a test (portable stories): the story is mounted with the
 * project's decorators and its `play` function runs. A story that throws, or whose play fails, fails here.
 * Each rendered story is then checked with axe-core.
 */
import { composeStories, setProjectAnnotations } from '@storybook/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import * as preview from '../../.storybook/preview';

setProjectAnnotations([preview]);

type StoryModule = Parameters<typeof composeStories>[0];
const modules = import.meta.glob<StoryModule>('../../stories/**/*.stories.tsx', { eager: true });

/** Rules jsdom cannot judge: it computes no colours, and a lone component has no page landmarks. */
const AXE_OPTIONS: axe.RunOptions = {
  resultTypes: ['violations'],
  rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
};

/** The violations on the page, one line each, so a failure says what and where. */
async function axeViolations(): Promise<string[]> {
  const { violations } = await axe.run(document.body, AXE_OPTIONS);
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`));
}

describe.each(Object.entries(modules).map(([file, mod]) => [file.replace('../../stories/', ''), mod] as const))('%s', (_file, mod) => {
  const stories = Object.entries(composeStories(mod)) as [string, { run: () => Promise<void> }][];
  it.each(stories)('%s renders, with no axe-core violations', async (_name, Story) => {
    await Story.run();
    expect(document.body.textContent?.trim().length ?? 0).toBeGreaterThan(0);
    expect(await axeViolations()).toEqual([]);
  });
});
