/**
 * Mutation testing of the ingest (issue #6), on a deterministic sample; `npm run mutations` runs the
 * exhaustive corpus with the same generator and oracle (scripts/ingest/mutate.ts). Each seed
 * factsheet is damaged in one place at a time (a line dropped or duplicated, a mark removed or doubled,
 * another encoding or line end, the file cut off at a section) and the ingest must either reject it
 * with an IngestError naming the file, or return the same aanpakken with, per indicator, the original
 * oordeel or `onduidelijk`. Never a changed √/X, never another exception.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  MUTATION_KINDS,
  SAMPLE,
  mutationByTag,
  mutationsOf,
  type Mutation,
} from '../../../scripts/ingest/mutate';
import { KNOWN_LIMITS, judge, referenceOf } from '../../../scripts/ingest/mutate-judge';
import {
  emptyTally,
  formatFinding,
  record,
  summaryLine,
  type Tally,
} from '../../../scripts/ingest/mutate-tally';
import { SEEDS, seed, seedText } from './fixtures';

describe('mutated factsheets (a sample of the corpus of npm run mutations)', () => {
  let tally: Tally = emptyTally();

  beforeAll(() => {
    const started = performance.now();
    tally = emptyTally();
    for (const name of Object.values(SEEDS)) {
      const ref = referenceOf(seed(name));
      for (const m of mutationsOf(name, seedText(name), SAMPLE)) record(tally, m, judge(ref, m));
    }
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`mutaties (steekproef, ${secs} s): ${summaryLine(tally)}`);
    for (const f of tally.known) console.log(`  bekende beperking: ${formatFinding(f)}`);
  }, 120_000);

  it('covers every kind of mutation', () => {
    for (const kind of MUTATION_KINDS) expect(tally.perKind[kind].total, kind).toBeGreaterThan(0);
  });

  it('never changes a √/X and never crashes: each mutation is rejected naming the file, or read as the original or onduidelijk', () => {
    expect(tally.violations.map(formatFinding)).toEqual([]);
  });

  it('names the line whenever the damage is at a line', () => {
    // Only a file that lost everything that identifies it (cut off before its first table, or without
    // its "Context <gemeente>") is rejected without a line.
    const withoutLine = tally.rejectedWithoutLine.filter(
      (f) =>
        !(f.mutation.kind === 'truncate' && /geen factsheet van STJ|leeg bestand/.test(formatFinding(f))) &&
        !/geen gemeente gevonden/.test(formatFinding(f)),
    );
    expect(withoutLine.map(formatFinding)).toEqual([]);
  });

  it.each(Object.entries(KNOWN_LIMITS))(
    'known limit %s still violates as documented (remove it from KNOWN_LIMITS once it does not)',
    (key) => {
      const [stem = '', tag = ''] = key.split('~');
      const name = Object.values(SEEDS).find((s) => s === `${stem}.txt`);
      expect(name, key).toBeDefined();
      const m = mutationByTag(name as string, seedText(name as string), tag);
      expect(m, key).toBeDefined();
      expect(judge(referenceOf(seed(name as string)), m as Mutation).status).toBe('violation');
    },
  );
});
