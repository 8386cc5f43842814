import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  kalibratieUitEchteData,
  PROVINCIES,
  synthTabellen,
  verdeelProvincies,
  writeSynth,
} from '../../scripts/synth';
import { maakVocabulaire } from '../../scripts/synth/woorden';
import { dataManifest, readRows, ROOT } from '../helpers/data';

const TSX = join(ROOT, 'node_modules/.bin/tsx');
const tmp = () => mkdtempSync(join(tmpdir(), 'ggsr-synth-'));
const KLEIN = { gemeenten: 12, jaren: 2, seed: 7 };
const k = kalibratieUitEchteData();

describe('synthTabellen', () => {
  const t = synthTabellen(KLEIN, k);
  type R = Record<string, unknown>;
  const rows = (x: readonly object[]) => x as readonly R[];

  it('gives 12 gemeenten, 1 to 3 aanpakken per gemeente per jaar (2013, 2014), 30 oordelen and 5 conclusies each', () => {
    expect(t.gemeenten).toHaveLength(12);
    for (const g of rows(t.gemeenten)) {
      for (const jaar of [2013, 2014]) {
        const n = rows(t.aanpakken).filter((a) => a.gemeente_id === g.gemeente_id && a.jaar === jaar).length;
        expect(n).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThanOrEqual(3);
      }
    }
    expect(new Set(rows(t.aanpakken).map((a) => a.jaar))).toEqual(new Set([2013, 2014]));
    expect(t.oordelen).toHaveLength(t.aanpakken.length * 30);
    expect(t.teksten).toHaveLength(t.oordelen.length);
    expect(t.conclusies).toHaveLength(t.aanpakken.length * 5);
  });

  it('is clearly synthetic: names, texts, documents that name no file', () => {
    const echt = new Set(readRows('gemeenten').map((g) => g.naam));
    for (const g of rows(t.gemeenten)) {
      expect(g.naam).toMatch(/^Synthetische gemeente \d{3}$/);
      expect(echt.has(g.naam)).toBe(false);
    }
    for (const x of rows(t.teksten)) expect(String(x.bevinding)).toMatch(/^\[Synthetisch\] /);
    for (const d of rows(t.documenten)) expect(String(d.bestand)).toMatch(/^SYNTHETISCH-\d{3}-\d{4}$/);
  });

  it('draws words by rank (the first far more often than the 1000th), and local names only in their own gemeente (#18)', () => {
    const v = maakVocabulaire();
    expect(v.woorden).toHaveLength(15_000);
    expect(new Set(v.woorden).size).toBe(15_000);
    const woorden = rows(t.teksten).flatMap((x) => String(x.bevinding).split(' '));
    const tel = (w: string) => woorden.filter((x) => x === w).length;
    expect(tel(v.woorden[0] ?? '')).toBeGreaterThan(20 * tel(v.woorden[999] ?? ''));
    for (let g = 1; g <= KLEIN.gemeenten; g++) {
      const id = `synthetisch-${String(g).padStart(3, '0')}`;
      for (const naam of v.lokaal(g)) {
        const met = rows(t.teksten).filter((x) => String(x.bevinding).split(' ').includes(naam));
        expect(met.length, naam).toBeGreaterThan(0);
        expect(new Set(met.map((x) => x.gemeente_id)), naam).toEqual(new Set([id]));
      }
    }
  });

  it('uses the 12 provinces with their real gemeente counts at 342', () => {
    const v = verdeelProvincies(342);
    for (const [p, n] of PROVINCIES) expect(v.filter((x) => x === p).length, p).toBe(n);
    expect(verdeelProvincies(12)).toHaveLength(12);
    expect(new Set(rows(t.gemeenten).map((g) => g.provincie)).size).toBeGreaterThan(5);
  });

  it('has verbeterpunten, some LET OP and a few onduidelijk', () => {
    const o = rows(t.oordelen);
    const x = o.filter((r) => r.oordeel === 'verbeterpunt').length / o.length;
    // The real data has 47 X in 210 oordelen (22 %); noise keeps it in the same range.
    expect(x).toBeGreaterThan(0.1);
    expect(x).toBeLessThan(0.4);
    expect(o.some((r) => r.heeft_let_op)).toBe(true);
    expect(o.some((r) => r.oordeel === 'onduidelijk')).toBe(true);
    for (const r of o) expect(r.heeft_let_op).toBe(rows(t.teksten)[o.indexOf(r)]?.let_op !== null);
  });
});

describe('writeSynth', () => {
  it('writes the same bytes for the same seed, other bytes for another seed', async () => {
    const [a, b, c] = [tmp(), tmp(), tmp()];
    await writeSynth(KLEIN, a, k);
    await writeSynth(KLEIN, b, k);
    await writeSynth({ ...KLEIN, seed: 8 }, c, k);
    const names = readdirSync(a).sort();
    expect(readdirSync(b).sort()).toEqual(names);
    for (const n of names) expect(readFileSync(join(b, n)).equals(readFileSync(join(a, n))), n).toBe(true);
    expect(readFileSync(join(c, 'oordelen.arrow')).equals(readFileSync(join(a, 'oordelen.arrow')))).toBe(
      false,
    );
  });

  it('writes the ingest layout, flagged synthetic; every oordeel has its text in exactly one part', async () => {
    const dir = tmp();
    await writeSynth(KLEIN, dir, k);
    const raw = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(raw.synthetisch).toBe(true);
    expect(String(raw.dataset)).toContain('SYNTHETISCH');
    expect(raw.bronnen).toEqual([]);
    const m = dataManifest(dir);
    const oordelen = readRows('oordelen', dir);
    const teksten = m.bestanden.filter((b) => b.tabel === 'teksten');
    const waar = new Map<string, string[]>();
    for (const part of teksten) {
      const ids = new Set(part.gemeente_ids);
      for (const r of readRows('teksten', dir).filter((x) => ids.has(String(x.gemeente_id)))) {
        const key = `${String(r.aanpak_id)}~${String(r.indicator)}`;
        waar.set(key, [...(waar.get(key) ?? []), part.name]);
      }
    }
    for (const o of oordelen)
      expect(waar.get(`${String(o.aanpak_id)}~${String(o.indicator)}`)).toHaveLength(1);
    expect(waar.size).toBe(oordelen.length);
  });

  it('refuses public/data', async () => {
    await expect(writeSynth(KLEIN, join(ROOT, 'public/data'), k)).rejects.toThrow(/nooit naar public\/data/);
  });
});

describe('npm run synth', () => {
  it('prints a one-line summary and writes into --out', () => {
    const out = join(tmp(), 'synth');
    const r = spawnSync(TSX, ['scripts/synth.ts', '--gemeenten', '3', '--jaren', '1', '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(
      /^synth: 3 gemeenten, \d+ aanpakken, \d+ oordelen, 1 delen; oordelen\.arrow \d+ bytes/,
    );
    expect(existsSync(join(out, 'teksten-000.arrow'))).toBe(true);
  });
});
