/**
 * Builds the search index (src/db/zoekindex.ts explains it) at ingest: the normalised words per
 * gemeente come from DuckDB (`WOORDEN_SQL`, the same normalisation as the search), the keys and the
 * files from plain JS. Deterministic: same rows, same bytes.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import { ZOEKINDEX_KOLOMMEN } from '../../src/db/schema';
import { delenCode, eersteTeken, WOORDEN_SQL, zoekSleutels } from '../../src/db/zoekindex';

/** The distinct normalised words of every gemeente's teksten (bevinding and LET OP). */
export type ZoekWoorden = ReadonlyMap<string, readonly string[]>;

/** Target size of one index file (Arrow bytes); a file holds at least one first character. */
export const ZOEKINDEX_DOEL_BYTES = 96 * 1024;

interface TekstRij {
  readonly gemeente_id?: unknown;
  readonly bevinding?: unknown;
  readonly let_op?: unknown;
}

const tekstOfNull = (v: unknown) => (typeof v === 'string' ? v : null);

/** The words per gemeente, normalised by DuckDB (node) as the search normalises the texts. */
export async function zoekWoorden(teksten: readonly object[]): Promise<ZoekWoorden> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    await conn.run('CREATE TABLE teksten (gemeente_id VARCHAR, bevinding VARCHAR, let_op VARCHAR)');
    const app = await conn.createAppender('teksten');
    for (const r of teksten as readonly TekstRij[]) {
      app.appendVarchar(String(r.gemeente_id));
      for (const v of [tekstOfNull(r.bevinding), tekstOfNull(r.let_op)]) {
        if (v === null) app.appendNull();
        else app.appendVarchar(v);
      }
      app.endRow();
    }
    app.closeSync();
    const rijen = (await conn.runAndReadAll(WOORDEN_SQL)).getRowObjectsJS();
    const per = new Map<string, string[]>();
    for (const r of rijen) {
      const g = String(r.gemeente_id);
      let lijst = per.get(g);
      if (!lijst) per.set(g, (lijst = []));
      lijst.push(String(r.woord));
    }
    return new Map([...per].sort(([a], [b]) => (a < b ? -1 : 1)).map(([g, w]) => [g, w.sort()]));
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/** One index row: a key and the parts (`delenCode`) that hold a word with it. */
export interface IndexRij {
  readonly sleutel: string;
  readonly delen: string;
}

/** The index rows for text parts `delen` (gemeente ids per part), sorted by key. */
export function zoekindexRijen(delen: readonly (readonly string[])[], woorden: ZoekWoorden): IndexRij[] {
  const perSleutel = new Map<string, Set<number>>();
  delen.forEach((ids, deel) => {
    for (const g of ids) {
      for (const w of woorden.get(g) ?? []) {
        for (const s of zoekSleutels(w)) {
          let set = perSleutel.get(s);
          if (!set) perSleutel.set(s, (set = new Set()));
          set.add(deel);
        }
      }
    }
  });
  return [...perSleutel.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((sleutel) => ({ sleutel, delen: delenCode(perSleutel.get(sleutel) ?? []) }));
}

/** One index file: the first characters it covers and its rows. */
export interface IndexDeel {
  readonly tekens: readonly string[];
  readonly rijen: readonly IndexRij[];
}

const rijBytes = (r: IndexRij) => Buffer.byteLength(r.sleutel) + r.delen.length + 8;

/**
 * The rows grouped into files by the first character of their key, consecutive characters together
 * up to about `doel` bytes. Every key is in the file of its first character.
 */
export function verdeelZoekindex(rijen: readonly IndexRij[], doel = ZOEKINDEX_DOEL_BYTES): IndexDeel[] {
  const delen: { tekens: string[]; rijen: IndexRij[] }[] = [];
  let huidig: { tekens: string[]; rijen: IndexRij[] } | null = null;
  let som = 0;
  let vorige = '';
  for (const r of rijen) {
    const c = eersteTeken(r.sleutel);
    if (c !== vorige) {
      if (!huidig || som >= doel) {
        huidig = { tekens: [], rijen: [] };
        delen.push(huidig);
        som = 0;
      }
      huidig.tekens.push(c);
      vorige = c;
    }
    (huidig as { rijen: IndexRij[] }).rijen.push(r);
    som += rijBytes(r);
  }
  return delen;
}

/** Arrow IPC stream bytes of one index file (columns of `ZOEKINDEX_KOLOMMEN`). */
export function zoekindexArrow(rijen: readonly IndexRij[]): Uint8Array {
  const vectors = Object.fromEntries(
    Object.keys(ZOEKINDEX_KOLOMMEN).map((k) => [
      k,
      vectorFromArray(
        rijen.map((r) => r[k as keyof IndexRij]),
        new Utf8(),
      ),
    ]),
  );
  return tableToIPC(new Table(vectors), 'stream');
}
