/**
 * `npm run mutations`: the exhaustive mutation corpus of issue #6 over the factsheets in data/raw/:
 * every line dropped, every line duplicated, every mark removed and doubled, every encoding and line
 * end, a truncation before every line. Prints per mutation kind how many mutations the ingest accepted
 * unchanged, accepted with `onduidelijk`, rejected, and how many broke the oracle (listed). Exits 1
 * when there is a violation that is not a known limit (KNOWN_LIMITS in scripts/ingest/mutate-judge.ts).
 *
 * `npm run mutations -- --seed 002 --kind drop-line --list` narrows the run and also lists the
 * mutations accepted with `onduidelijk` and the rejections without a line number.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXHAUSTIVE, MUTATION_KINDS, mutationsOf } from './ingest/mutate';
import { KNOWN_LIMITS, judge, keyOf, knownLimit, referenceOf } from './ingest/mutate-judge';
import { emptyTally, formatFinding, formatTally, record, summaryLine } from './ingest/mutate-tally';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RAW = join(root, 'data', 'raw');

function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

function main(argv: string[]): number {
  const seedFilter = option(argv, '--seed');
  const kindFilter = option(argv, '--kind');
  const list = argv.includes('--list');
  if (kindFilter && !(MUTATION_KINDS as readonly string[]).includes(kindFilter)) {
    process.stderr.write(`onbekende soort "${kindFilter}"; kies uit ${MUTATION_KINDS.join(', ')}\n`);
    return 2;
  }
  const manifest = JSON.parse(readFileSync(join(RAW, 'manifest.json'), 'utf8')) as {
    bestanden: { bestand: string }[];
  };
  const seeds = manifest.bestanden
    .map((b) => b.bestand)
    .filter((s) => !seedFilter || s.startsWith(seedFilter));
  const total = emptyTally();
  const ran = new Set<string>();
  const started = performance.now();
  for (const seed of seeds) {
    const bytes = new Uint8Array(readFileSync(join(RAW, seed)));
    const ref = referenceOf({ path: seed, bytes });
    const tally = emptyTally();
    const t0 = performance.now();
    for (const m of mutationsOf(seed, new TextDecoder().decode(bytes), EXHAUSTIVE)) {
      if (kindFilter && m.kind !== kindFilter) continue;
      ran.add(keyOf(m));
      const verdict = judge(ref, m);
      record(tally, m, verdict);
      record(total, m, verdict);
    }
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    process.stdout.write(`\n## ${seed} (${secs} s)\n\n${formatTally(tally)}\n`);
  }
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`\n## Alle bestanden (${seeds.length}, ${secs} s)\n\n${formatTally(total)}\n`);
  if (list) {
    process.stdout.write(`\n## Aanvaard met onduidelijk (${total.onduidelijk.length})\n\n`);
    for (const f of total.onduidelijk) process.stdout.write(`- ${formatFinding(f)}\n`);
    process.stdout.write(`\n## Afgewezen zonder regelnummer (${total.rejectedWithoutLine.length})\n\n`);
    for (const f of total.rejectedWithoutLine) process.stdout.write(`- ${formatFinding(f)}\n`);
  }
  process.stdout.write(`\n## Bekende beperkingen (${total.known.length}, zie KNOWN_LIMITS)\n\n`);
  for (const f of total.known) process.stdout.write(`- ${formatFinding(f)}\n  (${knownLimit(f.mutation)})\n`);
  process.stdout.write(`\n## Schendingen buiten de bekende beperkingen (${total.violations.length})\n\n`);
  for (const f of total.violations) process.stdout.write(`- ${formatFinding(f)}\n`);
  // A known limit that was run and no longer violates: the list is stale.
  const stale = [...ran].filter(
    (key) => KNOWN_LIMITS[key] && !total.known.some((f) => keyOf(f.mutation) === key),
  );
  if (stale.length > 0) {
    process.stdout.write(
      `\n## Bekende beperkingen die geen schending meer zijn (haal weg uit KNOWN_LIMITS)\n\n`,
    );
    for (const key of stale) process.stdout.write(`- ${key}\n`);
  }
  process.stdout.write(`\n${summaryLine(total)}\n`);
  return total.violations.length > 0 || stale.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
