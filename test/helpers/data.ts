import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tableFromIPC, type Table } from 'apache-arrow';
import { SCHEMA, type TableName } from '../../scripts/ingest/write';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA_DIR = path.join(ROOT, 'public/data');
export const TABLES = Object.keys(SCHEMA) as TableName[];

/** Raw bytes of public/data/<name>.arrow. */
export function arrowBytes(name: TableName): Uint8Array {
  return readFileSync(path.join(DATA_DIR, `${name}.arrow`));
}

/** public/data/<name>.arrow read with apache-arrow (fine in Node). */
export function readArrow(name: TableName): Table {
  return tableFromIPC(arrowBytes(name));
}

/** Rows of public/data/<name>.arrow as plain objects. */
export function readRows(name: TableName): Record<string, unknown>[] {
  return readArrow(name)
    .toArray()
    .map((r) => (r as { toJSON(): Record<string, unknown> }).toJSON());
}
