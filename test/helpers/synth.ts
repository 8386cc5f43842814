import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { readRows, ROOT } from './data';
import { gedeeld } from './gedeeld';

/**
 * A synthetic dataset (`npm run synth`, seed 1), made once per test run for the same arguments
 * (./gedeeld.ts): read it, do not change it. Extra arguments go to the synth (e.g. `--deel-bytes`).
 */
export function maakSynth(gemeenten: number, jaren: number, ...extra: string[]) {
  const args = ['--gemeenten', String(gemeenten), '--jaren', String(jaren), '--seed', '1', ...extra];
  return gedeeld(`synth${args.join('_')}`, (dir) =>
    execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/synth.ts', ...args, '--out', dir], {
      cwd: ROOT,
      stdio: 'pipe',
    }),
  );
}

/** What the tests count from a synthetic dataset's own Arrow files (apache-arrow, plain JS). */
export interface SynthFeiten {
  readonly dir: string;
  readonly oordelen: Record<string, unknown>[];
  readonly aanpakken: Record<string, unknown>[];
  /** The jaar per aanpak_id. */
  readonly jaarVan: Map<string, number>;
  /** The provincie per gemeente_id. */
  readonly provincieVan: Map<string, string>;
  /** The jaren, sorted. */
  readonly jaren: number[];
  /** The provincies, sorted. */
  readonly provincies: string[];
}

/** The facts of the synthetic dataset in `dir`; without `dir`, empty ones to start from. */
export function synthFeiten(dir = ''): SynthFeiten {
  if (!dir) {
    return {
      dir,
      oordelen: [],
      aanpakken: [],
      jaarVan: new Map(),
      provincieVan: new Map(),
      jaren: [],
      provincies: [],
    };
  }
  const aanpakken = readRows('aanpakken', dir);
  const jaarVan = new Map(aanpakken.map((a) => [String(a.aanpak_id), Number(a.jaar)]));
  const provincieVan = new Map(
    readRows('gemeenten', dir).map((g) => [String(g.gemeente_id), String(g.provincie)]),
  );
  return {
    dir,
    oordelen: readRows('oordelen', dir),
    aanpakken,
    jaarVan,
    provincieVan,
    jaren: [...new Set(jaarVan.values())].sort(),
    provincies: [...new Set(provincieVan.values())].sort(),
  };
}

/**
 * maakSynth before the tests of the enclosing describe (or file), removed after them; `klaar` gets
 * its facts as soon as it is made.
 */
export function useSynth(
  klaar: (f: SynthFeiten) => void,
  gemeenten: number,
  jaren: number,
  ...extra: string[]
) {
  let synth: ReturnType<typeof maakSynth> | null = null;
  beforeAll(() => {
    synth = maakSynth(gemeenten, jaren, ...extra);
    klaar(synthFeiten(synth.dir));
  }, 120_000);
  afterAll(() => synth?.opruimen());
}
