import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heatmapCellen, ranking } from '../../src/model/queries';
import {
  INDICATOR_PER_PAGINA,
  indicatorOordelenVan,
  overzichtCellen,
  overzichtKolommen,
} from '../../src/model/queries-schaal';
import { readRows, ROOT } from '../helpers/data';
import { openNodeDb, type TestDb } from '../helpers/nodeDb';
import { openWasmDb } from '../helpers/wasmNodeDb';

// A small synthetic national dataset (24 gemeenten, 2 jaren). Expected values are counted here from
// the synth's own Arrow files (apache-arrow, plain JS), never from the builders' output.
let dir = '';
let oordelen: Record<string, unknown>[] = [];
let jaarVan = new Map<string, number>();
let provincieVan = new Map<string, string>();
let jaren: number[] = [];
let provincies: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ggsr-schaal-'));
  execFileSync(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    ['scripts/synth.ts', '--gemeenten', '24', '--jaren', '2', '--seed', '1', '--out', dir],
    { cwd: ROOT, stdio: 'pipe' },
  );
  oordelen = readRows('oordelen', dir);
  jaarVan = new Map(readRows('aanpakken', dir).map((a) => [String(a.aanpak_id), Number(a.jaar)]));
  provincieVan = new Map(readRows('gemeenten', dir).map((g) => [String(g.gemeente_id), String(g.provincie)]));
  jaren = [...new Set(jaarVan.values())].sort();
  provincies = [...new Set(provincieVan.values())].sort();
}, 120_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Oordelen of one jaar (and optionally one provincie), counted per key. */
function tel(jaar: number, sleutel: (o: Record<string, unknown>) => string, provincie?: string) {
  const m = new Map<string, { verbeterpunt: number; voldoet: number; onduidelijk: number; totaal: number }>();
  for (const o of oordelen) {
    if (jaarVan.get(String(o.aanpak_id)) !== jaar) continue;
    if (provincie !== undefined && provincieVan.get(String(o.gemeente_id)) !== provincie) continue;
    const k = sleutel(o);
    const t = m.get(k) ?? { verbeterpunt: 0, voldoet: 0, onduidelijk: 0, totaal: 0 };
    t[o.oordeel as 'verbeterpunt' | 'voldoet' | 'onduidelijk'] += 1;
    t.totaal += 1;
    m.set(k, t);
  }
  return m;
}

const engines: [string, (d: string) => Promise<TestDb>][] = [
  ['DuckDB 1.5 (@duckdb/node-api)', openNodeDb],
  ['DuckDB 1.4 (duckdb-wasm in Node)', openWasmDb],
];

describe.each(engines)('schaal builders on %s', (_name, open) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await open(dir);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it('the synthetic data has two jaren and several provincies', () => {
    expect(jaren).toHaveLength(2);
    expect(provincies.length).toBeGreaterThan(1);
  });

  it('overzichtCellen per provincie: every cell counts the X, √ and ? of that jaar', async () => {
    const jaar = jaren[1]!;
    const verwacht = tel(jaar, (o) => `${provincieVan.get(String(o.gemeente_id))}~${String(o.indicator)}`);
    const rows = await db.run(overzichtCellen({ jaar }, 'provincie'));
    expect(rows).toHaveLength(verwacht.size);
    for (const r of rows) {
      expect(r.groep).toBe(r.naam);
      const t = verwacht.get(`${r.groep}~${r.indicator}`);
      expect([r.verbeterpunt, r.voldoet, r.onduidelijk, r.totaal]).toEqual([
        t?.verbeterpunt,
        t?.voldoet,
        t?.onduidelijk,
        t?.totaal,
      ]);
    }
    // Onduidelijk is counted on its own, never folded into √ or X.
    expect(rows.every((r) => r.verbeterpunt + r.voldoet + r.onduidelijk === r.totaal)).toBe(true);
  });

  it('overzichtKolommen per provincie: aanpakken and gemeenten of that jaar, by name', async () => {
    const jaar = jaren[0]!;
    const rows = await db.run(overzichtKolommen({ jaar }, 'provincie'));
    expect(rows.map((r) => r.groep)).toEqual([...rows.map((r) => r.groep)].sort());
    for (const r of rows) {
      const aanpakken = new Set<string>();
      const gemeenten = new Set<string>();
      for (const o of oordelen)
        if (
          jaarVan.get(String(o.aanpak_id)) === jaar &&
          provincieVan.get(String(o.gemeente_id)) === r.groep
        ) {
          aanpakken.add(String(o.aanpak_id));
          gemeenten.add(String(o.gemeente_id));
        }
      expect([r.aanpakken, r.gemeenten, r.provincie]).toEqual([aanpakken.size, gemeenten.size, r.groep]);
      expect(r.totaal).toBe(aanpakken.size * 30);
    }
  });

  it('overzichtCellen per gemeente within one provincie: only its gemeenten, same counts', async () => {
    const jaar = jaren[1]!;
    const provincie = provincies[0]!;
    const verwacht = tel(jaar, (o) => `${String(o.gemeente_id)}~${String(o.indicator)}`, provincie);
    const rows = await db.run(overzichtCellen({ jaar, provincies: [provincie] }, 'gemeente'));
    expect(rows).toHaveLength(verwacht.size);
    for (const r of rows) {
      expect(provincieVan.get(String(r.groep))).toBe(provincie);
      const t = verwacht.get(`${r.groep}~${r.indicator}`);
      expect([r.verbeterpunt, r.voldoet, r.onduidelijk, r.totaal]).toEqual([
        t?.verbeterpunt,
        t?.voldoet,
        t?.onduidelijk,
        t?.totaal,
      ]);
    }
    const kolommen = await db.run(overzichtKolommen({ jaar, provincies: [provincie] }, 'gemeente'));
    expect(new Set(kolommen.map((k) => k.groep))).toEqual(
      new Set([...verwacht.keys()].map((k) => k.split('~')[0])),
    );
  });

  it('heatmapCellen and ranking with a jaar: only the aanpakken of that jaar', async () => {
    const jaar = jaren[0]!;
    const cellen = await db.run(heatmapCellen({ jaar, themas: ['T'] }));
    const verwacht = [...jaarVan].filter(([, j]) => j === jaar).map(([a]) => a);
    expect(new Set(cellen.map((c) => c.aanpak_id))).toEqual(new Set(verwacht));
    const rows = await db.run(ranking({ jaar }));
    expect(rows).toHaveLength(30);
    expect(rows.every((r) => r.aanpakken === verwacht.length)).toBe(true);
  });

  it('indicatorOordelenVan: pages of the gemeenten asked for, that jaar only, with their texts', async () => {
    const jaar = jaren[1]!;
    const gemeenten = [...provincieVan.keys()];
    const verwacht = oordelen
      .filter(
        (o) =>
          o.indicator === 'A9' &&
          gemeenten.includes(String(o.gemeente_id)) &&
          jaarVan.get(String(o.aanpak_id)) === jaar,
      )
      .map((o) => String(o.aanpak_id));
    expect(verwacht.length).toBeGreaterThan(INDICATOR_PER_PAGINA / 2);
    const pagina0 = await db.run(indicatorOordelenVan('A9', gemeenten, jaar, 0));
    const pagina1 = await db.run(indicatorOordelenVan('A9', gemeenten, jaar, 1));
    expect(pagina0).toHaveLength(Math.min(INDICATOR_PER_PAGINA, verwacht.length));
    const samen = [...pagina0, ...pagina1].map((r) => r.aanpak_id);
    expect(new Set(samen)).toEqual(new Set(verwacht));
    expect(samen).toHaveLength(verwacht.length);
    expect(pagina0.every((r) => typeof r.bevinding === 'string' && r.bevinding.length > 0)).toBe(true);
    expect(await db.run(indicatorOordelenVan('A9', [], null))).toEqual([]);
  });

  it('a hostile provincie or an unknown jaar matches nothing and changes nothing', async () => {
    const hostile = "Utrecht'); DROP TABLE oordelen; --";
    expect(await db.run(overzichtCellen({ provincies: [hostile] }, 'provincie'))).toEqual([]);
    expect(await db.run(overzichtKolommen({ jaar: 1900 }, 'gemeente'))).toEqual([]);
    const alle = await db.run(overzichtKolommen({}, 'provincie'));
    expect(alle.reduce((n, r) => n + r.totaal, 0)).toBe(oordelen.length);
  });
});
