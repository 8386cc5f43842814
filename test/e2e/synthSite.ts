/**
 * A small synthetic site for e2e tests (#4, #18): `npm run synth` with 12 gemeenten over 2 jaren and
 * parts of 150,000 bytes (so several text parts), built with `scripts/build.ts` into a temp folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface SynthSite {
  /** The temp folder: `data/` (the synthetic data) and `dist/` (the built site). */
  readonly tmp: string;
  readonly data: string;
  readonly dist: string;
  /** Removes the temp folder. */
  opruimen(): void;
}

/** Writes the synthetic data, then builds a site from it; `naam` names the temp folder. */
export function bouwSynthSite(naam: string): SynthSite {
  const tmp = mkdtempSync(path.join(tmpdir(), `ggsr-${naam}-`));
  const tsx = path.join(root, 'node_modules/.bin/tsx');
  const data = path.join(tmp, 'data');
  const dist = path.join(tmp, 'dist');
  const opruimen = () => rmSync(tmp, { recursive: true, force: true });
  try {
    execFileSync(
      tsx,
      ['scripts/synth.ts', '--gemeenten', '12', '--jaren', '2', '--out', data, '--deel-bytes', '150000'],
      { cwd: root, stdio: 'pipe' },
    );
    execFileSync(tsx, ['scripts/build.ts', '--outDir', dist], {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, GGSR_DATA_DIR: data },
    });
  } catch (e) {
    opruimen();
    throw e;
  }
  return { tmp, data, dist, opruimen };
}
