/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
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
