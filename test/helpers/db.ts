import { afterAll, beforeAll } from 'vitest';
import { openNodeDb, type TestDb } from './nodeDb';
import { openWasmDb } from './wasmNodeDb';

/** How to open a database on a data folder (public/data when left out). */
export type OpenDb = (dir?: string) => Promise<TestDb>;

/**
 * The two engines every query builder must agree on, for `describe.each`: DuckDB 1.5 as the build's
 * prerender runs it, and DuckDB 1.4 as the browser runs it.
 */
export const DB_ENGINES: [string, OpenDb][] = [
  ['DuckDB 1.5 (@duckdb/node-api)', openNodeDb],
  ['DuckDB 1.4 (duckdb-wasm in Node)', openWasmDb],
];

/**
 * A database on public/data (or on the folder `dir()` gives when the hook runs), opened with `open`
 * before the tests of the enclosing describe (or file) and closed after them. The returned handle
 * stands for it from the first hook after this call on.
 */
export function useDb(open: OpenDb = openNodeDb, dir?: () => string): TestDb {
  let db: TestDb | undefined;
  beforeAll(
    async () => {
      db = await open(dir?.());
    },
    // A synthetic dataset on a busy machine takes longer to open than public/data.
    dir ? 120_000 : undefined,
  );
  afterAll(async () => {
    await db?.close();
  });
  const geopend = (): TestDb => {
    if (!db) throw new Error('the database is not open yet: use it inside a test or a later hook');
    return db;
  };
  return {
    get engine() {
      return geopend().engine;
    },
    get manifest() {
      return geopend().manifest;
    },
    run: (q) => geopend().run(q),
    tekstDelen: (t) => geopend().tekstDelen(t),
    metDeel: (b, bouw, signal) => geopend().metDeel(b, bouw, signal),
    geladenDelen: () => geopend().geladenDelen(),
    close: () => geopend().close(),
  };
}

/** Runs `fn` on a database of its own, opened with `open` on `dir`, and closes it afterwards. */
export async function metEigenDb<T>(open: OpenDb, dir: string, fn: (db: TestDb) => Promise<T>): Promise<T> {
  const db = await open(dir);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}
