import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';

export interface E2E {
  context: BrowserContext;
  page: Page;
  baseURL: string;
  /** Pages' uncaught errors and console errors, to assert none happened. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * A fresh Chromium with its own empty profile (so IndexedDB starts empty) and one page.
 * Text-to-speech and audio stay silent in tests: the app reads `?mute=1`.
 */
export async function openBrowser(): Promise<E2E> {
  const baseURL = inject('baseURL');
  const userDataDir = mkdtempSync(join(tmpdir(), 'callflow-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: inject('chromiumPath'),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    baseURL,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  const watch = (p: Page) => {
    p.on('pageerror', (e) => errors.push(e.message));
    p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  };
  watch(page);
  context.on('page', watch);
  return {
    context, page, baseURL, errors,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
