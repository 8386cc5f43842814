/**
 * Query builders for the heatmap at national scale (#4): the oordelen counted per provincie or per
 * gemeente and indicator, instead of one cell per aanpak. Same rules as ./queries.ts: values only as
 * `$n` parameters, aggregates cast to INTEGER, SQL for DuckDB 1.4 and 1.5. Tested on both engines
 * with a synthetic dataset in test/model/queries-schaal.test.ts.
 */
import type { Query } from '../db/query';
import { Binder, filtered, query, type OordeelFilter } from './queries';
import { INDICATOR_OORDEEL_VAN, type IndicatorAanpakOordeel } from './queries-vergelijken';

/** The groups an overview counts per: one column per provincie or per gemeente. */
export type OverzichtNiveau = 'provincie' | 'gemeente';

const GROEP: Readonly<Record<OverzichtNiveau, { groep: string; naam: string }>> = {
  provincie: { groep: 'g.provincie', naam: 'g.provincie' },
  gemeente: { groep: 'g.gemeente_id', naam: 'g.naam' },
};

const TELLING = `
  COUNT(*) FILTER (WHERE s.oordeel = 'verbeterpunt')::INTEGER AS verbeterpunt,
  COUNT(*) FILTER (WHERE s.oordeel = 'voldoet')::INTEGER AS voldoet,
  COUNT(*) FILTER (WHERE s.oordeel = 'onduidelijk')::INTEGER AS onduidelijk,
  COUNT(*)::INTEGER AS totaal`;

export interface OverzichtCel {
  /** provincie name or gemeente_id; null for gemeenten without a provincie. */
  groep: string | null;
  naam: string | null;
  indicator: string;
  /** Aanpakken in the group with this oordeel on the indicator (one oordeel per aanpak). */
  verbeterpunt: number;
  voldoet: number;
  onduidelijk: number;
  /** Aanpakken in the group with an oordeel on the indicator. */
  totaal: number;
}

/** Per group and indicator: how many of the filtered aanpakken have X, √ or onduidelijk. */
export function overzichtCellen(f: OordeelFilter, niveau: OverzichtNiveau): Query<OverzichtCel> {
  const b = new Binder();
  const { groep, naam } = GROEP[niveau];
  const sql = `${filtered(f, b)}
SELECT ${groep} AS groep, ${naam} AS naam, s.indicator, ${TELLING}
FROM s JOIN gemeenten g ON g.gemeente_id = s.gemeente_id
GROUP BY ${groep}, ${naam}, s.indicator
ORDER BY ${naam}, ${groep}, s.indicator`;
  return query(sql, b.params);
}

export interface OverzichtKolom {
  groep: string | null;
  naam: string | null;
  /** The provincie of the group (for a gemeente: its provincie). */
  provincie: string | null;
  aanpakken: number;
  gemeenten: number;
  verbeterpunt: number;
  voldoet: number;
  onduidelijk: number;
  /** Oordelen (aanpak x indicator) in the group. */
  totaal: number;
}

/** Per group: its aanpakken, gemeenten and oordelen among the filtered ones, by name. */
export function overzichtKolommen(f: OordeelFilter, niveau: OverzichtNiveau): Query<OverzichtKolom> {
  const b = new Binder();
  const { groep, naam } = GROEP[niveau];
  const sql = `${filtered(f, b)}
SELECT ${groep} AS groep, ${naam} AS naam, ANY_VALUE(g.provincie) AS provincie,
  COUNT(DISTINCT s.aanpak_id)::INTEGER AS aanpakken, COUNT(DISTINCT s.gemeente_id)::INTEGER AS gemeenten,
  ${TELLING}
FROM s JOIN gemeenten g ON g.gemeente_id = s.gemeente_id
GROUP BY ${groep}, ${naam}
ORDER BY ${naam}, ${groep}`;
  return query(sql, b.params);
}

/** Rows per page of the indicator page at national scale. */
export const INDICATOR_PER_PAGINA = 50;

/**
 * One page of `indicatorOordelen` (every aanpak's oordeel and texts on one indicator) limited to some
 * gemeenten and optionally one jaar: at national scale the indicator page lists a provincie or a
 * gemeente page by page, and loads only the text parts of those gemeenten.
 */
export function indicatorOordelenVan(
  indicator: string,
  gemeenten: readonly string[],
  jaar: number | null,
  pagina = 0,
): Query<IndicatorAanpakOordeel> {
  const b = new Binder();
  const where = [
    `o.indicator = ${b.bind(indicator)}`,
    gemeenten.length ? `o.gemeente_id IN (${b.list(gemeenten)})` : 'FALSE',
  ];
  if (jaar !== null) where.push(`a.jaar = ${b.bind(jaar)}`);
  const sql = `${INDICATOR_OORDEEL_VAN}
WHERE ${where.join(' AND ')}
ORDER BY g.naam, a.volgorde, o.aanpak_id
LIMIT ${b.bind(INDICATOR_PER_PAGINA)} OFFSET ${b.bind(Math.max(0, Math.floor(pagina)) * INDICATOR_PER_PAGINA)}`;
  return query(sql, b.params, [...gemeenten]);
}
