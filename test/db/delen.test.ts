import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTabellen } from '../../scripts/ingest/write';
import { kalibratieUitEchteData, synthTabellen } from '../../scripts/synth';
import { DelenLader, leesDataManifest, tekstBestandenVoor, type DataBestand } from '../../src/db/manifest';
import { celDetail, heatmapCellen, kolomTotalen, ranking, rijTotalen } from '../../src/model/queries';
import { bevindingen, bevindingenAantal } from '../../src/model/queries-bevindingen';
import { dataManifest, readRows } from '../helpers/data';
import { openNodeDb, type TestDb } from '../helpers/nodeDb';
import { openWasmDb } from '../helpers/wasmNodeDb';

// Emmen, OGGz, A9, as printed in factsheet 003 (data/raw/003_ad61aa6d5b713ddd.txt).
const EMMEN_OGGZ_A9 =
  'De gemeente en één netwerkpartner geven aan dat de doorzettingsmacht niet is geregeld.';

/** A synthetic dataset of 9 gemeenten written with a small part target, so it has several parts. */
const MULTI = mkdtempSync(join(tmpdir(), 'ggsr-delen-'));
writeTabellen(
  synthTabellen({ gemeenten: 9, jaren: 1, seed: 3 }, kalibratieUitEchteData()),
  MULTI,
  { dataset: 'SYNTHETISCH test', synthetisch: true, bronnen: [] },
  { doel: 60_000 },
);

describe('the written parts', () => {
  it('are disjoint, cover every gemeente, and hold only their own gemeenten', () => {
    const m = dataManifest(MULTI);
    const teksten = m.bestanden.filter((b) => b.tabel === 'teksten');
    expect(teksten.length).toBeGreaterThan(2);
    const ids = teksten.flatMap((b) => b.gemeente_ids ?? []);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(readRows('gemeenten', MULTI).map((g) => g.gemeente_id)));
    // Each text table has the same parts with the same gemeenten.
    for (const t of ['conclusies', 'beschrijvingen'] as const) {
      expect(m.bestanden.filter((b) => b.tabel === t).map((b) => b.gemeente_ids)).toEqual(
        teksten.map((b) => b.gemeente_ids),
      );
    }
  });
});

describe('tekstBestandenVoor', () => {
  const m = dataManifest(MULTI);
  const delen = m.bestanden.filter((b) => b.gemeente_ids);
  it('gives nothing without a declaration or for an empty or unknown list, everything for alle', () => {
    expect(tekstBestandenVoor(m, undefined)).toEqual([]);
    expect(tekstBestandenVoor(m, [])).toEqual([]);
    expect(tekstBestandenVoor(m, ['bestaat-niet'])).toEqual([]);
    expect(tekstBestandenVoor(m, 'alle')).toEqual(delen);
  });
  it('gives the three files of the one part that holds a gemeente', () => {
    const g = delen.filter((b) => b.tabel === 'teksten')[1]?.gemeente_ids?.[0] ?? '';
    expect(tekstBestandenVoor(m, [g]).map((b) => b.name)).toEqual([
      'teksten-001.arrow',
      'conclusies-001.arrow',
      'beschrijvingen-001.arrow',
    ]);
  });
});

describe('leesDataManifest', () => {
  const kern = ['indicatoren', 'documenten', 'gemeenten', 'aanpakken', 'oordelen'].map((t) => ({
    name: `${t}.arrow`,
    tabel: t,
    bytes: 1,
    rows: 1,
    sha256: 'a'.repeat(64),
  }));
  it('needs every core table and gemeente_ids on a part', () => {
    expect(leesDataManifest({ bestanden: kern }).synthetisch).toBe(false);
    expect(() => leesDataManifest({ bestanden: kern.slice(1) })).toThrow(
      /ontbreken de tabellen: indicatoren/,
    );
    const deel = { name: 'teksten-000.arrow', tabel: 'teksten', bytes: 1, rows: 1, sha256: 'a'.repeat(64) };
    expect(() => leesDataManifest({ bestanden: [...kern, deel] })).toThrow(/manifest\.json/);
    expect(
      leesDataManifest({ bestanden: [...kern, { ...deel, gemeente_ids: ['x'] }] }).bestanden,
    ).toHaveLength(6);
    expect(() => leesDataManifest({ bestanden: [...kern, { ...deel, name: '../x.arrow' }] })).toThrow();
  });
});

describe('DelenLader', () => {
  const b = (name: string) => ({ name }) as DataBestand;
  it('loads a file once, also when asked twice at the same time, and again after a failure', async () => {
    const calls: string[] = [];
    let faal = true;
    const l = new DelenLader(async (x) => {
      calls.push(x.name);
      await Promise.resolve();
      if (x.name === 'b' && faal) throw new Error('kapot');
    });
    await Promise.all([l.zorgVoor([b('a')]), l.zorgVoor([b('a')])]);
    expect(calls).toEqual(['a']);
    await expect(l.zorgVoor([b('a'), b('b')])).rejects.toThrow('kapot');
    faal = false;
    await l.zorgVoor([b('b')]);
    expect(calls).toEqual(['a', 'b', 'b']);
  });

  it('onderweg gives the load in flight, and nothing before it is asked for or once it is done', async () => {
    let klaar = () => {};
    const l = new DelenLader(() => new Promise<void>((r) => (klaar = r)));
    expect(l.onderweg('a')).toBeUndefined();
    const p = l.zorgVoor([b('a')]);
    const onderweg = l.onderweg('a');
    expect(onderweg).toBeInstanceOf(Promise);
    expect(l.isGeladen('a')).toBe(false);
    klaar();
    await onderweg;
    await p;
    expect(l.isGeladen('a')).toBe(true);
    expect(l.onderweg('a')).toBeUndefined();
  });
});

describe.each([
  ['DuckDB 1.5 (@duckdb/node-api)', openNodeDb],
  ['DuckDB 1.4 (duckdb-wasm in Node)', openWasmDb],
])('text parts on demand, %s', (_n, open) => {
  let real: TestDb;
  let multi: TestDb;
  beforeAll(async () => {
    real = await open();
    multi = await open(MULTI);
  });
  afterAll(async () => {
    await real?.close();
    await multi?.close();
  });

  it('marks-only queries (heatmap, totals, ranking) load no part', async () => {
    expect(await real.run(heatmapCellen())).toHaveLength(210);
    await real.run(rijTotalen());
    await real.run(kolomTotalen());
    await real.run(ranking());
    await real.run(bevindingenAantal({ letOp: 'met' }));
    expect(real.geladenDelen()).toEqual([]);
  });

  it('a drill-down loads the part of its gemeente and gets the bevinding from the factsheet', async () => {
    const [d] = await real.run(celDetail('emmen.oggz', 'A9'));
    expect(d?.bevinding).toBe(EMMEN_OGGZ_A9);
    expect(real.geladenDelen()).toEqual([
      'teksten-000.arrow',
      'conclusies-000.arrow',
      'beschrijvingen-000.arrow',
    ]);
  });

  it('the gaten columns of teksten and conclusies come through Arrow IPC as JSON text', async () => {
    const rows = await real.run<{ tabel: string; waar: string; gaten: string }>({
      sql: `SELECT 'teksten' AS tabel, indicator AS waar, gaten FROM teksten WHERE aanpak_id = $1 AND gaten IS NOT NULL
            UNION ALL
            SELECT 'conclusies', thema_code, gaten FROM conclusies WHERE aanpak_id = $1 AND gaten IS NOT NULL`,
      params: ['gouda.mpg-overleg'],
      teksten: ['gouda'],
    });
    // Gouda MPG-overleg: T1, A4-A7 (one shared text), S5, C1, C2; conclusies Aanpak and Continu.
    expect(
      rows
        .filter((r) => r.tabel === 'teksten')
        .map((r) => r.waar)
        .sort(),
    ).toEqual(['A4', 'A5', 'A6', 'A7', 'C1', 'C2', 'S5', 'T1'].sort());
    expect(
      rows
        .filter((r) => r.tabel === 'conclusies')
        .map((r) => r.waar)
        .sort(),
    ).toEqual(['A', 'C']);
    const c2 = rows.find((r) => r.waar === 'C2');
    expect(JSON.parse(String(c2?.gaten))).toEqual([
      { veld: 'bevinding', offset: expect.any(Number) as number, reden: 'kleine-letter-na-punt' },
    ]);
  });

  it('with several parts: a cell loads only its gemeente part, once; alle loads the rest', async () => {
    const m = dataManifest(MULTI);
    const deel = m.bestanden.filter((b) => b.tabel === 'teksten')[2]!;
    const g = deel.gemeente_ids![0]!;
    const aanpak = String(readRows('aanpakken', MULTI).find((a) => a.gemeente_id === g)?.aanpak_id);
    const [d] = await multi.run(celDetail(aanpak, 'C2'));
    expect(String(d?.bevinding)).toMatch(/^\[Synthetisch\] /);
    expect(multi.geladenDelen()).toEqual([
      'teksten-002.arrow',
      'conclusies-002.arrow',
      'beschrijvingen-002.arrow',
    ]);
    // Asked again: not appended twice.
    expect(await multi.run(celDetail(aanpak, 'C2'))).toHaveLength(1);
    expect((await multi.run(bevindingen({ gemeenten: [g] }, null, null))).length).toBe(
      readRows('oordelen', MULTI).filter((o) => o.gemeente_id === g).length,
    );
    expect(multi.geladenDelen()).toHaveLength(3);
    const alle = await multi.run(bevindingen({}, null, null));
    expect(alle).toHaveLength(readRows('oordelen', MULTI).length);
    expect(alle.every((r) => typeof r.bevinding === 'string')).toBe(true);
    expect(multi.geladenDelen()).toHaveLength(m.bestanden.filter((b) => b.gemeente_ids).length);
  });
});
