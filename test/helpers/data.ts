import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tableFromIPC, type Table } from 'apache-arrow';
import { leesDataManifest, type DataManifest } from '../../src/db/manifest';
import { SCHEMA, type TableName } from '../../src/db/schema';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA_DIR = path.join(ROOT, 'public/data');
export const TABLES = Object.keys(SCHEMA) as TableName[];

/** public/data/manifest.json, read by the app's own reader. */
export function dataManifest(dir = DATA_DIR): DataManifest {
  return leesDataManifest(JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')));
}

/** The files of one table in the manifest (one for a core table, every part for a text table). */
export function tableFiles(name: TableName, dir = DATA_DIR): string[] {
  return dataManifest(dir)
    .bestanden.filter((b) => b.tabel === name)
    .map((b) => b.name);
}

/** Raw bytes of one file in public/data. */
export function fileBytes(file: string, dir = DATA_DIR): Uint8Array {
  return readFileSync(path.join(dir, file));
}

/** A core table of public/data (one file) read with apache-arrow (fine in Node). */
export function readArrow(name: TableName): Table {
  const files = tableFiles(name);
  if (files.length !== 1) throw new Error(`${name}: ${files.length} files; use readRows`);
  return tableFromIPC(fileBytes(files[0]!));
}

/** Rows of a table of public/data (every part for a text table, in manifest order) as plain objects. */
export function readRows(name: TableName, dir = DATA_DIR): Record<string, unknown>[] {
  return tableFiles(name, dir).flatMap((f) =>
    tableFromIPC(fileBytes(f, dir))
      .toArray()
      .map((r) => (r as { toJSON(): Record<string, unknown> }).toJSON()),
  );
}

/**
 * Every oordeel of public/data: the row of oordelen.arrow (marks) with the fields of its row in the
 * teksten parts (bevinding, let_op, toelichting, bronnen), joined on aanpak_id and indicator.
 */
export function readOordelenMetTeksten(dir = DATA_DIR): Record<string, unknown>[] {
  const key = (r: Record<string, unknown>) => `${String(r.aanpak_id)}~${String(r.indicator)}`;
  const teksten = new Map(readRows('teksten', dir).map((t) => [key(t), t]));
  return readRows('oordelen', dir).map((o) => {
    const t = teksten.get(key(o));
    if (!t) throw new Error(`no text for ${key(o)}`);
    return { ...o, ...t };
  });
}
