import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/** Builds the bare React Flow page that the benchmark compares the designer with. */
export default defineConfig({
  root: fileURLToPath(new URL('./bare', import.meta.url)),
  base: './',
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../.bench/bare-dist', import.meta.url)), emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});
