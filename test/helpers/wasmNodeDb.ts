import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { tableToObjects } from '../../src/db/convert';
import type { Query } from '../../src/db/query';
import { arrowBytes, TABLES } from './data';
import type { TestDb } from './nodeDb';

const require = createRequire(import.meta.url);

/**
 * DuckDB-WASM 1.32 (DuckDB 1.4, the engine the browser runs) in Node via its blocking API, loaded
 * the same way as src/db/engine.ts: insertArrowFromIPCStream, extension autoload off, then locked.
 */
export async function openWasmDb(): Promise<TestDb> {
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
  for (const name of TABLES) conn.insertArrowFromIPCStream(arrowBytes(name), { name, create: true });
  conn.query('SET enable_external_access=false');
  conn.query('SET lock_configuration=true');
  return {
    engine: `wasm ${db.getVersion()}`,
    async run<Row>(q: Query<Row>): Promise<Row[]> {
      const stmt = conn.prepare(q.sql);
      try {
        return tableToObjects(stmt.query(...q.params)) as Row[];
      } finally {
        stmt.close();
      }
    },
    async close() {
      conn.close();
      db.reset();
    },
  };
}
