import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/**
 * Vitest does not load imported CSS: puts the given stylesheets (paths from the project root)
 * in the document before each test of the file and takes them out after, as the build would.
 */
export function withStylesheets(files: readonly string[]): void {
  const css = files.map((f) => readFileSync(resolve(process.cwd(), f), 'utf8')).join('\n');
  let sheet: HTMLStyleElement;
  beforeEach(() => {
    sheet = document.createElement('style');
    sheet.textContent = css;
    document.head.append(sheet);
  });
  afterEach(() => sheet.remove());
}
