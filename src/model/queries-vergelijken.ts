/**
 * Query builders for the views "Eén indicator" and "Gemeenten vergelijken" (the ranking reuses
 * `ranking` from ./queries). Same rules as ./queries: values only as `$n` parameters, one placeholder
 * per list value, aggregates cast. Tested on both engines in test/model/queries-vergelijken.test.ts.
 */
import type { Query } from '../db/query';
import {
  Binder,
  query,
  schaalVoorwaarden,
  tekstenVan,
  tellingKolommen,
  waar,
  type AanpakNamen,
  type OordeelMetBron,
  type SchaalFilter,
  type Telling,
} from './queries';

/**
 * Filter of the comparison. A missing or empty list means "no filter". `jaar` limits the aanpakken,
 * `provincies` the gemeenten.
 */
export interface VergelijkFilter extends SchaalFilter {
  readonly gemeenten?: readonly string[];
  readonly themas?: readonly string[];
}

/** The 5 thema's with their name and their place in the toetsingskader (from the data). */
const THEMA_CTE = `themas AS (
  SELECT thema_code, thema, MIN(volgorde)::INTEGER AS thema_volgorde
  FROM indicatoren GROUP BY thema_code, thema
)`;

export interface IndicatorAanpakOordeel extends AanpakNamen, OordeelMetBron {
  indicator: string;
}

/**
 * SELECT and FROM of an `IndicatorAanpakOordeel` row (oordelen `o` with its texts `t`, aanpak `a` and
 * gemeente `g`); the caller adds WHERE and ORDER BY. Shared with ./queries-schaal.ts.
 */
export const INDICATOR_OORDEEL_VAN = `
SELECT o.aanpak_id, o.gemeente_id, g.naam AS gemeente, a.naam AS aanpak, o.indicator, o.oordeel, o.reden,
  t.bevinding, t.let_op, o.gedeeld, o.blok, t.toelichting, o.mogelijk_onvolledig,
  o.bron_bestand, o.bron_van, o.bron_tot, o.teken_regel, t.bronnen
FROM oordelen o
LEFT JOIN teksten t ON t.aanpak_id = o.aanpak_id AND t.indicator = o.indicator
JOIN aanpakken a ON a.aanpak_id = o.aanpak_id
JOIN gemeenten g ON g.gemeente_id = o.gemeente_id`;

/**
 * One indicator in every aanpak, with texts and source lines; by gemeente name, then aanpak order.
 * Reads every text part.
 */
export function indicatorOordelen(indicator: string): Query<IndicatorAanpakOordeel> {
  const b = new Binder();
  return query(
    `${INDICATOR_OORDEEL_VAN}
WHERE o.indicator = ${b.bind(indicator)}
ORDER BY g.naam, a.volgorde`,
    b.params,
    'alle',
  );
}

export interface GemeenteContext {
  gemeente_id: string;
  naam: string;
  inwoners: number | null;
  /** Phrase from the factsheet, e.g. "ruim 54.000 inwoners". */
  inwoners_tekst: string | null;
  huishoudens: number | null;
  huishoudens_tekst: string | null;
  ggsr_geschat: number | null;
  ggsr_tekst: string | null;
  bronnen: string | null;
  aanpakken: number;
}

/**
 * Context figures of the chosen gemeenten (in the chosen provincies), by name (never by any figure);
 * `aanpakken` counts those of the chosen jaar.
 */
export function gemeenteContext(
  gemeenten: readonly string[] = [],
  schaal: SchaalFilter = {},
): Query<GemeenteContext> {
  const b = new Binder();
  const jaar = schaal.jaar ?? null;
  const conditions = gemeenten.length ? [`g.gemeente_id IN (${b.list(gemeenten)})`] : [];
  conditions.push(...schaalVoorwaarden({ provincies: schaal.provincies }, b, 'g'));
  const jaarVoorwaarde = jaar === null ? '' : ` AND a.jaar = ${b.bind(jaar)}`;
  return query(
    `
SELECT g.gemeente_id, g.naam, g.inwoners, g.inwoners_tekst, g.huishoudens, g.huishoudens_tekst,
  g.ggsr_geschat, g.ggsr_tekst, g.bronnen,
  (SELECT COUNT(*) FROM aanpakken a WHERE a.gemeente_id = g.gemeente_id${jaarVoorwaarde})::INTEGER AS aanpakken
FROM gemeenten g
${waar(conditions)}
ORDER BY g.naam`,
    b.params,
  );
}

export interface VergelijkAanpak {
  aanpak_id: string;
  gemeente_id: string;
  gemeente: string;
  naam: string;
  volgorde: number;
  /** One partner per line, as listed in the factsheet. */
  netwerkpartners: string | null;
  aantal_gezinnen: number | null;
  aantal_gezinnen_tekst: string | null;
  bron: string | null;
}

/**
 * The aanpakken of the chosen gemeenten (of the chosen jaar and provincies), by gemeente name then the
 * aanpak's order in its factsheet.
 */
export function aanpakkenVan(
  gemeenten: readonly string[] = [],
  schaal: SchaalFilter = {},
): Query<VergelijkAanpak> {
  const b = new Binder();
  const conditions = gemeenten.length ? [`a.gemeente_id IN (${b.list(gemeenten)})`] : [];
  conditions.push(...schaalVoorwaarden(schaal, b, 'a'));
  return query(
    `
SELECT a.aanpak_id, a.gemeente_id, g.naam AS gemeente, a.naam, a.volgorde, a.netwerkpartners,
  a.aantal_gezinnen, a.aantal_gezinnen_tekst, a.bron
FROM aanpakken a JOIN gemeenten g ON g.gemeente_id = a.gemeente_id
${waar(conditions)}
ORDER BY g.naam, a.volgorde`,
    b.params,
  );
}

/** The columns of {@link AanpakThema}, from aanpakken a, gemeenten g and THEMA_CTE t. */
const AANPAK_THEMA_KOLOMMEN = `a.aanpak_id, a.naam AS aanpak, a.volgorde AS aanpak_volgorde, g.gemeente_id, g.naam AS gemeente,
  t.thema_code, t.thema, t.thema_volgorde`;

/**
 * The conditions of a {@link VergelijkFilter}: gemeente and scale on the aanpak or oordeel alias,
 * thema on the alias that has `thema_code`.
 */
function vergelijkVoorwaarden(f: VergelijkFilter, b: Binder, alias: string, themaAlias: string): string[] {
  const conditions: string[] = [];
  if (f.gemeenten?.length) conditions.push(`${alias}.gemeente_id IN (${b.list(f.gemeenten)})`);
  if (f.themas?.length) conditions.push(`${themaAlias}.thema_code IN (${b.list(f.themas)})`);
  conditions.push(...schaalVoorwaarden(f, b, alias));
  return conditions;
}

/** An aanpak and a thema, with the order of both. */
export interface AanpakThema extends AanpakNamen {
  aanpak_volgorde: number;
  thema_code: string;
  thema: string;
  thema_volgorde: number;
}

export interface ThemaTelling extends Telling, AanpakThema {
  /** voldoet / totaal, 0..1 */
  aandeel_voldoet: number;
}

/** Per thema and aanpak: how many indicators voldoen. By thema order, gemeente name, aanpak order. */
export function voldoetPerThema(f: VergelijkFilter = {}): Query<ThemaTelling> {
  const b = new Binder();
  const conditions = vergelijkVoorwaarden(f, b, 'o', 'i');
  return query(
    `
WITH ${THEMA_CTE}
SELECT ${AANPAK_THEMA_KOLOMMEN},${tellingKolommen('o.oordeel')},
  COUNT(*) FILTER (WHERE o.oordeel = 'voldoet')::DOUBLE / COUNT(*) AS aandeel_voldoet
FROM oordelen o
JOIN indicatoren i ON i.code = o.indicator
JOIN themas t ON t.thema_code = i.thema_code
JOIN aanpakken a ON a.aanpak_id = o.aanpak_id
JOIN gemeenten g ON g.gemeente_id = a.gemeente_id
${waar(conditions)}
GROUP BY a.aanpak_id, a.naam, a.volgorde, g.gemeente_id, g.naam, t.thema_code, t.thema, t.thema_volgorde
ORDER BY t.thema_volgorde, g.naam, a.volgorde`,
    b.params,
  );
}

export interface ThemaConclusie extends AanpakThema {
  /** "Wat gaat goed?" — null when the source has none. */
  goed: string | null;
  /** "Wat kan beter?" */
  beter: string | null;
  /** Text whose column the source does not show; never to be read as goed or beter. */
  onbepaald: string | null;
  bron: string | null;
}

/**
 * The conclusie of every chosen aanpak for every chosen thema; a pair without a conclusie in the data
 * still gets a row (all texts null). By thema order, gemeente name, aanpak order. Reads the text parts
 * of the chosen gemeenten (all parts when none are chosen).
 */
export function conclusiesPerThema(f: VergelijkFilter = {}): Query<ThemaConclusie> {
  const b = new Binder();
  const conditions = vergelijkVoorwaarden(f, b, 'a', 't');
  return query(
    `
WITH ${THEMA_CTE}
SELECT ${AANPAK_THEMA_KOLOMMEN}, c.goed, c.beter, c.onbepaald, c.bron
FROM aanpakken a
JOIN gemeenten g ON g.gemeente_id = a.gemeente_id
CROSS JOIN themas t
LEFT JOIN conclusies c ON c.aanpak_id = a.aanpak_id AND c.thema_code = t.thema_code
${waar(conditions)}
ORDER BY t.thema_volgorde, g.naam, a.volgorde`,
    b.params,
    tekstenVan(f.gemeenten),
  );
}
