import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative base so the built site works when served from any sub-path.
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
  },
  optimizeDeps: {
    // duckdb-wasm ships its own workers/wasm; pre-bundling breaks their URLs.
    exclude: ['@duckdb/duckdb-wasm'],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One browser at a time on a 2-core machine: run files serially in a single worker.
          fileParallelism: false,
          maxWorkers: 1,
        },
      },
    ],
  },
});
