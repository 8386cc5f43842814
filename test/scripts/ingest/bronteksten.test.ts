/**
 * The source texts the site ships (data/bronnen/): decoded as the ingest decodes, UTF-8 with LF line
 * ends, so line N is the line the ingest calls N; written like the tables (temp folder, then rename).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/ingest/dataset';
import { bronTekst, decodeSource } from '../../../scripts/ingest/decode';
import { writeDataset } from '../../../scripts/ingest/write';
import { RAW_DIR, SEEDS, seed, seedText } from './fixtures';

const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
const utf16le = (s: string) => {
  const b = new Uint8Array(2 + s.length * 2);
  b[0] = 0xff;
  b[1] = 0xfe;
  for (let i = 0; i < s.length; i++) {
    b[2 + i * 2] = s.charCodeAt(i) & 0xff;
    b[3 + i * 2] = s.charCodeAt(i) >> 8;
  }
  return b;
};

describe('bronTekst', () => {
  it('is the original bytes for the five factsheets (UTF-8, LF, no BOM): same SHA-256 as the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(RAW_DIR, '../../public/data/manifest.json'), 'utf8')) as {
      bronnen: { bestand: string; sha256: string }[];
    };
    for (const naam of Object.values(SEEDS)) {
      const bytes = seed(naam).bytes;
      expect(sha(bronTekst(naam, bytes)), naam).toBe(sha(bytes));
      expect(manifest.bronnen.find((b) => b.bestand === naam)?.sha256).toBe(sha(bytes));
    }
  });

  it('gives the same text for CRLF, CR, a BOM and UTF-16, with lines numbered as the ingest numbers them', () => {
    const tekst = seedText(SEEDS.gouda);
    const varianten = [
      new TextEncoder().encode(`\ufeff${tekst.replace(/\n/g, '\r\n')}`),
      new TextEncoder().encode(tekst.replace(/\n/g, '\r')),
      utf16le(tekst.replace(/\n/g, '\r\n')),
    ];
    for (const bytes of varianten) expect(bronTekst('x.txt', bytes)).toBe(tekst);
    const regels = tekst.split('\n');
    // The ingest reads a no-break space as a space and drops trailing spaces; the shipped text keeps both.
    const gelezen = decodeSource('x.txt', varianten[0]!).lines;
    expect(gelezen).toHaveLength(regels.length);
    for (const l of gelezen)
      expect(regels[l.n - 1]?.replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/\s+$/, '')).toBe(l.text);
    // Line 620 of the Gouda factsheet ends the sentence before the lost line (C2, see README "Gaps").
    expect(regels[619]).toContain('wachten op zorg en ondersteuning.');
  });

  it('keeps Windows-1252 characters (ë, ï, √ is not in it) as UTF-8', () => {
    const bytes = Uint8Array.from([0x63, 0x6f, 0xeb, 0x0d, 0x0a, 0x63, 0x6f, 0xef]);
    expect(bronTekst('x.txt', bytes)).toBe('coë\ncoï');
  });
});

describe('writeDataset ships the source texts', () => {
  it('writes data/bronnen/<file> and lists size and SHA-256 in the manifest, same bytes on every run', () => {
    const sources = [seed(SEEDS.gouda), seed(SEEDS.emmen)];
    const ds = buildDataset(sources);
    const teksten = new Map(sources.map((s) => [s.path, bronTekst(s.path, s.bytes)]));
    const publicatie = (b: string) => ({
      titel: b === SEEDS.gouda ? 'Uitkomsten toezichtonderzoek Gouda' : null,
      uitgever: 'Samenwerkend Toezicht Jeugd (STJ)',
      publicatiemaand: '2013-11',
    });
    const schrijf = () => {
      const dir = join(mkdtempSync(join(tmpdir(), 'ggsr-bron-')), 'data');
      writeDataset(ds, dir, '', join(dir, '..', 'r.md'), () => ({ provincie: null, jaar: 2013 }), {
        publicatie,
        teksten,
      });
      return dir;
    };
    const a = schrijf();
    const b = schrijf();
    expect(readdirSync(join(a, 'bronnen')).sort()).toEqual([SEEDS.gouda, SEEDS.emmen]);
    for (const naam of [SEEDS.gouda, SEEDS.emmen]) {
      const bytes = readFileSync(join(a, 'bronnen', naam));
      expect(bytes.equals(readFileSync(join(b, 'bronnen', naam)))).toBe(true);
      expect(sha(bytes)).toBe(sha(seed(naam).bytes));
    }
    const m = JSON.parse(readFileSync(join(a, 'manifest.json'), 'utf8')) as {
      bronnen: Record<string, unknown>[];
    };
    expect(m.bronnen.find((x) => x.bestand === SEEDS.gouda)).toEqual({
      bestand: SEEDS.gouda,
      sha256: sha(seed(SEEDS.gouda).bytes),
      gemeente: 'Gouda',
      titel: 'Uitkomsten toezichtonderzoek Gouda',
      uitgever: 'Samenwerkend Toezicht Jeugd (STJ)',
      publicatiemaand: '2013-11',
      tekst: `bronnen/${SEEDS.gouda}`,
      tekst_bytes: 17933,
      tekst_sha256: sha(seed(SEEDS.gouda).bytes),
    });
    expect(existsSync(`${a}.tmp`)).toBe(false);
  });
});
