/**
 * `npm run ingest`: parses the factsheets listed in data/raw/manifest.json and writes the Arrow tables
 * the app loads (public/data/*.arrow, manifest.json) and the report (data/ingest-report.md).
 * `npm run ingest -- --json FILE...`: parses the given files and prints one JSON object per
 * aanpak x indicator to stdout; the report goes to stderr. Nothing is written in that mode.
 * `npm run ingest -- --out DIR FILE...`: parses the given files and writes the tables into DIR.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset, type SourceFile } from './ingest/dataset';
import { IngestError } from './ingest/errors';
import { bronTekst } from './ingest/decode';
import { entryMeta, metaVan, publicatieVan, type ManifestEntry } from './ingest/meta';
import { formatReport, jsonRecords } from './ingest/report';
import { writeDataset } from './ingest/write';
import { zoekWoorden } from './ingest/zoekindex';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RAW = join(root, 'data', 'raw');

function readManifest(): ManifestEntry[] {
  const manifest = JSON.parse(readFileSync(join(RAW, 'manifest.json'), 'utf8')) as {
    bestanden: ManifestEntry[];
  };
  return manifest.bestanden;
}

function readSource(path: string): SourceFile {
  if (!existsSync(path)) throw new IngestError(path, null, 'bestand niet gevonden');
  return { path, bytes: new Uint8Array(readFileSync(path)) };
}

/** The shipped text of every source file (data/bronnen/), by file name. */
function bronTeksten(sources: readonly SourceFile[]): Map<string, string> {
  return new Map(sources.map((s) => [basename(s.path), bronTekst(s.path, s.bytes)]));
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? argv[outAt + 1] : undefined;
  const files = argv.filter((a, i) => !a.startsWith('--') && i !== outAt + 1);
  if (outAt >= 0 && (!out || files.length === 0)) {
    process.stderr.write('gebruik: npm run ingest -- --out MAP BESTAND...\n');
    return 2;
  }
  if (out) {
    const sources = files.map(readSource);
    const ds = buildDataset(sources);
    const report = formatReport(ds);
    const entries = readManifest().filter((e) => files.some((f) => basename(f) === e.bestand));
    const written = writeDataset(
      ds,
      resolve(out),
      report,
      join(resolve(out), 'ingest-report.md'),
      metaVan(ds, entries),
      { publicatie: publicatieVan(entries), teksten: bronTeksten(sources) },
      await zoekWoorden(ds.oordelen),
    );
    process.stderr.write(report);
    process.stdout.write(`Geschreven naar ${out}: ${written.map((w) => w.name).join(', ')}\n`);
    return 0;
  }
  if (json) {
    if (files.length === 0) {
      process.stderr.write('gebruik: npm run ingest -- --json BESTAND...\n');
      return 2;
    }
    const ds = buildDataset(files.map(readSource));
    process.stderr.write(formatReport(ds));
    process.stdout.write(`${JSON.stringify(jsonRecords(ds), null, 2)}\n`);
    return 0;
  }
  const alle = readManifest();
  const entries =
    files.length > 0 ? alle.filter((e) => files.map((f) => basename(f)).includes(e.bestand)) : alle;
  for (const e of entries) entryMeta(e);
  const sources = entries.map((e) => readSource(join(RAW, e.bestand)));
  const ds = buildDataset(sources);
  for (const e of entries) {
    const doc = ds.documenten.find((d) => d.bestand === e.bestand);
    const gemeente = ds.gemeenten.find((g) => g.gemeente_id === doc?.gemeente_id);
    if (!doc || gemeente?.naam !== e.gemeente || doc.layout !== e.layout) {
      throw new IngestError(
        join('data/raw', e.bestand),
        null,
        `past niet bij data/raw/manifest.json: gelezen als ${gemeente?.naam ?? '?'} (${doc?.layout ?? '?'}), verwacht ${e.gemeente} (${e.layout})`,
      );
    }
  }
  const report = `# Ingest-rapport\n\nGemaakt door \`npm run ingest\` uit \`data/raw/\`. Per bestand en aanpak: de tekens (√/✓/X/✗) in de tabellen, de tekens die zijn gebruikt en de oordelen die zijn gemaakt; daarna de plaatsen waar bij het omzetten tekst verloren ging.\n\n${formatReport(ds)}`;
  const written = writeDataset(
    ds,
    join(root, 'public', 'data'),
    report,
    join(root, 'data', 'ingest-report.md'),
    metaVan(ds, entries),
    { publicatie: publicatieVan(entries), teksten: bronTeksten(sources) },
    await zoekWoorden(ds.oordelen),
  );
  process.stdout.write(report);
  process.stdout.write(
    `\nGeschreven naar public/data/: ${written.map((w) => `${w.name} (${w.rows} rijen, ${w.bytes} bytes)`).join(', ')}\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, fout);

function fout(e: unknown): void {
  if (e instanceof IngestError) {
    process.stderr.write(`ingest: fout in ${e.message}\ningest: er is niets geschreven.\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`ingest: onverwachte fout: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  }
}
