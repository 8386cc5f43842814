/**
 * #18: the Bevindingen CSV export part by part, on a synthetic dataset with several text parts, on both
 * engines: the pieces joined are byte for byte the one-shot CSV, each part is read into a table of its
 * own and dropped, and cancelling stops before the next part.
 */
import { describe, expect, it } from 'vitest';
import { voerPerDeelUit, type PerDeelOpdracht } from '../../src/db/perDeel';
import type { Query } from '../../src/db/query';
import {
  bevindingenCsv,
  OPEN_DATA_EXCEL_CSV,
  OPEN_DATA_STANDAARD_CSV,
  openDataExcelCsv,
  openDataStandaardCsv,
} from '../../src/model/csv';
import { bevindingenCsvStukken, type CsvLoper, type CsvMelding } from '../../src/model/csvPerDeel';
import {
  bevindingen,
  type BevindingenFilter,
  type BevindingRij,
  type BevindingSortering,
} from '../../src/model/queries-bevindingen';
import type { CsvVorm } from '../../src/model/csv';
import { DB_ENGINES, metEigenDb, useDb } from '../helpers/db';
import type { TestDb } from '../helpers/nodeDb';
import { synthFeiten, useSynth } from '../helpers/synth';

let feiten = synthFeiten();
useSynth((f) => (feiten = f), 12, 2, '--deel-bytes', '150000');

const loper = (db: TestDb): CsvLoper => ({
  runQuery: <Row>(q: Query<Row>) => db.run(q),
  runQueryPerDeel: <Row>(o: PerDeelOpdracht<Row>) => voerPerDeelUit(db, o),
});

async function stukken(
  db: TestDb,
  f: BevindingenFilter,
  s: BevindingSortering | null,
  vorm?: CsvVorm<BevindingRij>,
) {
  const uit: string[] = [];
  const meldingen: CsvMelding[] = [];
  const aantal = await bevindingenCsvStukken(loper(db), f, s, (t) => uit.push(t), {
    melding: (m) => meldingen.push(m),
    vorm,
  });
  return { csv: uit.join(''), stukken: uit.length, aantal, meldingen };
}

const DEEL_TABELLEN = `SELECT COUNT(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name LIKE 'deel_teksten%'`;

describe.each(DB_ENGINES)('bevindingenCsvStukken on %s', (_naam, open_) => {
  const db = useDb(open_, () => feiten.dir);
  const teksten = () => db.manifest.bestanden.filter((b) => b.tabel === 'teksten');
  const gemeenteIn = (i: number) => teksten()[i]!.gemeente_ids![0]!;

  // Each case is exported part by part first (no part loaded yet), then one-shot on a database of its own.
  const gevallen: [string, () => BevindingenFilter, BevindingSortering | null][] = [
    ['no filter, default order', () => ({}), null],
    ['gemeente descending', () => ({}), { kolom: 'gemeente', aflopend: true }],
    [
      'gemeente ascending, verbeterpunten with a search',
      () => ({ oordelen: ['verbeterpunt'], zoek: 'de' }),
      {
        kolom: 'gemeente',
        aflopend: false,
      },
    ],
    ['two gemeenten in different parts', () => ({ gemeenten: [gemeenteIn(2), gemeenteIn(0)] }), null],
  ];

  it('gives the one-shot CSV byte for byte, part by part, reading no part into the shared table', async () => {
    expect(teksten().length).toBeGreaterThan(2);
    for (const [naam, f, s] of gevallen) {
      const uit = await stukken(db, f(), s);
      const verwacht = await metEigenDb(open_, feiten.dir, async (eigen) =>
        bevindingenCsv(await eigen.run(bevindingen(f(), s, null))),
      );
      expect(uit.csv, naam).toBe(verwacht);
      expect(
        uit.meldingen.every((m) => m.soort === 'deel'),
        naam,
      ).toBe(true);
      expect(uit.stukken, naam).toBeGreaterThan(2);
    }
    // Open data: every oordeel, in its two file shapes.
    const open = await metEigenDb(open_, feiten.dir, (eigen) => eigen.run(bevindingen({}, null, null)));
    expect((await stukken(db, {}, null, OPEN_DATA_EXCEL_CSV)).csv).toBe(openDataExcelCsv(open));
    expect((await stukken(db, {}, null, OPEN_DATA_STANDAARD_CSV)).csv).toBe(openDataStandaardCsv(open));
    expect(db.geladenDelen()).toEqual([]);
    expect((await db.run<{ n: number }>({ sql: DEEL_TABELLEN, params: [] }))[0]?.n).toBe(0);
  }, 240_000);

  it('exports every oordeel of the dataset, reporting part 1 to n of the teksten parts', async () => {
    const uit = await stukken(db, {}, null);
    expect(uit.aantal).toBe(feiten.oordelen.length);
    // Header + one line per oordeel; no text in the synthetic set has a line break.
    expect(uit.csv.split('\r\n').length).toBe(feiten.oordelen.length + 2);
    const n = teksten().length;
    expect(
      uit.meldingen.map((m) => (m.soort === 'deel' ? `${m.voortgang.deel}/${m.voortgang.van}` : m.soort)),
    ).toEqual([...teksten().map((_, i) => `${i + 1}/${n}`), `${n}/${n}`]);
  }, 120_000);

  it('falls back to one query when the order is not by gemeente, or one part is enough', async () => {
    const oordeel = await stukken(db, {}, { kolom: 'oordeel', aflopend: false });
    expect(oordeel.meldingen).toEqual([{ soort: 'ineens', waarom: 'volgorde' }]);
    expect(oordeel.stukken).toBe(1);
    expect(oordeel.csv).toBe(
      bevindingenCsv(await db.run(bevindingen({}, { kolom: 'oordeel', aflopend: false }, null))),
    );
    const een = await stukken(db, { gemeenten: [gemeenteIn(1)] }, null);
    expect(een.meldingen).toEqual([{ soort: 'ineens', waarom: 'een-deel' }]);
  }, 120_000);

  it('with every part loaded already, reads them from the shared table with the same bytes', async () => {
    await db.run(bevindingen({}, null, null));
    const uit = await stukken(db, {}, null);
    expect(uit.meldingen[0]).toMatchObject({ soort: 'deel' });
    expect(uit.csv).toBe(bevindingenCsv(await db.run(bevindingen({}, null, null))));
  }, 120_000);
});

describe.each(DB_ENGINES)('cancelling bevindingenCsvStukken on %s', (_naam, open) => {
  const db = useDb(open, () => feiten.dir);
  it('stops before the next part and leaves no part table behind', async () => {
    const ac = new AbortController();
    const uit: string[] = [];
    const run = bevindingenCsvStukken(loper(db), {}, null, (t) => uit.push(t), {
      melding: (m) => {
        if (m.soort === 'deel' && m.voortgang.deel === 2) ac.abort();
      },
      signal: ac.signal,
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    // The header and the first part only.
    expect(uit).toHaveLength(2);
    expect((await db.run<{ n: number }>({ sql: DEEL_TABELLEN, params: [] }))[0]?.n).toBe(0);
  }, 120_000);
});

describe('bevindingenCsvStukken on the real data (one part)', () => {
  const db = useDb();
  it('runs the one-shot query only, with the same bytes as before', async () => {
    const uit = await stukken(db, {}, null);
    expect(uit.meldingen).toEqual([{ soort: 'ineens', waarom: 'een-deel' }]);
    expect(uit.aantal).toBe(210);
    expect(uit.csv).toBe(bevindingenCsv(await db.run(bevindingen({}, null, null))));
  });
});
