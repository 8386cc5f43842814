/**
 * Generated data (a synthetic dataset, a site built from it) made once per test run and read by every
 * file that asks for the same (in the run's folder, ../gedeeldeMap.ts). Read only: a test that changes
 * files makes its own copy.
 */
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';

/**
 * The folder `naam` in the run's shared folder, made by `maak(dir)` the first time it is asked for
 * (into a temp folder, then renamed: a file running beside it sees it whole or not at all). Without a
 * shared folder, a folder of its own; `opruimen` removes only such a folder.
 */
export function gedeeld(naam: string, maak: (dir: string) => void): { dir: string; opruimen: () => void } {
  const basis = inject('gedeeldeMap') || '';
  if (!basis) {
    const dir = mkdtempSync(path.join(tmpdir(), `ggsr-${naam}-`));
    try {
      maak(dir);
    } catch (e) {
      rmSync(dir, { recursive: true, force: true });
      throw e;
    }
    return { dir, opruimen: () => rmSync(dir, { recursive: true, force: true }) };
  }
  const dir = path.join(basis, naam);
  if (!existsSync(dir)) {
    const tmp = mkdtempSync(path.join(basis, `.${naam}-`));
    try {
      maak(tmp);
      renameSync(tmp, dir);
    } catch (e) {
      rmSync(tmp, { recursive: true, force: true });
      // Another file made it first.
      if (!existsSync(dir)) throw e;
    }
  }
  return { dir, opruimen: () => {} };
}
