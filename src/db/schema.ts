/**
 * The data layout, shared by the ingest and synth scripts (which write it) and the app and test helpers
 * (which load it). Pure module: no DuckDB, no DOM.
 *
 * Core tables (one file each, loaded at start): indicatoren, documenten, gemeenten, aanpakken and
 * oordelen (the marks). Text tables (`TEKST_TABELLEN`): split into parts `<tabel>-NNN.arrow`, each part
 * holding whole gemeenten; loaded on demand when a query declares `teksten` (see ./query.ts).
 */

export type Column = 'utf8' | 'int32' | 'bool';

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
    titel: 'utf8',
    uitgever: 'utf8',
    publicatiemaand: 'utf8',
  },
  gemeenten: {
    gemeente_id: 'utf8',
    naam: 'utf8',
    provincie: 'utf8',
    inwoners: 'int32',
    inwoners_tekst: 'utf8',
    huishoudens: 'int32',
    huishoudens_tekst: 'utf8',
    ggsr_geschat: 'int32',
    ggsr_tekst: 'utf8',
    bronnen: 'utf8',
  },
  aanpakken: {
    aanpak_id: 'utf8',
    gemeente_id: 'utf8',
    jaar: 'int32',
    naam: 'utf8',
    volgorde: 'int32',
    netwerkpartners: 'utf8',
    aantal_gezinnen: 'int32',
    aantal_gezinnen_tekst: 'utf8',
    bron: 'utf8',
    conclusies: 'int32',
    conclusies_onbepaald: 'int32',
  },
  oordelen: {
    aanpak_id: 'utf8',
    gemeente_id: 'utf8',
    indicator: 'utf8',
    volgorde: 'int32',
    oordeel: 'utf8',
    reden: 'utf8',
    heeft_let_op: 'bool',
    gedeeld: 'bool',
    blok: 'utf8',
    mogelijk_onvolledig: 'bool',
    bron_bestand: 'utf8',
    bron_van: 'int32',
    bron_tot: 'int32',
    teken_regel: 'int32',
  },
  teksten: {
    aanpak_id: 'utf8',
    gemeente_id: 'utf8',
    indicator: 'utf8',
    bevinding: 'utf8',
    let_op: 'utf8',
    toelichting: 'utf8',
    bronnen: 'utf8',
    gaten: 'utf8',
  },
  conclusies: {
    aanpak_id: 'utf8',
    gemeente_id: 'utf8',
    thema_code: 'utf8',
    goed: 'utf8',
    beter: 'utf8',
    onbepaald: 'utf8',
    bron: 'utf8',
    gaten: 'utf8',
  },
  beschrijvingen: {
    gemeente_id: 'utf8',
    aanpak_id: 'utf8',
    tekst: 'utf8',
  },
} as const satisfies Record<string, Record<string, Column>>;

export type TableName = keyof typeof SCHEMA;

/** Tables in one file each, loaded when the app starts. */
export const KERN_TABELLEN = ['indicatoren', 'documenten', 'gemeenten', 'aanpakken', 'oordelen'] as const;

/** Tables split into parts by gemeente, loaded on demand. */
export const TEKST_TABELLEN = ['teksten', 'conclusies', 'beschrijvingen'] as const;

export type KernTabel = (typeof KERN_TABELLEN)[number];
export type TekstTabel = (typeof TEKST_TABELLEN)[number];

const SQL_TYPE: Readonly<Record<Column, string>> = { utf8: 'VARCHAR', int32: 'INTEGER', bool: 'BOOLEAN' };

/** `CREATE TABLE` for one table of SCHEMA, with the SQL types that Arrow utf8/int32/bool map to. */
export function createTableSql(name: TableName, als: string = name): string {
  const cols = Object.entries(SCHEMA[name] as Record<string, Column>).map(
    ([c, t]) => `"${c}" ${SQL_TYPE[t]}`,
  );
  return `CREATE TABLE "${als}" (${cols.join(', ')})`;
}

/** File name of part `deel` of a text table: `teksten-000.arrow`. */
export function deelBestand(tabel: TekstTabel, deel: number): string {
  return `${tabel}-${String(deel).padStart(3, '0')}.arrow`;
}

/**
 * The gemeente an aanpak belongs to: aanpak ids are `<gemeente_id>.<rest>` (checked by the writer in
 * scripts/ingest/write.ts), so a builder can declare the text part of a cell without a lookup.
 */
export function gemeenteVanAanpak(aanpakId: string): string {
  const i = aanpakId.indexOf('.');
  return i > 0 ? aanpakId.slice(0, i) : aanpakId;
}

/**
 * The search index (`zoekindex-NNN.arrow`, only when the texts are in more than one part): one row per
 * key (see ./zoekindex.ts), with the text parts that hold a word containing it. Not in SCHEMA: it is no
 * table of the data but a way to find it; loaded on demand by a search, never at start.
 */
export const ZOEKINDEX_TABEL = 'zoekindex';
export const ZOEKINDEX_KOLOMMEN = { sleutel: 'utf8', delen: 'utf8' } as const satisfies Record<
  string,
  Column
>;

/** `CREATE TABLE` for the search index. */
export function createZoekindexSql(): string {
  return `CREATE TABLE "${ZOEKINDEX_TABEL}" ("sleutel" VARCHAR, "delen" VARCHAR)`;
}
