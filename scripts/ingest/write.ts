import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bool, Int32, Table, Utf8, tableToIPC, vectorFromArray, type DataType } from 'apache-arrow';
import {
  KERN_TABELLEN,
  SCHEMA,
  TEKST_TABELLEN,
  ZOEKINDEX_TABEL,
  deelBestand,
  gemeenteVanAanpak,
  type Column,
  type TableName,
} from '../../src/db/schema';
import type { Dataset } from './dataset';
import { verdeelZoekindex, zoekindexArrow, zoekindexRijen, type ZoekWoorden } from './zoekindex';

export { SCHEMA, type TableName } from '../../src/db/schema';

/** Target size of a text part (the Arrow bytes of its tables together); a part holds at least one gemeente. */
export const DEEL_DOEL_BYTES = 512 * 1024;

type Row = Readonly<Record<string, unknown>>;

/** The rows of every table of SCHEMA, ready to write. */
export type Tabellen = { readonly [T in TableName]: readonly object[] };

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

/** Metadata that is not in the factsheets, per gemeente_id (from data/raw/manifest.json). */
export interface GemeenteMeta {
  readonly provincie: string | null;
  readonly jaar: number | null;
}

/** The original publication of a source file (from data/raw/manifest.json); null when not known. */
export interface Publicatie {
  readonly titel: string | null;
  readonly uitgever: string | null;
  /** `JJJJ-MM`. */
  readonly publicatiemaand: string | null;
}

const GEEN_PUBLICATIE: Publicatie = { titel: null, uitgever: null, publicatiemaand: null };

/**
 * The parsed dataset in the written layout: marks in `oordelen`, their texts in `teksten`, the
 * gemeente context and aanpak descriptions in `beschrijvingen`; `provincie` and `jaar` from `meta`,
 * the publication of each source file from `publicatie`.
 */
export function tabellenVan(
  ds: Dataset,
  meta: (gemeenteId: string) => GemeenteMeta,
  publicatie: (bestand: string) => Publicatie = () => GEEN_PUBLICATIE,
): Tabellen {
  return {
    indicatoren: ds.indicatoren,
    documenten: ds.documenten.map((d) => ({ ...d, ...publicatie(d.bestand) })),
    gemeenten: ds.gemeenten.map((g) => ({ ...g, provincie: meta(g.gemeente_id).provincie })),
    aanpakken: ds.aanpakken.map((a) => ({ ...a, jaar: meta(a.gemeente_id).jaar })),
    oordelen: ds.oordelen.map((o) => ({ ...o, heeft_let_op: o.let_op !== null })),
    teksten: ds.oordelen,
    conclusies: ds.conclusies,
    beschrijvingen: [
      ...ds.gemeenten.map((g) => ({ gemeente_id: g.gemeente_id, aanpak_id: null, tekst: g.context })),
      ...ds.aanpakken.map((a) => ({
        gemeente_id: a.gemeente_id,
        aanpak_id: a.aanpak_id,
        tekst: a.beschrijving,
      })),
    ],
  };
}

export interface WrittenFile {
  readonly name: string;
  readonly tabel: TableName | typeof ZOEKINDEX_TABEL;
  readonly bytes: number;
  readonly rows: number;
  readonly sha256: string;
  /** The gemeenten a text part holds; absent for a core table. */
  readonly gemeente_ids?: readonly string[];
  /** The first characters of the keys of a search index part; absent for the tables. */
  readonly tekens?: readonly string[];
}

interface Bestand {
  readonly info: WrittenFile;
  readonly bytes: Uint8Array;
}

function bestand(
  name: string,
  tabel: TableName,
  rows: readonly object[],
  gemeenteIds?: readonly string[],
): Bestand {
  return bestandVan(
    name,
    tabel,
    toArrow(tabel, rows),
    rows.length,
    gemeenteIds ? { gemeente_ids: gemeenteIds } : {},
  );
}

function bestandVan(
  name: string,
  tabel: WrittenFile['tabel'],
  bytes: Uint8Array,
  rows: number,
  extra: Pick<WrittenFile, 'gemeente_ids' | 'tekens'>,
): Bestand {
  return {
    bytes,
    info: {
      name,
      tabel,
      bytes: bytes.length,
      rows,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      ...extra,
    },
  };
}

const tekstBytes = (r: object) =>
  Object.values(r).reduce<number>((n, v) => n + (typeof v === 'string' ? Buffer.byteLength(v) + 8 : 8), 0);

/**
 * Groups the gemeenten into parts of about `doel` bytes of text rows each, in name order (then id), the
 * order of the default sort, so an export by gemeente can go part by part (src/db/perDeel.ts); a
 * gemeente is never split, so a part holds at least one. Names compare as UTF-8 bytes, as DuckDB's
 * ORDER BY does. Deterministic: same rows, same parts.
 */
export function verdeelGemeenten(t: Tabellen, doel = DEEL_DOEL_BYTES): string[][] {
  const gewicht = new Map<string, number>();
  const naam = new Map<string, Buffer>();
  for (const g of t.gemeenten as readonly Row[]) {
    gewicht.set(String(g.gemeente_id), 0);
    naam.set(String(g.gemeente_id), Buffer.from(String(g.naam ?? '')));
  }
  for (const tabel of TEKST_TABELLEN) {
    for (const r of t[tabel] as readonly Row[]) {
      const id = String(r.gemeente_id);
      gewicht.set(id, (gewicht.get(id) ?? 0) + tekstBytes(r));
    }
  }
  const delen: string[][] = [];
  let huidig: string[] = [];
  let som = 0;
  const opNaam = (a: string, b: string) =>
    Buffer.compare(naam.get(a) ?? Buffer.alloc(0), naam.get(b) ?? Buffer.alloc(0)) ||
    (a < b ? -1 : a > b ? 1 : 0);
  for (const id of [...gewicht.keys()].sort(opNaam)) {
    const w = gewicht.get(id) ?? 0;
    if (huidig.length > 0 && som + w > doel) {
      delen.push(huidig);
      huidig = [];
      som = 0;
    }
    huidig.push(id);
    som += w;
  }
  if (huidig.length > 0) delen.push(huidig);
  return delen;
}

/** Checks the invariants the loaders rely on; throws with a message naming the row. */
function controleer(t: Tabellen): void {
  const gemeenten = new Set((t.gemeenten as readonly Row[]).map((g) => String(g.gemeente_id)));
  for (const a of t.aanpakken as readonly Row[]) {
    const id = String(a.aanpak_id);
    if (gemeenteVanAanpak(id) !== a.gemeente_id || !id.startsWith(`${String(a.gemeente_id)}.`)) {
      throw new Error(`aanpak_id ${id} begint niet met de gemeente_id ${String(a.gemeente_id)} en een punt`);
    }
  }
  for (const tabel of TEKST_TABELLEN) {
    for (const r of t[tabel] as readonly Row[]) {
      if (!gemeenten.has(String(r.gemeente_id)))
        throw new Error(`${tabel}: onbekende gemeente_id ${String(r.gemeente_id)}`);
    }
  }
}

/**
 * The aanpakken with how many conclusies each has, and how many of those are stored `onbepaald`: counted
 * here from the conclusies, so that a count over every conclusie reads the core files only.
 */
function metConclusieTellingen(t: Tabellen): Tabellen {
  const tel = new Map<string, { conclusies: number; conclusies_onbepaald: number }>();
  for (const c of t.conclusies as readonly Row[]) {
    const n = tel.get(String(c.aanpak_id)) ?? { conclusies: 0, conclusies_onbepaald: 0 };
    n.conclusies += 1;
    if (c.onbepaald !== null && c.onbepaald !== undefined) n.conclusies_onbepaald += 1;
    tel.set(String(c.aanpak_id), n);
  }
  const aanpakken = (t.aanpakken as readonly Row[]).map((a) => ({
    ...a,
    ...(tel.get(String(a.aanpak_id)) ?? { conclusies: 0, conclusies_onbepaald: 0 }),
  }));
  return { ...t, aanpakken } as Tabellen;
}

/**
 * The Arrow files of a dataset: the core tables, then part 0 of every text table, part 1, ..., then,
 * when there is more than one part and `woorden` are given, the search index `zoekindex-NNN.arrow`.
 */
export function maakBestanden(tabellen: Tabellen, doel = DEEL_DOEL_BYTES, woorden?: ZoekWoorden): Bestand[] {
  controleer(tabellen);
  const t = metConclusieTellingen(tabellen);
  const out: Bestand[] = KERN_TABELLEN.map((tabel) => bestand(`${tabel}.arrow`, tabel, t[tabel]));
  const delen = verdeelGemeenten(t, doel);
  delen.forEach((ids, deel) => {
    const set = new Set(ids);
    for (const tabel of TEKST_TABELLEN) {
      const rows = (t[tabel] as readonly Row[]).filter((r) => set.has(String(r.gemeente_id)));
      out.push(bestand(deelBestand(tabel, deel), tabel, rows, ids));
    }
  });
  if (woorden && delen.length > 1) {
    verdeelZoekindex(zoekindexRijen(delen, woorden)).forEach((d, i) => {
      const name = `${ZOEKINDEX_TABEL}-${String(i).padStart(3, '0')}.arrow`;
      out.push(
        bestandVan(name, ZOEKINDEX_TABEL, zoekindexArrow(d.rijen), d.rijen.length, { tekens: d.tekens }),
      );
    });
  }
  return out;
}

/** A source file in the manifest: its name and the SHA-256 of the original bytes, and its publication. */
export interface ManifestBron extends Partial<Publicatie> {
  readonly bestand: string;
  readonly sha256: string;
  readonly gemeente?: string;
}

export interface ManifestKop {
  /** Title of the dataset. */
  readonly dataset: string;
  readonly synthetisch: boolean;
  readonly bronnen: readonly ManifestBron[];
}

/** Folder of the shipped source texts in the data folder (`data/bronnen/<bestand>` on the site). */
export const BRONNEN_MAP = 'bronnen';

const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/**
 * Writes every file and the manifest into `outDir`, plus `extra` files (name -> text) and the source
 * texts `bronTeksten` (file name -> text, into `bronnen/`, listed with their size and SHA-256 in the
 * manifest's `bronnen`): all go to a temp folder first and are renamed into place only when all were
 * written, so a failure leaves the old data intact. Files of an earlier layout (e.g. more parts, another
 * source) are removed.
 */
export function writeTabellen(
  t: Tabellen,
  outDir: string,
  kop: ManifestKop,
  opts: {
    doel?: number;
    extra?: Readonly<Record<string, string>>;
    bronTeksten?: ReadonlyMap<string, string>;
    /** The words for the search index (`zoekWoorden` of the teksten); none: no index. */
    zoekWoorden?: ZoekWoorden;
  } = {},
): WrittenFile[] {
  const bestanden = maakBestanden(t, opts.doel, opts.zoekWoorden);
  const tmp = `${outDir}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, BRONNEN_MAP), { recursive: true });
  for (const b of bestanden) writeFileSync(join(tmp, b.info.name), b.bytes);
  const written = bestanden.map((b) => b.info);
  const teksten = new Map<string, Buffer>();
  for (const [bestand, tekst] of opts.bronTeksten ?? []) {
    if (!/^[^/\\]+$/.test(bestand) || bestand.startsWith('.')) throw new Error(`bronbestand: ${bestand}`);
    teksten.set(bestand, Buffer.from(tekst, 'utf8'));
    writeFileSync(join(tmp, BRONNEN_MAP, bestand), teksten.get(bestand) as Buffer);
  }
  const bronnen = kop.bronnen.map((b) => {
    const tekst = teksten.get(b.bestand);
    return tekst
      ? {
          ...b,
          tekst: `${BRONNEN_MAP}/${b.bestand}`,
          tekst_bytes: tekst.length,
          tekst_sha256: sha256(tekst),
        }
      : b;
  });
  const manifest = {
    dataset: kop.dataset,
    formaat: 'Apache Arrow IPC stream, ongecomprimeerd',
    synthetisch: kop.synthetisch,
    indeling:
      'Kerntabellen (één bestand per tabel) worden bij de start geladen; teksten, conclusies en beschrijvingen staan in delen (<tabel>-NNN.arrow) met hele gemeenten (gemeente_ids).' +
      (written.some((w) => w.tekens)
        ? ' De zoekindex (zoekindex-NNN.arrow, verdeeld naar het eerste teken van de sleutel: tekens) geeft per sleutel (een stuk van een genormaliseerd woord) de tekstdelen met een woord dat hem bevat.'
        : ''),
    bestanden: written,
    bronnen,
  };
  writeFileSync(join(tmp, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [name, text] of Object.entries(opts.extra ?? {})) writeFileSync(join(tmp, name), text);
  mkdirSync(outDir, { recursive: true });
  const namen = new Set([...written.map((w) => w.name), 'manifest.json', ...Object.keys(opts.extra ?? {})]);
  // Remove Arrow files that are not part of this layout (an earlier run with more parts).
  for (const f of lijst(outDir).filter((x) => x.endsWith('.arrow')))
    if (!namen.has(f)) rmSync(join(outDir, f));
  for (const f of namen) renameSync(join(tmp, f), join(outDir, f));
  const bronMap = join(outDir, BRONNEN_MAP);
  for (const f of lijst(bronMap)) if (!teksten.has(f)) rmSync(join(bronMap, f));
  if (teksten.size > 0) mkdirSync(bronMap, { recursive: true });
  for (const f of teksten.keys()) renameSync(join(tmp, BRONNEN_MAP, f), join(bronMap, f));
  if (teksten.size === 0 && existsSync(bronMap)) rmSync(bronMap, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
  return written;
}

function lijst(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * Writes the ingested dataset (see `writeTabellen`) and the report (atomically, to `reportPath`).
 */
export function writeDataset(
  ds: Dataset,
  outDir: string,
  report: string,
  reportPath: string,
  meta: (gemeenteId: string) => GemeenteMeta,
  bronnen: {
    readonly publicatie: (bestand: string) => Publicatie;
    readonly teksten: ReadonlyMap<string, string>;
  } = { publicatie: () => GEEN_PUBLICATIE, teksten: new Map() },
  zoekWoorden?: ZoekWoorden,
): WrittenFile[] {
  const naam = new Map(ds.gemeenten.map((g) => [g.gemeente_id, g.naam]));
  const written = writeTabellen(
    tabellenVan(ds, meta, bronnen.publicatie),
    outDir,
    {
      dataset: 'STJ toezichtonderzoek GGSR, factsheets november 2013',
      synthetisch: false,
      bronnen: ds.documenten.map((d) => ({
        bestand: d.bestand,
        sha256: d.sha256,
        gemeente: naam.get(d.gemeente_id) ?? d.gemeente_id,
        ...bronnen.publicatie(d.bestand),
      })),
    },
    { bronTeksten: bronnen.teksten, zoekWoorden },
  );
  const reportTmp = `${reportPath}.tmp`;
  writeFileSync(reportTmp, report);
  renameSync(reportTmp, reportPath);
  return written;
}
