/**
 * A small synthetic site for e2e tests (#4, #18): `npm run synth` with 12 gemeenten over 2 jaren and
 * parts of 150,000 bytes (so several text parts), built with `scripts/build.ts` into a temp folder
 * shared by the files of the run.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gedeeld } from '../helpers/gedeeld';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface SynthSite {
  /** The temp folder: `data/` (the synthetic data) and `dist/` (the built site). */
  readonly tmp: string;
  readonly data: string;
  readonly dist: string;
  /** Removes the temp folder if it is not shared. */
  opruimen(): void;
}

/**
 * Writes the synthetic data, then builds a site from it, once per test run (../helpers/gedeeld.ts):
 * read it, do not change it.
 */
export function bouwSynthSite(): SynthSite {
  const tsx = path.join(root, 'node_modules/.bin/tsx');
  const { dir: tmp, opruimen } = gedeeld('synth-site', (tmp) => {
    execFileSync(
      tsx,
      [
        'scripts/synth.ts',
        ...['--gemeenten', '12', '--jaren', '2', '--out', path.join(tmp, 'data'), '--deel-bytes', '150000'],
      ],
      { cwd: root, stdio: 'pipe' },
    );
    execFileSync(tsx, ['scripts/build.ts', '--outDir', path.join(tmp, 'dist')], {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, GGSR_DATA_DIR: path.join(tmp, 'data') },
    });
  });
  return { tmp, data: path.join(tmp, 'data'), dist: path.join(tmp, 'dist'), opruimen };
}
