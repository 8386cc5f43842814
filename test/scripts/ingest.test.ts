import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOUDA_GATEN, RAW_DIR, SEEDS } from './ingest/fixtures';

const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function ingest(...args: string[]) {
  const r = spawnSync(TSX, [join(ROOT, 'scripts/ingest.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const raw = (name: string) => join(RAW_DIR, name);
const tmp = () => mkdtempSync(join(tmpdir(), 'ggsr-ingest-'));

describe('npm run ingest -- --json', () => {
  it('prints only a JSON array to stdout, one object per aanpak x indicator, and the report to stderr', () => {
    const r = ingest('--json', raw(SEEDS.gouda));
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(30);
    const c2 = rows.find((x) => x.indicator === 'C2');
    expect(c2).toMatchObject({
      gemeente: 'Gouda',
      aanpak: 'MPG-overleg',
      indicator: 'C2',
      oordeel: 'verbeterpunt',
      let_op: null,
    });
    expect(c2?.bevinding).toMatch(/^Er zijn met de netwerkpartners geen afspraken gemaakt/);
    expect(c2?.bron).toMatch(/^002_f5bffbaba2d921af\.txt:\d+-\d+$/);
    expect(r.stderr).toMatch(/\| 002_f5bffbaba2d921af\.txt \| Gouda \| MPG-overleg \| 26 \| 26 \| 30 \|/);
  });

  it('adds gaten to each object: the signs of lost text in bevinding and let_op, [] when there are none', () => {
    const r = ingest('--json', raw(SEEDS.gouda));
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    const c2 = rows.find((x) => x.indicator === 'C2');
    // Line 620-622 of the factsheet: "...wachten op zorg en ondersteuning." then "netwerkpartners aan dat".
    const voor =
      'Er zijn met de netwerkpartners geen afspraken gemaakt om te voorkomen dat gezinnen binnen de aanpak moeten wachten op zorg en ondersteuning. ';
    expect(c2?.gaten).toEqual([{ veld: 'bevinding', offset: voor.length, reden: 'kleine-letter-na-punt' }]);
    expect(rows.find((x) => x.indicator === 'T3')?.gaten).toEqual([]);
    expect(rows.filter((x) => (x.gaten as unknown[]).length > 0).map((x) => x.indicator)).toEqual(
      GOUDA_GATEN,
    );
    expect(r.stderr).toContain('## Mogelijke gaten in de tekst');
  });

  it('exits non-zero with a one-line error naming the file and no stack trace', () => {
    const dir = tmp();
    const empty = join(dir, 'leeg.txt');
    writeFileSync(empty, '');
    const r = ingest('--json', empty);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`ingest: fout in ${empty}: leeg bestand`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names a missing file', () => {
    const r = ingest('--json', '/nonexistent/x.txt');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('/nonexistent/x.txt: bestand niet gevonden');
  });
});

describe('npm run ingest -- --out', () => {
  it('writes nothing when one of several files is bad, and says which', () => {
    const dir = tmp();
    const bad = join(dir, 'kapot.txt');
    writeFileSync(bad, 'Dit is geen factsheet.\n');
    const out = join(dir, 'out');
    const r = ingest('--out', out, raw(SEEDS.gouda), bad, raw(SEEDS.emmen));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}: geen factsheet van STJ`);
    expect(existsSync(out)).toBe(false);
  });

  it('writes byte-identical files on every run, equal to the committed public/data', () => {
    const manifest = JSON.parse(readFileSync(join(RAW_DIR, 'manifest.json'), 'utf8')) as {
      bestanden: { bestand: string }[];
    };
    const files = manifest.bestanden.map((b) => raw(b.bestand));
    const a = join(tmp(), 'a');
    const b = join(tmp(), 'b');
    expect(ingest('--out', a, ...files).code).toBe(0);
    expect(ingest('--out', b, ...files).code).toBe(0);
    const committed = join(ROOT, 'public/data');
    const names = readdirSync(committed).sort();
    // The core tables, and the real data's texts (4 gemeenten) in one part.
    expect(names).toEqual([
      'aanpakken.arrow',
      'beschrijvingen-000.arrow',
      'bronnen',
      'conclusies-000.arrow',
      'documenten.arrow',
      'gemeenten.arrow',
      'indicatoren.arrow',
      'manifest.json',
      'oordelen.arrow',
      'teksten-000.arrow',
    ]);
    // The five source texts, shipped for the source view (data/bronnen/).
    const bronnen = readdirSync(join(committed, 'bronnen')).sort();
    expect(bronnen).toEqual(manifest.bestanden.map((b) => b.bestand).sort());
    for (const name of [...names.filter((n) => n !== 'bronnen'), ...bronnen.map((n) => `bronnen/${n}`)]) {
      const want = readFileSync(join(committed, name));
      expect(
        readFileSync(join(a, name)).equals(want),
        `${name} differs from the committed file: run npm run ingest`,
      ).toBe(true);
      expect(readFileSync(join(b, name)).equals(want), name).toBe(true);
    }
  });
});
