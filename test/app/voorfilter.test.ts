import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_ID, leesVoorfilterData } from '../../src/app/voorfilter';
import {
  maakPaginaSeed,
  maakSeed,
  seedJson,
  VOORGERENDERD_ID,
  voorgerenderdeQueries,
} from '../../src/app/voorgerenderd';
import { openNodeDb, type TestDb } from '../helpers/nodeDb';

let db: TestDb;
let rows: Record<string, unknown>[][];

beforeAll(async () => {
  db = await openNodeDb();
  rows = [];
  // As scripts/prerender.ts does: ask again after each query (the level needs the catalog).
  while (rows.length < voorgerenderdeQueries(rows).length)
    rows.push((await db.run(voorgerenderdeQueries(rows)[rows.length]!)) as Record<string, unknown>[]);
});
afterAll(async () => {
  await db?.close();
});

describe('leesVoorfilterData', () => {
  it("leesVoorfilterData(index.html's data block) gives the catalog and the unfiltered heatmap of the real data", () => {
    const data = leesVoorfilterData(seedJson(maakSeed(rows)));
    expect(data?.catalog.gemeenten.map((g) => g.gemeente_id)).toEqual([
      'dordrecht',
      'emmen',
      'gouda',
      'oosterhout',
    ]);
    expect(data?.catalog.aanpakken).toHaveLength(7);
    expect(data?.bron.cellen).toHaveLength(210);
    expect(data?.bron.rijen).toHaveLength(30);
    expect(data?.bron.kolommen).toHaveLength(7);
    expect(data?.bron).toEqual({ cellen: rows[2], rijen: rows[3], kolommen: rows[4] });
  });

  it('leesVoorfilterData(a page of another view, another version, broken JSON) is null: the layer stays off', () => {
    const seed = maakSeed(rows);
    expect(leesVoorfilterData(seedJson(maakPaginaSeed('?weergave=ranking', seed.resultaten)))).toBeNull();
    expect(leesVoorfilterData(seedJson(seed).replace('"versie":2', '"versie":3'))).toBeNull();
    expect(leesVoorfilterData('{')).toBeNull();
    expect(leesVoorfilterData(null)).toBeNull();
  });

  it('SEED_ID is the id of the data block', () => {
    expect(SEED_ID).toBe(VOORGERENDERD_ID);
  });
});
