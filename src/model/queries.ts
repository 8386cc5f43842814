/**
 * Query builders: pure functions that return `{ sql, params }` for `runQuery` (src/db).
 * Rules: values only as `$n` parameters (lists become one placeholder per value — only the COUNT of
 * values shapes the SQL text); aggregates are cast to INTEGER/DOUBLE so results are plain numbers;
 * SQL must run on DuckDB 1.4 (wasm) and 1.5 (node). Every builder is tested on both engines in
 * test/model/queries.test.ts.
 */
import type { Query, SqlParam, TekstBehoefte } from '../db/query';
import { gemeenteVanAanpak } from '../db/schema';

export type Oordeel = 'voldoet' | 'verbeterpunt' | 'onduidelijk';
export const OORDELEN: readonly Oordeel[] = ['voldoet', 'verbeterpunt', 'onduidelijk'];

/** Row order of the heatmap: toetsingskader order, or most verbeterpunten first. */
export type RijSortering = 'volgorde' | 'verbeterpunten';

/** Filters shared by the heatmap builders. A missing or empty list means "no filter". */
export interface OordeelFilter extends SchaalFilter {
  readonly gemeenten?: readonly string[];
  readonly aanpakken?: readonly string[];
  readonly themas?: readonly string[];
  /** Keep only indicators with at least one verbeterpunt among the filtered aanpakken. */
  readonly alleenVerbeterpunten?: boolean;
}

/** Collects parameters and hands out `$n` placeholders. Shared with the sibling builder files. */
export class Binder {
  readonly params: SqlParam[] = [];
  bind(v: SqlParam): string {
    this.params.push(v);
    return `$${this.params.length}`;
  }
  list(values: readonly string[]): string {
    return values.map((v) => this.bind(v)).join(', ');
  }
}

/**
 * A `Query` with trimmed SQL text. `teksten`: the text parts it reads (tables teksten, conclusies,
 * beschrijvingen); leave it out for a statement on the core tables only.
 */
export function query<Row>(sql: string, params: readonly SqlParam[], teksten?: TekstBehoefte): Query<Row> {
  return teksten === undefined ? { sql: sql.trim(), params } : { sql: sql.trim(), params, teksten };
}

/** The texts of these gemeenten, or of every gemeente when the list is missing or empty. */
export function tekstenVan(gemeenten: readonly string[] | undefined): TekstBehoefte {
  return gemeenten?.length ? [...gemeenten] : 'alle';
}

/** The jaar and provincie of a filter (#4, #18). Missing, null or empty: no filter. */
export interface SchaalFilter {
  /** Only aanpakken of this jaar (`aanpakken.jaar`). */
  readonly jaar?: number | null;
  /** Only gemeenten in these provincies (`gemeenten.provincie`). */
  readonly provincies?: readonly string[];
}

/**
 * The conditions of a `SchaalFilter` on a table alias with `aanpak_id` and `gemeente_id` columns (none
 * when nothing is chosen). Shared by every builder that filters on jaar or provincie.
 */
export function schaalVoorwaarden(f: SchaalFilter, b: Binder, alias: string): string[] {
  const where: string[] = [];
  if (f.jaar !== undefined && f.jaar !== null)
    where.push(`${alias}.aanpak_id IN (SELECT aanpak_id FROM aanpakken WHERE jaar = ${b.bind(f.jaar)})`);
  if (f.provincies?.length)
    where.push(
      `${alias}.gemeente_id IN (SELECT gemeente_id FROM gemeenten WHERE provincie IN (${b.list(f.provincies)}))`,
    );
  return where;
}

/** `WHERE a AND b`, or nothing without conditions. */
export function waar(conditions: readonly string[]): string {
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

/** The four counts of a `Telling` over rows with an `oordeel` column (`kolom`: its qualified name). */
export function tellingKolommen(kolom = 'oordeel'): string {
  return `
  COUNT(*) FILTER (WHERE ${kolom} = 'voldoet')::INTEGER AS voldoet,
  COUNT(*) FILTER (WHERE ${kolom} = 'verbeterpunt')::INTEGER AS verbeterpunt,
  COUNT(*) FILTER (WHERE ${kolom} = 'onduidelijk')::INTEGER AS onduidelijk,
  COUNT(*)::INTEGER AS totaal`;
}

const COUNTS = tellingKolommen();

/**
 * CTEs `f` (filtered oordelen with thema) and `s` (f, limited by alleenVerbeterpunten). Shared with
 * the sibling builder files (queries-schaal.ts).
 */
export function filtered(f: OordeelFilter, b: Binder): string {
  const where: string[] = [];
  if (f.gemeenten?.length) where.push(`o.gemeente_id IN (${b.list(f.gemeenten)})`);
  if (f.aanpakken?.length) where.push(`o.aanpak_id IN (${b.list(f.aanpakken)})`);
  if (f.themas?.length) where.push(`i.thema_code IN (${b.list(f.themas)})`);
  where.push(...schaalVoorwaarden(f, b, 'o'));
  return `
WITH f AS (
  SELECT o.aanpak_id, o.gemeente_id, o.indicator, o.oordeel, o.heeft_let_op, o.gedeeld, i.thema_code
  FROM oordelen o JOIN indicatoren i ON i.code = o.indicator
  ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
), s AS (
  SELECT * FROM f
  ${f.alleenVerbeterpunten ? `WHERE indicator IN (SELECT indicator FROM f WHERE oordeel = 'verbeterpunt')` : ''}
)`;
}

/** The aanpak a row is about, with its gemeente (ids and names). */
export interface AanpakNamen {
  aanpak_id: string;
  aanpak: string;
  gemeente_id: string;
  gemeente: string;
}

/** The indicator a row is about, with its text and place in the toetsingskader. */
export interface IndicatorNamen {
  indicator: string;
  label: string;
  tekst: string;
  thema_code: string;
  thema: string;
  criterium: string;
}

/** Only the `IndicatorNamen` of a row that has them. */
export const indicatorNamen = (r: IndicatorNamen): IndicatorNamen => ({
  indicator: r.indicator,
  label: r.label,
  tekst: r.tekst,
  thema_code: r.thema_code,
  thema: r.thema,
  criterium: r.criterium,
});

export interface HeatmapCel extends AanpakNamen {
  indicator: string;
  oordeel: Oordeel;
  heeft_let_op: boolean;
  gedeeld: boolean;
  label: string;
}

/** One row per (aanpak, indicator) cell that passes the filters. */
export function heatmapCellen(f: OordeelFilter = {}): Query<HeatmapCel> {
  const b = new Binder();
  const sql = `${filtered(f, b)}
SELECT s.aanpak_id, s.gemeente_id, s.indicator, s.oordeel, s.heeft_let_op,
  s.gedeeld, g.naam AS gemeente, a.naam AS aanpak, i.label
FROM s
JOIN indicatoren i ON i.code = s.indicator
JOIN aanpakken a ON a.aanpak_id = s.aanpak_id
JOIN gemeenten g ON g.gemeente_id = s.gemeente_id
ORDER BY i.volgorde, g.naam, a.volgorde`;
  return query(sql, b.params);
}

export interface Telling {
  voldoet: number;
  verbeterpunt: number;
  onduidelijk: number;
  totaal: number;
}

/** Only the four counts of a row that has them. */
export const telling = (t: Telling): Telling => ({
  voldoet: t.voldoet,
  verbeterpunt: t.verbeterpunt,
  onduidelijk: t.onduidelijk,
  totaal: t.totaal,
});

export interface RijTotaal extends Telling, IndicatorNamen {
  volgorde: number;
  criterium_code: string;
}

/** Per indicator: how many of the filtered aanpakken voldoen ("x van y voldoen"), in display order. */
export function rijTotalen(f: OordeelFilter = {}, sortering: RijSortering = 'volgorde'): Query<RijTotaal> {
  const b = new Binder();
  const sql = `${filtered(f, b)}
SELECT i.code AS indicator, i.volgorde, i.label, i.tekst, i.thema_code, i.thema, i.criterium_code, i.criterium,
  ${COUNTS}
FROM s JOIN indicatoren i ON i.code = s.indicator
GROUP BY i.code, i.volgorde, i.label, i.tekst, i.thema_code, i.thema, i.criterium_code, i.criterium
ORDER BY ${sortering === 'verbeterpunten' ? 'verbeterpunt DESC, onduidelijk DESC, ' : ''}i.volgorde`;
  return query(sql, b.params);
}

export interface KolomTotaal extends Telling, AanpakNamen {
  aanpak_volgorde: number;
}

/** Per aanpak: how many of the filtered indicators voldoen, ordered by gemeente then aanpak. */
export function kolomTotalen(f: OordeelFilter = {}): Query<KolomTotaal> {
  const b = new Binder();
  const sql = `${filtered(f, b)}
SELECT a.aanpak_id, a.naam AS aanpak, a.volgorde AS aanpak_volgorde, g.gemeente_id, g.naam AS gemeente,
  ${COUNTS}
FROM s
JOIN aanpakken a ON a.aanpak_id = s.aanpak_id
JOIN gemeenten g ON g.gemeente_id = a.gemeente_id
GROUP BY a.aanpak_id, a.naam, a.volgorde, g.gemeente_id, g.naam
ORDER BY g.naam, a.volgorde`;
  return query(sql, b.params);
}

/** One oordeel with its texts and where in the sources it stands. */
export interface OordeelMetBron {
  oordeel: Oordeel;
  reden: string | null;
  bevinding: string | null;
  let_op: string | null;
  gedeeld: boolean;
  blok: string | null;
  toelichting: string | null;
  mogelijk_onvolledig: boolean;
  bron_bestand: string | null;
  bron_van: number | null;
  bron_tot: number | null;
  teken_regel: number | null;
  bronnen: string | null;
}

export interface CelDetail extends AanpakNamen, IndicatorNamen, OordeelMetBron {
  criterium_code: string;
  maand_in_document: string | null;
  conclusie_goed: string | null;
  conclusie_beter: string | null;
  conclusie_onbepaald: string | null;
  conclusie_bron: string | null;
  /** Signs of lost text in bevinding and let_op (JSON, see README "Gaps"), or null. */
  gaten: string | null;
  /** The same for the conclusie's goed, beter and onbepaald. */
  conclusie_gaten: string | null;
}

/**
 * Everything about one cell: oordeel, texts, conclusie of its thema for this aanpak, and source. Reads
 * the text part of the aanpak's gemeente only.
 */
export function celDetail(aanpakId: string, indicator: string): Query<CelDetail> {
  const b = new Binder();
  const sql = `
SELECT o.aanpak_id, o.gemeente_id, g.naam AS gemeente, a.naam AS aanpak, o.indicator, i.label, i.tekst,
  i.criterium_code, i.criterium, i.thema_code, i.thema,
  o.oordeel, o.reden, t.bevinding, t.let_op, o.gedeeld, o.blok, t.toelichting, o.mogelijk_onvolledig,
  o.bron_bestand, o.bron_van, o.bron_tot, o.teken_regel, t.bronnen, d.maand_in_document,
  c.goed AS conclusie_goed, c.beter AS conclusie_beter, c.onbepaald AS conclusie_onbepaald, c.bron AS conclusie_bron,
  t.gaten, c.gaten AS conclusie_gaten
FROM oordelen o
LEFT JOIN teksten t ON t.aanpak_id = o.aanpak_id AND t.indicator = o.indicator
JOIN indicatoren i ON i.code = o.indicator
JOIN aanpakken a ON a.aanpak_id = o.aanpak_id
JOIN gemeenten g ON g.gemeente_id = o.gemeente_id
LEFT JOIN conclusies c ON c.aanpak_id = o.aanpak_id AND c.thema_code = i.thema_code
LEFT JOIN documenten d ON d.bestand = o.bron_bestand
WHERE o.aanpak_id = ${b.bind(aanpakId)} AND o.indicator = ${b.bind(indicator)}`;
  return query(sql, b.params, [gemeenteVanAanpak(aanpakId)]);
}

export interface IndicatorOordeel extends AanpakNamen {
  indicator: string;
  oordeel: Oordeel;
  reden: string | null;
  heeft_let_op: boolean;
  gedeeld: boolean;
  mogelijk_onvolledig: boolean;
}

/**
 * The same indicator in every aanpak (optionally except one), ordered by gemeente and aanpak. Marks
 * only (no texts): at national scale these are thousands of aanpakken in every text part; each row's
 * texts come with its own `celDetail`.
 */
export function zelfdeIndicator(
  indicator: string,
  behalveAanpak: string | null = null,
): Query<IndicatorOordeel> {
  const b = new Binder();
  const sql = `
SELECT o.aanpak_id, o.gemeente_id, g.naam AS gemeente, a.naam AS aanpak, o.indicator, o.oordeel, o.reden,
  o.heeft_let_op, o.gedeeld, o.mogelijk_onvolledig
FROM oordelen o
JOIN aanpakken a ON a.aanpak_id = o.aanpak_id
JOIN gemeenten g ON g.gemeente_id = o.gemeente_id
WHERE o.indicator = ${b.bind(indicator)} AND o.aanpak_id IS DISTINCT FROM CAST(${b.bind(behalveAanpak)} AS VARCHAR)
ORDER BY g.naam, a.volgorde`;
  return query(sql, b.params);
}

export interface GemeenteOptie {
  gemeente_id: string;
  naam: string;
  /** Optional in test catalogs; the query always returns it. */
  provincie?: string | null;
  aanpakken: number;
}

/** All gemeenten (filter options), by name. */
export function gemeenteOpties(): Query<GemeenteOptie> {
  return query(
    `
SELECT g.gemeente_id, g.naam, g.provincie, COUNT(a.aanpak_id)::INTEGER AS aanpakken
FROM gemeenten g LEFT JOIN aanpakken a ON a.gemeente_id = g.gemeente_id
GROUP BY g.gemeente_id, g.naam, g.provincie
ORDER BY g.naam`,
    [],
  );
}

export interface AanpakOptie {
  aanpak_id: string;
  naam: string;
  gemeente_id: string;
  gemeente: string;
  /** Optional in test catalogs; the query always returns it. */
  jaar?: number | null;
}

/** All aanpakken (filter options), by gemeente name then the aanpak's order in its factsheet. */
export function aanpakOpties(): Query<AanpakOptie> {
  return query(
    `
SELECT a.aanpak_id, a.naam, a.gemeente_id, g.naam AS gemeente, a.jaar
FROM aanpakken a JOIN gemeenten g ON g.gemeente_id = a.gemeente_id
ORDER BY g.naam, a.volgorde`,
    [],
  );
}

export interface RankingRij extends IndicatorNamen {
  volgorde: number;
  aanpakken: number;
  aanpakken_verbeterpunt: number;
  aanpakken_voldoet: number;
  aanpakken_onduidelijk: number;
  /** Of aanpakken_verbeterpunt: those whose X is one mark shared by a merged block of indicators. */
  aanpakken_verbeterpunt_gedeeld: number;
  /** aanpakken_verbeterpunt / aanpakken, 0..1 */
  aandeel_aanpakken: number;
  gemeenten: number;
  /** Gemeenten with a verbeterpunt in at least one of their aanpakken. */
  gemeenten_verbeterpunt: number;
  aandeel_gemeenten: number;
}

/**
 * Recurring weak indicators: per indicator the share of aanpakken and of gemeenten with a
 * verbeterpunt, most frequent first. Filters as in the heatmap (alleenVerbeterpunten ignored).
 */
export function ranking(f: Omit<OordeelFilter, 'alleenVerbeterpunten'> = {}): Query<RankingRij> {
  const b = new Binder();
  const sql = `${filtered({ ...f, alleenVerbeterpunten: false }, b)},
per_aanpak AS (
  SELECT indicator, ${COUNTS},
    COUNT(*) FILTER (WHERE oordeel = 'verbeterpunt' AND gedeeld)::INTEGER AS verbeterpunt_gedeeld
  FROM s GROUP BY indicator
),
per_gemeente AS (
  SELECT indicator, COUNT(*)::INTEGER AS gemeenten, COUNT(*) FILTER (WHERE heeft_x)::INTEGER AS gemeenten_verbeterpunt
  FROM (SELECT indicator, gemeente_id, bool_or(oordeel = 'verbeterpunt') AS heeft_x FROM s GROUP BY indicator, gemeente_id) t
  GROUP BY indicator
)
SELECT i.code AS indicator, i.volgorde, i.label, i.tekst, i.thema_code, i.thema, i.criterium,
  p.totaal AS aanpakken, p.verbeterpunt AS aanpakken_verbeterpunt, p.voldoet AS aanpakken_voldoet,
  p.onduidelijk AS aanpakken_onduidelijk, p.verbeterpunt::DOUBLE / p.totaal AS aandeel_aanpakken,
  p.verbeterpunt_gedeeld AS aanpakken_verbeterpunt_gedeeld,
  g.gemeenten, g.gemeenten_verbeterpunt, g.gemeenten_verbeterpunt::DOUBLE / g.gemeenten AS aandeel_gemeenten
FROM per_aanpak p
JOIN per_gemeente g ON g.indicator = p.indicator
JOIN indicatoren i ON i.code = p.indicator
ORDER BY p.verbeterpunt DESC, g.gemeenten_verbeterpunt DESC, i.volgorde`;
  return query(sql, b.params);
}
