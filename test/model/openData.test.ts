import { describe, expect, it } from 'vitest';
import { SCHEMA } from '../../scripts/ingest/write';
import { OPEN_DATA_CSV_KOLOMMEN } from '../../src/model/csv';
import {
  ARROW_KOLOM_UITLEG,
  CITEER_ALS,
  DELEN_TABELLEN,
  CSV_KOLOM_UITLEG,
  grootte,
  leesManifest,
  leesMijTekst,
} from '../../src/model/openData';
import type { KaderIndicator } from '../../src/model/queries-methode';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR, readRows } from '../helpers/data';

describe('open data column descriptions', () => {
  it('describe exactly the tables and columns of the ingest SCHEMA, in order', () => {
    expect(Object.keys(ARROW_KOLOM_UITLEG)).toEqual(Object.keys(SCHEMA));
    for (const [tabel, kolommen] of Object.entries(SCHEMA)) {
      expect(Object.keys(ARROW_KOLOM_UITLEG[tabel] ?? {}), tabel).toEqual(Object.keys(kolommen));
      for (const uitleg of Object.values(ARROW_KOLOM_UITLEG[tabel] ?? {}))
        expect(uitleg.length).toBeGreaterThan(5);
    }
  });
  it('describe exactly the CSV columns, in order', () => {
    expect(Object.keys(CSV_KOLOM_UITLEG)).toEqual(OPEN_DATA_CSV_KOLOMMEN.map((k) => k.kop));
  });
});

describe('manifest', () => {
  const json: unknown = JSON.parse(readFileSync(path.join(DATA_DIR, 'manifest.json'), 'utf8'));
  it('reads the real manifest: one file per core table, the text tables in part 000, not synthetic', () => {
    const m = leesManifest(json);
    // The real data (4 gemeenten, ~120 kB of text) fits in one part.
    expect(m?.bestanden.map((b) => b.name).sort()).toEqual(
      Object.keys(SCHEMA)
        .map((t) => (DELEN_TABELLEN.includes(t) ? `${t}-000.arrow` : `${t}.arrow`))
        .sort(),
    );
    expect(m?.bestanden.find((b) => b.name === 'oordelen.arrow')?.rows).toBe(210);
    expect(m?.bestanden.find((b) => b.name === 'teksten-000.arrow')?.rows).toBe(210);
    // 7 aanpakken x 5 thema's.
    expect(m?.bestanden.find((b) => b.name === 'conclusies-000.arrow')?.rows).toBe(35);
    expect(m?.synthetisch).toBe(false);
  });
  it('refuses odd names and hashes (they become links)', () => {
    const b = { name: 'oordelen.arrow', bytes: 1, rows: 1, sha256: 'a'.repeat(64) };
    expect(leesManifest({ bestanden: [b] })).not.toBeNull();
    expect(leesManifest({ bestanden: [{ ...b, name: '../x.arrow' }] })).toBeNull();
    expect(leesManifest({ bestanden: [{ ...b, name: 'javascript:alert(1)' }] })).toBeNull();
    expect(leesManifest({ bestanden: [{ ...b, sha256: 'xyz' }] })).toBeNull();
    expect(leesManifest(null)).toBeNull();
    expect(leesManifest({})).toBeNull();
  });
  it('formats sizes in Dutch', () => {
    expect(grootte(99752)).toMatch(/^97,4\s?kB$/);
  });
});

describe('LEESMIJ', () => {
  const kader = readRows('indicatoren') as unknown as KaderIndicator[];
  const m = leesManifest(JSON.parse(readFileSync(path.join(DATA_DIR, 'manifest.json'), 'utf8')));
  const tekst = leesMijTekst(kader, m);
  it('lists every CSV column, every Arrow table and all 30 indicator codes', () => {
    for (const k of OPEN_DATA_CSV_KOLOMMEN) expect(tekst).toContain(`| ${k.kop} |`);
    for (const t of Object.keys(SCHEMA))
      expect(tekst).toContain(DELEN_TABELLEN.includes(t) ? `### ${t}-NNN.arrow` : `### ${t}.arrow`);
    expect(tekst).not.toContain('synthetische testgegevens');
    for (const i of kader) expect(tekst).toContain(`| ${i.code} |`);
    expect(kader).toHaveLength(30);
  });
  it('carries licence, source, citation and the file hashes', () => {
    expect(tekst).toContain('CC0');
    expect(tekst).toContain(
      "Samenwerkend Toezicht Jeugd, factsheets 'Uitkomsten toezichtonderzoek', november 2013",
    );
    expect(tekst).toContain(CITEER_ALS);
    for (const b of m?.bestanden ?? []) expect(tekst).toContain(b.sha256);
  });
  it('lists the five source texts with the SHA-256 of the original files (data/raw)', () => {
    const raw = path.join(DATA_DIR, '../../data/raw');
    const bestanden = (
      JSON.parse(readFileSync(path.join(raw, 'manifest.json'), 'utf8')) as {
        bestanden: { bestand: string }[];
      }
    ).bestanden;
    expect(m?.bronnen.map((b) => b.bestand)).toEqual(bestanden.map((b) => b.bestand));
    for (const { bestand } of bestanden) {
      const sha = createHash('sha256')
        .update(readFileSync(path.join(raw, bestand)))
        .digest('hex');
      expect(tekst).toContain(
        `| ${bestand} | Samenwerkend Toezicht Jeugd (STJ), ‘Uitkomsten toezichtonderzoek `,
      );
      expect(tekst).toContain(`| ${sha} |`);
      expect(m?.bronnen.find((b) => b.bestand === bestand)?.tekst).toMatchObject({
        pad: `bronnen/${bestand}`,
        sha256: sha,
      });
    }
  });
});

describe('manifest bronnen', () => {
  it('keeps an entry only with a plain file name and a hash, and its text only at bronnen/<file>', () => {
    const b = { name: 'oordelen.arrow', bytes: 1, rows: 1, sha256: 'a'.repeat(64) };
    const bron = {
      bestand: 'x.txt',
      sha256: 'b'.repeat(64),
      tekst: 'bronnen/x.txt',
      tekst_bytes: 3,
      tekst_sha256: 'c'.repeat(64),
    };
    const lees = (bronnen: unknown[]) => leesManifest({ bestanden: [b], bronnen })?.bronnen;
    expect(lees([bron])?.[0]?.tekst).toEqual({ pad: 'bronnen/x.txt', bytes: 3, sha256: 'c'.repeat(64) });
    expect(lees([{ ...bron, tekst: '../x.txt' }])?.[0]?.tekst).toBeNull();
    expect(lees([{ ...bron, bestand: '../x.txt' }])).toEqual([]);
    expect(lees([{ ...bron, sha256: 'x' }])).toEqual([]);
    expect(leesManifest({ bestanden: [b] })?.bronnen).toEqual([]);
  });
});
