/**
 * Query builders for the Bevindingen table and the Methode page. Same rules as `queries.ts`: values only
 * as `$n` parameters (one placeholder per list value), the sort column and direction only from the
 * whitelist below, aggregates cast to INTEGER, SQL that runs on DuckDB 1.4 (wasm) and 1.5 (node).
 * Tested on both engines in test/model/queries-bevindingen.test.ts.
 */
import { isDeelTabel, type DeelTabel, type GemeenteRang } from '../db/perDeel';
import type { Query, TekstBehoefte } from '../db/query';
import { bevatStuk, patroonStukken, zoekbaar, zoekbaarPatroon } from '../db/zoekindex';
import {
  Binder,
  OORDELEN,
  query,
  schaalVoorwaarden,
  tekstenVan,
  type Oordeel,
  type SchaalFilter,
} from './queries';

/** Rows per page of the Bevindingen table. */
export const PAGINA_GROOTTE = 25;

/** Longest search text that is used; longer input is cut off (it can then match nothing). */
export const MAX_ZOEK = 200;

/** Column filters and search of the Bevindingen table. A missing or empty list means "no filter". */
export interface BevindingenFilter extends SchaalFilter {
  /** Text searched in bevinding and LET OP, case- and accent-insensitive, as one phrase. */
  readonly zoek?: string;
  readonly gemeenten?: readonly string[];
  readonly aanpakken?: readonly string[];
  readonly themas?: readonly string[];
  readonly indicatoren?: readonly string[];
  readonly oordelen?: readonly Oordeel[];
  /** Only rows with (`met`) or without (`zonder`) a LET OP. */
  readonly letOp?: 'met' | 'zonder' | null;
}

/** Sortable columns of the table (also the TanStack column ids). */
export const BEVINDING_KOLOMMEN = [
  'gemeente',
  'aanpak',
  'thema',
  'criterium',
  'indicator',
  'oordeel',
  'let_op',
  'bevinding',
] as const;
export type BevindingKolom = (typeof BEVINDING_KOLOMMEN)[number];

export interface BevindingSortering {
  readonly kolom: BevindingKolom;
  readonly aflopend: boolean;
}

/**
 * The only SQL that a sort choice can put into a statement. Thema, criterium and indicator sort in
 * toetsingskader order (A2 before A10); oordeel from voldoet via onduidelijk to verbeterpunt.
 */
const SORTEER_SQL: Readonly<Record<BevindingKolom, string>> = {
  gemeente: 'gemeente',
  aanpak: 'lower(aanpak)',
  thema: 'thema_volgorde',
  criterium: 'criterium_volgorde',
  indicator: 'indicator_volgorde',
  oordeel: `CASE oordeel WHEN 'voldoet' THEN 1 WHEN 'onduidelijk' THEN 2 WHEN 'verbeterpunt' THEN 3 ELSE 4 END`,
  let_op: 'lower(let_op)',
  bevinding: 'lower(bevinding)',
};
/** Ties (and the default order): gemeente, aanpak as in its factsheet (then by id: one per jaar), indicator. */
const STANDAARD_VOLGORDE = 'gemeente ASC, aanpak_volgorde ASC, aanpak_id ASC, indicator_volgorde ASC';

export function isBevindingKolom(v: string): v is BevindingKolom {
  return (BEVINDING_KOLOMMEN as readonly string[]).includes(v);
}

/**
 * The search text as a LIKE pattern: whitespace and control characters collapsed to one space, `\`, `%` and `_` escaped (so they match
 * themselves), wrapped in `%…%`. Case and accents are removed in SQL. Null when there is nothing to search.
 */
export function zoekPatroon(zoek: string | undefined): string | null {
  const tekst = (zoek ?? '')
    .slice(0, MAX_ZOEK)
    // eslint-disable-next-line no-control-regex -- control characters count as spaces
    .replace(/[\s\u0000-\u001f\u007f]+/g, ' ')
    .trim();
  if (tekst === '') return null;
  return `%${tekst.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Sort columns that need the texts. */
const TEKST_KOLOMMEN: readonly BevindingKolom[] = ['let_op', 'bevinding'];

/**
 * Whether the rows of a page can be chosen on the marks alone: no search and no sort on a text column.
 * Then `bevindingen(…, 'apart')` reads no text part, and `bevindingTeksten` brings the texts of its rows.
 */
export function kiestZonderTeksten(f: BevindingenFilter, s: BevindingSortering | null): boolean {
  return zoekPatroon(f.zoek) === null && !(s !== null && TEKST_KOLOMMEN.includes(s.kolom));
}

/** At most this many pieces of a search are checked before the full pattern (more would not narrow much). */
const MAX_VOORFILTER = 8;

/**
 * CTE body: the rows of `tabel` (in the filtered gemeenten) whose bevinding or LET OP matches the
 * LIKE pattern. Each column is first checked for the pieces of the pattern (`bevatStuk`, cheap), and
 * only the texts that hold them are normalised whole and matched: the same rows as the full match.
 */
function zoekTreffers(patroon: string, gemeenten: string | null, b: Binder, tabel: DeelTabel): string {
  const p = zoekbaarPatroon(b.bind(patroon));
  const stukken = patroonStukken(patroon)
    .slice(0, MAX_VOORFILTER)
    .map((s) => b.bind(s));
  const past = (kolom: string) =>
    `(${[...stukken.map((s) => bevatStuk(kolom, s)), `${zoekbaar(kolom)} LIKE ${p} ESCAPE '\\'`].join(' AND ')})`;
  const where = [`(${past('t.bevinding')} OR ${past('t.let_op')})`];
  if (gemeenten !== null) where.unshift(`t.gemeente_id IN (${gemeenten})`);
  return `SELECT t.aanpak_id, t.indicator, t.bevinding, t.let_op FROM ${tabel} t WHERE ${where.join(' AND ')}`;
}

/** The sort keys of thema and criterium (toetsingskader order), as columns of CTE `b`. */
const VOLGORDE_KOLOMMEN = `MIN(i.volgorde) OVER (PARTITION BY i.thema_code) AS thema_volgorde,
    MIN(i.volgorde) OVER (PARTITION BY i.criterium_code) AS criterium_volgorde,`;

/**
 * CTE `b`: every oordeel with its names, sort keys (with `volgorde`) and (with `metTeksten`) its
 * texts, after the filters and the search. The search always reads the texts; without them `let_op`
 * and `bevinding` are null. The texts come from `tabel` (a part on its own in a part-by-part export).
 * A search first picks its hits from the texts (CTE `h`) and joins the oordelen to those only.
 */
function gefilterd(
  f: BevindingenFilter,
  b: Binder,
  metTeksten: boolean,
  tabel: DeelTabel = 'teksten',
  volgorde = true,
): string {
  if (!isDeelTabel(tabel)) throw new Error(`invalid text table: ${String(tabel)}`);
  const where: string[] = [];
  const gemeenten = f.gemeenten?.length ? b.list(f.gemeenten) : null;
  if (gemeenten !== null) where.push(`o.gemeente_id IN (${gemeenten})`);
  if (f.aanpakken?.length) where.push(`o.aanpak_id IN (${b.list(f.aanpakken)})`);
  if (f.themas?.length) where.push(`i.thema_code IN (${b.list(f.themas)})`);
  if (f.indicatoren?.length) where.push(`o.indicator IN (${b.list(f.indicatoren)})`);
  if (f.oordelen?.length) where.push(`o.oordeel IN (${b.list(f.oordelen)})`);
  if (f.letOp === 'met') where.push('o.heeft_let_op');
  if (f.letOp === 'zonder') where.push('NOT o.heeft_let_op');
  where.push(...schaalVoorwaarden(f, b, 'o'));
  const patroon = zoekPatroon(f.zoek);
  const treffers = patroon === null ? null : zoekTreffers(patroon, gemeenten, b, tabel);
  const teksten = metTeksten || treffers !== null;
  const join =
    treffers !== null
      ? 'JOIN h t ON t.aanpak_id = o.aanpak_id AND t.indicator = o.indicator'
      : teksten
        ? `LEFT JOIN ${tabel} t ON t.aanpak_id = o.aanpak_id AND t.indicator = o.indicator`
        : '';
  return `
WITH ${treffers !== null ? `h AS (${treffers}),` : ''}
b AS (
  SELECT o.aanpak_id, o.gemeente_id, g.naam AS gemeente, a.naam AS aanpak, a.volgorde AS aanpak_volgorde,
    i.thema_code, i.thema, i.criterium_code, i.criterium, o.indicator, i.label, i.volgorde AS indicator_volgorde,
    ${volgorde ? VOLGORDE_KOLOMMEN : ''}
    o.oordeel, ${teksten ? 't.let_op, t.bevinding' : 'o.heeft_let_op, NULL::VARCHAR AS let_op, NULL::VARCHAR AS bevinding'}, o.reden, o.gedeeld, o.mogelijk_onvolledig,
    o.bron_bestand, o.bron_van, o.bron_tot
  FROM oordelen o
  ${join}
  JOIN indicatoren i ON i.code = o.indicator
  JOIN aanpakken a ON a.aanpak_id = o.aanpak_id
  JOIN gemeenten g ON g.gemeente_id = o.gemeente_id
  ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
)`;
}

/** Whether the order needs the thema and criterium sort keys (window functions over every row: not free). */
const metVolgorde = (s: BevindingSortering | null) => s?.kolom === 'thema' || s?.kolom === 'criterium';

function orderBy(s: BevindingSortering | null): string {
  if (!s) return STANDAARD_VOLGORDE;
  // Own keys only: `toString` and friends are not columns.
  if (!isBevindingKolom(s.kolom)) throw new Error(`invalid sort column: ${String(s.kolom)}`);
  return `${SORTEER_SQL[s.kolom]} ${s.aflopend === true ? 'DESC' : 'ASC'} NULLS LAST, ${STANDAARD_VOLGORDE}`;
}

export interface BevindingRij {
  aanpak_id: string;
  gemeente_id: string;
  gemeente: string;
  aanpak: string;
  thema_code: string;
  thema: string;
  criterium_code: string;
  criterium: string;
  indicator: string;
  label: string;
  oordeel: Oordeel;
  let_op: string | null;
  bevinding: string | null;
  reden: string | null;
  gedeeld: boolean;
  mogelijk_onvolledig: boolean;
  /** `bestand:van-tot` of the block in the primary source. */
  bron: string | null;
}

const KOLOMMEN = `aanpak_id, gemeente_id, gemeente, aanpak, thema_code, thema, criterium_code, criterium,
  indicator, label, oordeel, let_op, bevinding, reden, gedeeld, mogelijk_onvolledig,
  CASE WHEN bron_bestand IS NULL THEN NULL
    ELSE bron_bestand || ':' || CAST(bron_van AS VARCHAR) || '-' || CAST(bron_tot AS VARCHAR) END AS bron`;

/**
 * The rows of the table in the chosen order. `pagina` is 1-based with PAGINA_GROOTTE rows per page; null
 * gives every matching row (for the CSV export). `teksten`: `'mee'` reads the text parts of the filtered
 * gemeenten (all parts without a gemeente filter); `'apart'` (only when `kiestZonderTeksten`) reads the
 * core files only and leaves `let_op` and `bevinding` null, for `bevindingTeksten` to fill.
 */
export function bevindingen(
  f: BevindingenFilter = {},
  sortering: BevindingSortering | null = null,
  pagina: number | null = 1,
  teksten: 'mee' | 'apart' = 'mee',
): Query<BevindingRij> {
  const apart = teksten === 'apart';
  if (apart && !kiestZonderTeksten(f, sortering))
    throw new Error('bevindingen: a search or a sort on a text column needs the texts');
  const b = new Binder();
  let sql = `${gefilterd(f, b, !apart, 'teksten', metVolgorde(sortering))}
SELECT ${KOLOMMEN}
FROM b
ORDER BY ${orderBy(sortering)}`;
  if (pagina !== null) {
    const p = Number.isSafeInteger(pagina) && pagina > 0 ? pagina : 1;
    sql += `\nLIMIT ${b.bind(PAGINA_GROOTTE)} OFFSET ${b.bind((p - 1) * PAGINA_GROOTTE)}`;
  }
  return query(sql, b.params, apart ? undefined : tekstBehoefte(f));
}

/**
 * The text parts a query of the table needs: with a search, the teksten parts that can hold a hit
 * (through the search index); otherwise those of the filtered gemeenten (all without a filter).
 */
export function tekstBehoefte(f: BevindingenFilter): TekstBehoefte {
  const patroon = zoekPatroon(f.zoek);
  if (patroon === null) return tekstenVan(f.gemeenten);
  return f.gemeenten?.length ? { zoek: patroon, gemeenten: [...f.gemeenten] } : { zoek: patroon };
}

/**
 * Every gemeente of `bevindingen(f, s, null)` with its place in that order (ties share a `rang`), for a
 * part-by-part export (`runQueryPerDeel`). Reads the core files only: with a search, the gemeenten that
 * pass the other filters. Null when the order is not by gemeente first (then the rows of one gemeente
 * do not follow each other, and the export cannot go part by part).
 */
export function bevindingenVolgorde(
  f: BevindingenFilter,
  sortering: BevindingSortering | null,
): Query<GemeenteRang> | null {
  if (sortering !== null && sortering.kolom !== 'gemeente') return null;
  const richting = sortering?.aflopend === true ? 'DESC' : 'ASC';
  const b = new Binder();
  const sql = `${gefilterd({ ...f, zoek: undefined }, b, false, 'teksten', false)}
SELECT gemeente_id, (DENSE_RANK() OVER (ORDER BY gemeente ${richting} NULLS LAST))::INTEGER AS rang
FROM b
GROUP BY gemeente_id, gemeente
ORDER BY rang, gemeente_id`;
  return query(sql, b.params);
}

/**
 * The rows of `bevindingen(f, s, null)` of these gemeenten (the part of an export that one text part
 * holds), with the texts from `tabel`, in the same order. Declares no text part: the caller provides it.
 */
export function bevindingenDeel(
  f: BevindingenFilter,
  sortering: BevindingSortering | null,
  gemeenten: readonly string[],
  tabel: DeelTabel,
): Query<BevindingRij> {
  if (gemeenten.length === 0) throw new Error('bevindingenDeel: no gemeenten (an empty list is no filter)');
  const b = new Binder();
  const sql = `${gefilterd({ ...f, gemeenten }, b, true, tabel, metVolgorde(sortering))}
SELECT ${KOLOMMEN}
FROM b
ORDER BY ${orderBy(sortering)}`;
  return query(sql, b.params);
}

/** The texts of some rows of the table. */
export interface BevindingTekst {
  aanpak_id: string;
  indicator: string;
  bevinding: string | null;
  let_op: string | null;
}

/**
 * The bevinding and LET OP of these rows (a page chosen by `bevindingen(…, 'apart')`). Reads only the
 * text parts of their gemeenten; no rows: no query.
 */
export function bevindingTeksten(
  rijen: readonly { aanpak_id: string; gemeente_id: string; indicator: string }[],
): Query<BevindingTekst> | null {
  if (rijen.length === 0) return null;
  const b = new Binder();
  const sleutels = b.list(rijen.map((r) => `${r.aanpak_id}~${r.indicator}`));
  const gemeenten = [...new Set(rijen.map((r) => r.gemeente_id))].sort();
  return query(
    `
SELECT aanpak_id, indicator, bevinding, let_op
FROM teksten
WHERE aanpak_id || '~' || indicator IN (${sleutels})
ORDER BY aanpak_id, indicator`,
    b.params,
    gemeenten,
  );
}

/** The rows of a page with the texts of `bevindingTeksten` filled in (by aanpak and indicator). */
export function metTeksten(
  rijen: readonly BevindingRij[],
  teksten: readonly BevindingTekst[],
): BevindingRij[] {
  const per = new Map(teksten.map((t) => [`${t.aanpak_id}~${t.indicator}`, t]));
  return rijen.map((r) => {
    const t = per.get(`${r.aanpak_id}~${r.indicator}`);
    return t ? { ...r, bevinding: t.bevinding, let_op: t.let_op } : r;
  });
}

export interface BevindingenAantal {
  aantal: number;
  voldoet: number;
  verbeterpunt: number;
  onduidelijk: number;
}

/**
 * How many rows match the filters and the search (for the page count and the live region). Reads text
 * parts only for a search.
 */
export function bevindingenAantal(f: BevindingenFilter = {}): Query<BevindingenAantal> {
  const b = new Binder();
  const zoekt = zoekPatroon(f.zoek) !== null;
  const sql = `${gefilterd(f, b, false, 'teksten', false)}
SELECT COUNT(*)::INTEGER AS aantal,
  COUNT(*) FILTER (WHERE oordeel = 'voldoet')::INTEGER AS voldoet,
  COUNT(*) FILTER (WHERE oordeel = 'verbeterpunt')::INTEGER AS verbeterpunt,
  COUNT(*) FILTER (WHERE oordeel = 'onduidelijk')::INTEGER AS onduidelijk
FROM b`;
  return query(sql, b.params, zoekt ? tekstBehoefte(f) : undefined);
}

export function isOordeelWaarde(v: string): v is Oordeel {
  return (OORDELEN as readonly string[]).includes(v);
}
