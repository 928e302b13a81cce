/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The production page forbids inline script (and anything not from this origin). Only the
 * built app gets it: the dev server and Storybook inject inline scripts of their own.
 */
const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
  "media-src 'self' data: blob:", "font-src 'self'", "connect-src 'self'", "worker-src 'self' blob:",
  "object-src 'none'", "base-uri 'self'", "form-action 'self'",
].join('; ');
const contentSecurityPolicy = (): Plugin => ({
  name: 'callflow-csp',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.includes('id="root"')
      ? html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`)
      : html,
});

/**
 * The page's entry (src/main.tsx) is a small module that starts a designer address's reads and
 * then imports the boot chunk (React and the shell). The HTML preloads that chunk and what it
 * imports, so that it downloads alongside the entry rather than after it.
 */
const preloadBoot = (): Plugin => ({
  name: 'callflow-preload-boot',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(_html, ctx) {
      const bundle = ctx.bundle;
      const boot = bundle && Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/app/boot.tsx'));
      if (!bundle || !boot) return [];
      const files: string[] = [];
      const visit = (name: string) => {
        const chunk = bundle[name];
        if (files.includes(name) || chunk?.type !== 'chunk' || chunk.isEntry) return;
        files.push(name);
        chunk.imports.forEach(visit);
      };
      visit(boot.fileName);
      return files.map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${f}` }, injectTo: 'head' as const }));
    },
  },
});

/**
 * A fingerprint of the engine's source and the zod it runs on: the store stamps every number it
 * writes with it, and reads a number with this build's stamp back without parsing it again
 * (see src/store/stamp.ts). Any change to src/engine or to zod's version gives a new stamp.
 */
function engineStamp(): string {
  const hash = createHash('sha256');
  const root = fileURLToPath(new URL('.', import.meta.url));
  hash.update(JSON.parse(readFileSync(`${root}node_modules/zod/package.json`, 'utf8')).version);
  const files = readdirSync(`${root}src/engine`, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort();
  for (const f of files) hash.update(`\0${f.replaceAll('\\', '/')}\0`).update(readFileSync(`${root}src/engine/${f}`));
  return hash.digest('hex').slice(0, 16);
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), ...(process.env.CF_NO_PRELOAD ? [] : [preloadBoot()])],
  define: { __ENGINE_STAMP__: JSON.stringify(engineStamp()) },
  server: { port: 5173 },
  preview: { port: 5173 },
  build: { target: 'es2022', chunkSizeWarningLimit: 1600 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'test/stories/**'],
          setupFiles: ['test/helpers/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'stories',
          environment: 'jsdom',
          include: ['test/stories/**/*.test.{ts,tsx}'],
          setupFiles: ['test/helpers/setup.ts'],
        },
      },
      {
        // Real Chromium against the built app served by `vite preview`.
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores: one browser at a time keeps timings honest and tests independent.
          fileParallelism: false,
        },
      },
    ],
  },
});
