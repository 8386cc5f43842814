/**
 * vitest `globalSetup` (vite.config.ts): a folder for the run, which the test files share through
 * `inject('gedeeldeMap')` (helpers/gedeeld.ts); removed when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's shared folder ('' outside a vitest run with this setup). */
    gedeeldeMap: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'ggsr-gedeeld-'));
  project.provide('gedeeldeMap', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
