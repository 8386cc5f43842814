import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deelverzamelingen } from '../../src/app/paginas';
import {
  afgeleideCellen,
  afgeleideKolommen,
  afgeleideRijen,
  isAfleidbaar,
  type HeatmapBron,
} from '../../src/model/afleiding';
import {
  heatmapCellen,
  kolomTotalen,
  rijTotalen,
  type OordeelFilter,
  type RijSortering,
} from '../../src/model/queries';
import { THEMAS } from '../../src/model/toetsingskader';
import { leesHeatmapBron } from '../helpers/heatmapBron';
import { openNodeDb, type TestDb } from '../helpers/nodeDb';

const SORTERINGEN: RijSortering[] = ['volgorde', 'verbeterpunten'];

let db: TestDb;
let bron: HeatmapBron;
let gemeenten: string[];
let aanpakken: string[];

beforeAll(async () => {
  db = await openNodeDb();
  bron = await leesHeatmapBron(db);
  gemeenten = [...new Set(bron.kolommen.map((k) => k.gemeente_id))];
  aanpakken = bron.kolommen.map((k) => k.aanpak_id);
});
afterAll(async () => {
  await db?.close();
});

/** The derived results equal what DuckDB returns for the same builders, for each filter. */
async function vergelijk(filters: OordeelFilter[]): Promise<number> {
  let n = 0;
  for (const f of filters)
    for (const sortering of SORTERINGEN) {
      const cellen = await db.run(heatmapCellen(f));
      const rijen = await db.run(rijTotalen(f, sortering));
      const kolommen = await db.run(kolomTotalen(f));
      const label = JSON.stringify({ ...f, sortering });
      expect(afgeleideCellen(bron, f), label).toEqual(cellen);
      expect(afgeleideRijen(bron, f, sortering), label).toEqual(rijen);
      expect(afgeleideKolommen(bron, f), label).toEqual(kolommen);
      n++;
    }
  return n;
}

/** `n` distinct items drawn with a seeded generator (mulberry32), the same on every run. */
function trek<T>(lijst: readonly T[], n: number, seed: number): T[] {
  let a = seed;
  const random = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rest = [...lijst];
  const uit: T[] = [];
  while (uit.length < n && rest.length) uit.push(...rest.splice(Math.floor(random() * rest.length), 1));
  return uit;
}

const themaKeuzes = () => deelverzamelingen(THEMAS.map((t) => t.code) as string[], 1, 4);

describe('afgeleide heatmap against DuckDB (every filter combination of the real data)', () => {
  it('the real data has 4 gemeenten, 7 aanpakken and 210 cells to derive from', () => {
    expect(gemeenten).toHaveLength(4);
    expect(aanpakken).toHaveLength(7);
    expect(bron.cellen).toHaveLength(210);
  });

  it('afgeleide*(every aanpak choice, every thema choice, alleen verbeterpunten, sort) equals the SQL', async () => {
    // Any gemeente filter selects a set of aanpakken, so the 127 sets of aanpakken cover it.
    const filters: OordeelFilter[] = [];
    for (const alleenVerbeterpunten of [false, true]) {
      for (const a of deelverzamelingen(aanpakken, 1, aanpakken.length))
        filters.push({ aanpakken: a, alleenVerbeterpunten });
      for (const t of themaKeuzes()) filters.push({ themas: t, alleenVerbeterpunten });
    }
    expect(await vergelijk(filters)).toBe((127 + 30) * 2 * 2);
  }, 300_000);

  it('afgeleide*(aanpak x thema x alleen x sort) equals the SQL: all of them, or 300 drawn with a fixed seed', async () => {
    // The whole product is 127 x 31 x 2 x 2 = 15,748 combinations: about 6 minutes on 2 cores, so
    // `GGSR_ALLE_COMBINATIES=1` runs it and the gate draws 300 (mulberry32, seed 14).
    const alle: OordeelFilter[] = [];
    for (const a of deelverzamelingen(aanpakken, 1, aanpakken.length))
      for (const t of [undefined, ...themaKeuzes()])
        for (const alleenVerbeterpunten of [false, true])
          alle.push({ aanpakken: a, ...(t ? { themas: t } : {}), alleenVerbeterpunten });
    expect(alle).toHaveLength(127 * 31 * 2);
    const filters = process.env.GGSR_ALLE_COMBINATIES === '1' ? alle : trek(alle, 150, 14);
    expect(await vergelijk(filters)).toBe(filters.length * 2);
  }, 900_000);

  it('afgeleide*(gemeente filters, alone and with an aanpak filter) equals the SQL', async () => {
    const filters: OordeelFilter[] = [];
    for (const g of deelverzamelingen(gemeenten, 1, gemeenten.length))
      for (const alleenVerbeterpunten of [false, true]) {
        filters.push({ gemeenten: g, alleenVerbeterpunten });
        filters.push({ gemeenten: g, aanpakken: aanpakken.slice(0, 3), themas: ['A'], alleenVerbeterpunten });
      }
    expect(await vergelijk(filters)).toBe(15 * 2 * 2 * 2);
  }, 120_000);

  it('isAfleidbaar(f) refuses a jaar or provincie, which the cells do not carry', () => {
    expect(isAfleidbaar({ themas: ['A'] })).toBe(true);
    expect(isAfleidbaar({ jaar: null })).toBe(true);
    expect(isAfleidbaar({ jaar: 2013 })).toBe(false);
    expect(isAfleidbaar({ provincies: ['Drenthe'] })).toBe(false);
  });

  it('afgeleideCellen(alleen verbeterpunten) keeps whole indicator rows with an X (C2: 6 X of 7)', () => {
    // Read from the factsheets: C2 is a verbeterpunt in 6 of the 7 aanpakken (all but one).
    const c2 = afgeleideCellen(bron, { alleenVerbeterpunten: true }).filter((c) => c.indicator === 'C2');
    expect(c2).toHaveLength(7);
    expect(c2.filter((c) => c.oordeel === 'verbeterpunt')).toHaveLength(6);
  });
});
