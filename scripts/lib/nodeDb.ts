import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { toPlain } from '../../src/db/convert';
import type { Query } from '../../src/db/query';
import { SCHEMA, type TableName } from '../ingest/write';

/** A database with the app's tables, for running query builders outside the browser. */
export interface NodeDb {
  readonly engine: string;
  run<Row>(q: Query<Row>): Promise<Row[]>;
  close(): Promise<void>;
}

const SQL_TYPE = { utf8: 'VARCHAR', int32: 'INTEGER', bool: 'BOOLEAN' } as const;

const quoteIdent = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * @duckdb/node-api (DuckDB 1.5) loaded with `<dataDir>/<table>.arrow` (every table of SCHEMA). Node
 * DuckDB cannot read Arrow IPC without a downloadable extension, so each file is read with
 * apache-arrow and appended row by row into a table with the matching SQL types. Rows come back as
 * plain JS, converted like the browser's (`toPlain`). Used by the prerender (scripts/prerender.ts)
 * and the tests (test/helpers/nodeDb.ts).
 */
export async function openNodeDb(dataDir: string): Promise<NodeDb> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  for (const name of Object.keys(SCHEMA) as TableName[]) {
    const columns = Object.entries(SCHEMA[name]) as [string, keyof typeof SQL_TYPE][];
    const table = tableFromIPC(readFileSync(path.join(dataDir, `${name}.arrow`)));
    const fileCols = table.schema.fields.map((f) => f.name);
    if (fileCols.join(',') !== columns.map(([c]) => c).join(',')) {
      throw new Error(`${name}.arrow columns [${fileCols}] differ from SCHEMA`);
    }
    await conn.run(
      `CREATE TABLE ${quoteIdent(name)} (${columns.map(([c, t]) => `${quoteIdent(c)} ${SQL_TYPE[t]}`).join(', ')})`,
    );
    const appender = await conn.createAppender(name);
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
  return {
    engine: `node ${(await (await conn.runAndReadAll('SELECT version() AS v')).getRowObjectsJS())[0]?.v}`,
    async run<Row>(q: Query<Row>): Promise<Row[]> {
      const reader = await conn.runAndReadAll(q.sql, q.params as DuckDBValue[]);
      return reader.getRowObjectsJS().map((r) => toPlain(r) as Row);
    },
    async close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}
