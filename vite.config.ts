/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
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
    ],
  },
});
