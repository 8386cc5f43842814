import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bool, Int32, Table, Utf8, tableToIPC, vectorFromArray, type DataType } from 'apache-arrow';
import type { Dataset } from './dataset';

type Column = 'utf8' | 'int32' | 'bool';

/** Column types per table; the order here is the column order in the files. */
export const SCHEMA = {
  indicatoren: {
    code: 'utf8',
    volgorde: 'int32',
    thema_code: 'utf8',
    thema: 'utf8',
    criterium_code: 'utf8',
    criterium: 'utf8',
    tekst: 'utf8',
    label: 'utf8',
  },
  documenten: {
    bestand: 'utf8',
    gemeente_id: 'utf8',
    layout: 'utf8',
    codering: 'utf8',
    regels: 'int32',
    sha256: 'utf8',
    maand_in_document: 'utf8',
  },
  gemeenten: {
    gemeente_id: 'utf8',
    naam: 'utf8',
    inwoners: 'int32',
    inwoners_tekst: 'utf8',
    huishoudens: 'int32',
    huishoudens_tekst: 'utf8',
    ggsr_geschat: 'int32',
    ggsr_tekst: 'utf8',
    context: 'utf8',
    bronnen: 'utf8',
  },
  aanpakken: {
    aanpak_id: 'utf8',
    gemeente_id: 'utf8',
    naam: 'utf8',
    volgorde: 'int32',
    beschrijving: 'utf8',
    netwerkpartners: 'utf8',
    aantal_gezinnen: 'int32',
    aantal_gezinnen_tekst: 'utf8',
    bron: 'utf8',
  },
  oordelen: {
    aanpak_id: 'utf8',
    gemeente_id: 'utf8',
    indicator: 'utf8',
    volgorde: 'int32',
    oordeel: 'utf8',
    reden: 'utf8',
    bevinding: 'utf8',
    let_op: 'utf8',
    gedeeld: 'bool',
    blok: 'utf8',
    toelichting: 'utf8',
    mogelijk_onvolledig: 'bool',
    bron_bestand: 'utf8',
    bron_van: 'int32',
    bron_tot: 'int32',
    teken_regel: 'int32',
    bronnen: 'utf8',
  },
  conclusies: {
    aanpak_id: 'utf8',
    gemeente_id: 'utf8',
    thema_code: 'utf8',
    goed: 'utf8',
    beter: 'utf8',
    onbepaald: 'utf8',
    bron: 'utf8',
  },
} as const satisfies Record<string, Record<string, Column>>;

export type TableName = keyof typeof SCHEMA;

const arrowType = (c: Column): DataType =>
  c === 'utf8' ? new Utf8() : c === 'int32' ? new Int32() : new Bool();

/** Arrow IPC stream bytes (uncompressed: DuckDB-WASM has no zstd) for one table. */
export function toArrow(name: TableName, rows: readonly object[]): Uint8Array {
  const columns = SCHEMA[name] as Record<string, Column>;
  const vectors = Object.fromEntries(
    Object.entries(columns).map(([col, type]) => [
      col,
      vectorFromArray(
        rows.map((r) => (r as Record<string, unknown>)[col] ?? null),
        arrowType(type),
      ),
    ]),
  );
  return tableToIPC(new Table(vectors), 'stream');
}

export interface WrittenFile {
  readonly name: string;
  readonly bytes: number;
  readonly rows: number;
  readonly sha256: string;
}

/**
 * Writes every table and the manifest into `outDir`: all files go to a temp folder first and are
 * renamed into place only when all were written, so a failure leaves the old data intact.
 */
export function writeDataset(ds: Dataset, outDir: string, report: string, reportPath: string): WrittenFile[] {
  const tmp = `${outDir}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const written: WrittenFile[] = [];
  for (const name of Object.keys(SCHEMA) as TableName[]) {
    const rows = ds[name] as readonly object[];
    const bytes = toArrow(name, rows);
    const file = `${name}.arrow`;
    writeFileSync(join(tmp, file), bytes);
    written.push({
      name: file,
      bytes: bytes.length,
      rows: rows.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  }
  const manifest = {
    dataset: 'STJ toezichtonderzoek GGSR, factsheets november 2013',
    formaat: 'Apache Arrow IPC stream, ongecomprimeerd',
    bestanden: written,
    bronnen: ds.documenten.map((d) => ({ bestand: d.bestand, sha256: d.sha256 })),
  };
  writeFileSync(join(tmp, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  mkdirSync(outDir, { recursive: true });
  for (const f of [...written.map((w) => w.name), 'manifest.json']) renameSync(join(tmp, f), join(outDir, f));
  rmSync(tmp, { recursive: true, force: true });
  const reportTmp = `${reportPath}.tmp`;
  writeFileSync(reportTmp, report);
  renameSync(reportTmp, reportPath);
  return written;
}
