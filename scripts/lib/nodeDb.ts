import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DuckDBInstance,
  type DuckDBConnection,
  type DuckDBPreparedStatement,
  type DuckDBValue,
} from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { toPlain } from '../../src/db/convert';
import {
  DelenLader,
  kernBestanden,
  leesDataManifest,
  type DataBestand,
  type DataManifest,
} from '../../src/db/manifest';
import type { DeelMotor, DeelTabel } from '../../src/db/perDeel';
import type { ZoekMotor } from '../../src/db/zoekBereik';
import type { Query } from '../../src/db/query';
import {
  createTableSql,
  createZoekindexSql,
  SCHEMA,
  TEKST_TABELLEN,
  ZOEKINDEX_KOLOMMEN,
  ZOEKINDEX_TABEL,
  type Column,
  type TableName,
} from '../../src/db/schema';
import { maakTekstDelen } from '../../src/db/zoekindex';

/** A database with the app's tables, for running query builders outside the browser. */
export interface NodeDb extends DeelMotor, ZoekMotor {
  readonly engine: string;
  readonly manifest: DataManifest;
  /** Runs a query after loading the text parts it declares (`q.teksten`), like the browser. */
  run<Row>(q: Query<Row>): Promise<Row[]>;
  /** The text part files loaded so far, in the order they were first needed. */
  geladenDelen(): string[];
  close(): Promise<void>;
}

/** Reads data/manifest.json of a data folder. */
export function leesManifestUit(dataDir: string): DataManifest {
  return leesDataManifest(JSON.parse(readFileSync(path.join(dataDir, 'manifest.json'), 'utf8')));
}

/**
 * @duckdb/node-api (DuckDB 1.5) loaded from `<dataDir>` as the browser loads it: the core files of the
 * manifest at once, the text tables created empty and their parts appended when a query declares them.
 * Node DuckDB cannot read Arrow IPC without a downloadable extension, so each file is read with
 * apache-arrow and appended row by row. Rows come back as plain JS, converted like the browser's
 * (`toPlain`). Used by the prerender (scripts/prerender.ts) and the tests (test/helpers/nodeDb.ts).
 */
export async function openNodeDb(dataDir: string): Promise<NodeDb> {
  const manifest = leesManifestUit(dataDir);
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  for (const b of kernBestanden(manifest)) {
    await conn.run(createTableSql(b.tabel as TableName));
    await voegToe(conn, dataDir, b);
  }
  for (const t of TEKST_TABELLEN) await conn.run(createTableSql(t));
  await conn.run(createZoekindexSql());
  const delen = new DelenLader((b) => voegToe(conn, dataDir, b));
  const statements = new Map<string, DuckDBPreparedStatement>();
  let bezig: Promise<void> = Promise.resolve();
  let deelNummer = 0;
  const delenVoor = maakTekstDelen(manifest, voerUit, (b) => delen.zorgVoor(b));
  const run = async <Row>(q: Query<Row>): Promise<Row[]> => {
    await delen.zorgVoor(await delenVoor(q.teksten));
    return voerUit(q);
  };
  return {
    engine: `node ${(await (await conn.runAndReadAll('SELECT version() AS v')).getRowObjectsJS())[0]?.v}`,
    manifest,
    run,
    tekstDelen: delenVoor,
    async metDeel<Row>(b: DataBestand, bouw: (tabel: DeelTabel) => Query<Row>): Promise<Row[]> {
      if (delen.isGeladen(b.name)) return run(bouw('teksten'));
      if (b.tabel === ZOEKINDEX_TABEL) throw new Error(`metDeel: ${b.name} is not a text part`);
      const tabel: DeelTabel = `deel_teksten_${++deelNummer}`;
      await conn.run(createTableSql(b.tabel, tabel));
      try {
        await voegToe(conn, dataDir, b, tabel);
        return await run(bouw(tabel));
      } finally {
        await conn.run(`DROP TABLE IF EXISTS "${tabel}"`);
      }
    },
    geladenDelen: () => delen.geladen(),
    async close() {
      conn.closeSync();
      instance.closeSync();
    },
  };

  async function voerUit<Row>(q: Query<Row>): Promise<Row[]> {
    // One prepared statement per SQL text (the builders vary only the parameters), used one at a time.
    const vorige = bezig;
    let klaar = () => {};
    bezig = new Promise<void>((r) => (klaar = r));
    try {
      await vorige;
      let st = statements.get(q.sql);
      if (!st) {
        st = await conn.prepare(q.sql);
        statements.set(q.sql, st);
      }
      st.clearBindings();
      if (q.params.length) st.bind(q.params as DuckDBValue[]);
      const reader = await st.runAndReadAll();
      return reader.getRowObjectsJS().map((r) => toPlain(r) as Row);
    } finally {
      klaar();
    }
  }
}

async function voegToe(
  conn: DuckDBConnection,
  dataDir: string,
  b: DataBestand,
  tabel: string = b.tabel,
): Promise<void> {
  const columns = Object.entries(b.tabel === ZOEKINDEX_TABEL ? ZOEKINDEX_KOLOMMEN : SCHEMA[b.tabel]) as [
    string,
    Column,
  ][];
  const table = tableFromIPC(readFileSync(path.join(dataDir, b.name)));
  const fileCols = table.schema.fields.map((f) => f.name);
  if (fileCols.join(',') !== columns.map(([c]) => c).join(',')) {
    throw new Error(`${b.name} columns [${fileCols}] differ from SCHEMA.${b.tabel}`);
  }
  const appender = await conn.createAppender(tabel);
  for (const row of table.toArray() as { toJSON(): Record<string, unknown> }[]) {
    const obj = row.toJSON();
    for (const [col, type] of columns) {
      const v = obj[col];
      if (v === null || v === undefined) appender.appendNull();
      else if (type === 'utf8') appender.appendVarchar(String(v));
      else if (type === 'int32') appender.appendInteger(Number(v));
      else appender.appendBoolean(Boolean(v));
    }
    appender.endRow();
  }
  appender.flushSync();
  appender.closeSync();
}
