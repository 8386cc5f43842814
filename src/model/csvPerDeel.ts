/**
 * The Bevindingen CSV export in pieces (#18): part by part when the order allows it (see
 * `runQueryPerDeel` in src/db), else in one query as before. The pieces joined are byte for byte the
 * file `bevindingenCsv(bevindingen(f, s, null))` gives. The data seam comes in as `loper`, so the same
 * code runs in the browser and, in the tests, on DuckDB in Node.
 */
import type { DeelVoortgang, PerDeelOpdracht, PerDeelUitkomst, Query } from '../db';
import { BEVINDINGEN_CSV, BOM, csvKop, csvRegels, csvVanVorm, type CsvVorm } from './csv';
import {
  bevindingen,
  bevindingenDeel,
  bevindingenVolgorde,
  type BevindingenFilter,
  type BevindingRij,
  type BevindingSortering,
} from './queries-bevindingen';

/** The two ways of the data seam the export uses. */
export interface CsvLoper {
  runQuery<Row>(q: Query<Row>): Promise<Row[]>;
  runQueryPerDeel<Row>(opdracht: PerDeelOpdracht<Row>): Promise<PerDeelUitkomst>;
}

/** What the export is doing: a part of the parts, or everything in one query (and why). */
export type CsvMelding =
  | { readonly soort: 'deel'; readonly voortgang: DeelVoortgang }
  | { readonly soort: 'ineens'; readonly waarom: Exclude<PerDeelUitkomst, 'per-deel'> };

export interface CsvStukkenOpties {
  readonly melding?: (m: CsvMelding) => void;
  readonly signal?: AbortSignal;
  /** The file's shape; the Bevindingen export's unless told (Open data has two of its own). */
  readonly vorm?: CsvVorm<BevindingRij>;
}

/**
 * Writes the CSV of `bevindingen(f, s, null)` (in `vorm`) to `opStuk`, piece by piece; resolves with
 * the number of rows. The caller keeps the pieces (e.g. as Blobs), so no piece needs to stay a string.
 */
export async function bevindingenCsvStukken(
  loper: CsvLoper,
  f: BevindingenFilter,
  s: BevindingSortering | null,
  opStuk: (tekst: string) => void,
  { melding, signal, vorm = BEVINDINGEN_CSV }: CsvStukkenOpties = {},
): Promise<number> {
  let aantal = 0;
  let kop = false;
  const begin = () => {
    if (!kop) opStuk((vorm.bom ? BOM : '') + csvKop(vorm.kolommen, vorm.opties));
    kop = true;
  };
  const uitkomst = await loper.runQueryPerDeel<BevindingRij>({
    volgorde: bevindingenVolgorde(f, s),
    deel: (gemeenten, tabel) => bevindingenDeel(f, s, gemeenten, tabel),
    opDeel: (rijen) => {
      begin();
      aantal += rijen.length;
      if (rijen.length) opStuk(csvRegels(vorm.kolommen, rijen, vorm.opties));
    },
    voortgang: (voortgang) => melding?.({ soort: 'deel', voortgang }),
    signal,
  });
  if (uitkomst === 'per-deel') {
    begin();
    return aantal;
  }
  melding?.({ soort: 'ineens', waarom: uitkomst });
  const rijen = await loper.runQuery(bevindingen(f, s, null));
  signal?.throwIfAborted();
  opStuk(csvVanVorm(vorm, rijen));
  return rijen.length;
}
