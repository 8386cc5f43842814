import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { inhoudPlugin } from './scripts/inhoud/plugin.ts';

/**
 * Content-Security-Policy for the built page (not in dev: the React refresh preamble is inline).
 * A worker loaded from a URL would get its CSP from its own HTTP response, not from this meta tag, so
 * src/db/engine.ts starts the DuckDB worker from a blob: bootstrap, which inherits this policy (hence
 * `blob:` in worker-src). DuckDB itself is locked down as well (src/db/engine.ts).
 */
const CSP = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' allows WebAssembly compilation only (no eval, no inline script).
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  // Relative base so the built site works when served from any sub-path.
  base: './',
  plugins: [react(), contentSecurityPolicy(), inhoudPlugin()],
  build: {
    target: 'es2022',
    // One stylesheet for every view: the prerender inlines it, so a prerendered page of any view
    // paints with its own styles before the app's script arrives (#14).
    cssCodeSplit: false,
  },
  optimizeDeps: {
    // duckdb-wasm ships its own workers/wasm; pre-bundling breaks their URLs.
    exclude: ['@duckdb/duckdb-wasm'],
  },
  test: {
    // The plain "N passed, N failed" closing line is what CI reads (test/summary-reporter.ts).
    reporters: ['default', './test/summary-reporter.ts'],
    // One folder per run for generated data that several files read (test/gedeeldeMap.ts).
    globalSetup: ['./test/gedeeldeMap.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          testTimeout: 30_000,
          // Starting DuckDB-WASM in Node takes seconds, more on a busy 2-core machine.
          hookTimeout: 90_000,
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
