import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './data';

/**
 * A synthetic dataset (`npm run synth`, seed 1) in a fresh temporary folder; `opruimen` removes it.
 * Extra arguments go to the synth (e.g. `--deel-bytes`).
 */
export function maakSynth(gemeenten: number, jaren: number, ...extra: string[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ggsr-synth-'));
  execFileSync(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [
      'scripts/synth.ts',
      '--gemeenten',
      String(gemeenten),
      '--jaren',
      String(jaren),
      '--seed',
      '1',
      '--out',
      dir,
      ...extra,
    ],
    { cwd: ROOT, stdio: 'pipe' },
  );
  return { dir, opruimen: () => rmSync(dir, { recursive: true, force: true }) };
}
