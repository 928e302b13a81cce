import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { NumberSettingsScreen } from '../../src/settings/NumberSettingsScreen';
import { WorkspaceScreen } from '../../src/settings/workspace/WorkspaceScreen';
import { demoProject, renderWithStore } from './helpers';

async function violations(container: HTMLElement) {
  // jsdom computes no layout or colours, so contrast cannot be judged here.
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe)', () => {
  it('the number settings page has every control labelled and no violations', async () => {
    // Screens sit in the shell's <main> landmark, as in the app.
    await renderWithStore(<main><NumberSettingsScreen numberId="hotline" /></main>, demoProject());
    expect(await violations(document.body)).toEqual([]);
  }, 60_000);

  it('the workspace page has no violations', async () => {
    await renderWithStore(<main><WorkspaceScreen /></main>, demoProject());
    expect(await violations(document.body)).toEqual([]);
  }, 60_000);
});
