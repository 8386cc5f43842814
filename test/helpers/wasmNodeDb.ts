import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { tableToObjects } from '../../src/db/convert';
import { DelenLader, kernBestanden, type DataBestand } from '../../src/db/manifest';
import type { DeelTabel } from '../../src/db/perDeel';
import type { Query } from '../../src/db/query';
import { createTableSql, createZoekindexSql, TEKST_TABELLEN } from '../../src/db/schema';
import { maakTekstDelen } from '../../src/db/zoekindex';
import { DATA_DIR, dataManifest, fileBytes } from './data';
import type { TestDb } from './nodeDb';

const require = createRequire(import.meta.url);

/**
 * DuckDB-WASM 1.32 (DuckDB 1.4, the engine the browser runs) in Node via its blocking API, loaded
 * the same way as src/db/engine.ts: core files with insertArrowFromIPCStream, the text tables empty,
 * extension autoload off, then locked; text parts appended (create: false) when a query declares them.
 */
export async function openWasmDb(dir = DATA_DIR): Promise<TestDb> {
  const manifest = dataManifest(dir);
  const db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'), mainWorker: '' },
      eh: { mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'), mainWorker: '' },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  db.open({ query: { castDecimalToDouble: true } });
  const conn = db.connect();
  conn.query('SET autoload_known_extensions=false');
  conn.query('SET autoinstall_known_extensions=false');
  conn.query('SET allow_community_extensions=false');
  for (const b of kernBestanden(manifest))
    conn.insertArrowFromIPCStream(fileBytes(b.name, dir), { name: b.tabel, create: true });
  for (const t of TEKST_TABELLEN) conn.query(createTableSql(t));
  conn.query(createZoekindexSql());
  conn.query('SET enable_external_access=false');
  conn.query('SET lock_configuration=true');
  const delen = new DelenLader(async (b) => {
    conn.insertArrowFromIPCStream(fileBytes(b.name, dir), { name: b.tabel, create: false });
  });
  const voerUit = <Row>(q: Query<Row>): Promise<Row[]> => {
    const stmt = conn.prepare(q.sql);
    try {
      return Promise.resolve(tableToObjects(stmt.query(...q.params)) as Row[]);
    } finally {
      stmt.close();
    }
  };
  const delenVoor = maakTekstDelen(manifest, voerUit, (b) => delen.zorgVoor(b));
  const run = async <Row>(q: Query<Row>): Promise<Row[]> => {
    await delen.zorgVoor(await delenVoor(q.teksten));
    return voerUit(q);
  };
  let deelNummer = 0;
  return {
    engine: `wasm ${db.getVersion()}`,
    manifest,
    run,
    tekstDelen: delenVoor,
    // As src/db/engine.ts: the part on its own table (insertArrowFromIPCStream, create), queried, dropped.
    async metDeel<Row>(b: DataBestand, bouw: (tabel: DeelTabel) => Query<Row>): Promise<Row[]> {
      if (delen.isGeladen(b.name)) return run(bouw('teksten'));
      const tabel: DeelTabel = `deel_teksten_${++deelNummer}`;
      try {
        conn.insertArrowFromIPCStream(fileBytes(b.name, dir), { name: tabel, create: true });
        return await run(bouw(tabel));
      } finally {
        conn.query(`DROP TABLE IF EXISTS "${tabel}"`);
      }
    },
    geladenDelen: () => delen.geladen(),
    async close() {
      conn.close();
      db.reset();
    },
  };
}
