/**
 * Query builders for the source view (`?weergave=bron`): every oordeel and conclusie whose block lies in
 * one source document, with its lines there. Same rules as `queries.ts`; tested on both engines in
 * test/model/queries-bron.test.ts.
 *
 * The lines of a block come from `teksten.bronnen` ("file:first-last; file:first-last"), which names
 * every copy of a merged factsheet, so the second copy of Oosterhout gets its own lines too. The line
 * of the mark (`teken_regel`) is recorded for the primary source only.
 */
import type { Query } from '../db/query';
import { Binder, query, type Oordeel } from './queries';

export interface BronOordeel {
  aanpak_id: string;
  aanpak: string;
  aanpak_volgorde: number;
  indicator: string;
  label: string;
  indicator_volgorde: number;
  oordeel: Oordeel;
  gedeeld: boolean;
  blok: string | null;
  van: number;
  tot: number;
  /** Line of the mark; null in a copy that is not the primary source. */
  teken_regel: number | null;
  /** Whether this document is the oordeel's primary source (`oordelen.bron_bestand`). */
  primair: boolean;
  bevinding: string | null;
  let_op: string | null;
  gaten: string | null;
}

const REGELS = (kolom: string) => `
    regexp_extract(${kolom}, '^(.+):([0-9]+)-([0-9]+)$', 1) AS bestand,
    CAST(NULLIF(regexp_extract(${kolom}, '^(.+):([0-9]+)-([0-9]+)$', 2), '') AS INTEGER) AS van,
    CAST(NULLIF(regexp_extract(${kolom}, '^(.+):([0-9]+)-([0-9]+)$', 3), '') AS INTEGER) AS tot`;

/**
 * Every oordeel with a block in `bestand`, in the order of the document (first line, then the
 * toetsingskader). `gemeenteId` is the document's gemeente: only its text part is read.
 */
export function bronOordelen(bestand: string, gemeenteId: string): Query<BronOordeel> {
  const b = new Binder();
  const p = b.bind(bestand);
  const sql = `
WITH t AS (
  SELECT aanpak_id, indicator, bevinding, let_op, gaten, unnest(string_split(bronnen, '; ')) AS bron
  FROM teksten WHERE gemeente_id = ${b.bind(gemeenteId)}
), r AS (
  SELECT aanpak_id, indicator, bevinding, let_op, gaten, ${REGELS('trim(bron)')}
  FROM t
)
SELECT r.aanpak_id, a.naam AS aanpak, a.volgorde AS aanpak_volgorde, r.indicator, i.label,
  i.volgorde AS indicator_volgorde, o.oordeel, o.gedeeld, o.blok, r.van, r.tot,
  CASE WHEN o.bron_bestand = ${p} THEN o.teken_regel ELSE NULL END AS teken_regel,
  o.bron_bestand IS NOT DISTINCT FROM ${p} AS primair, r.bevinding, r.let_op, r.gaten
FROM r
JOIN oordelen o ON o.aanpak_id = r.aanpak_id AND o.indicator = r.indicator
JOIN aanpakken a ON a.aanpak_id = r.aanpak_id
JOIN indicatoren i ON i.code = r.indicator
WHERE r.bestand = ${p} AND r.van IS NOT NULL
ORDER BY r.van, r.tot, a.volgorde, i.volgorde`;
  return query(sql, b.params, [gemeenteId]);
}

export interface BronConclusie {
  aanpak_id: string;
  aanpak: string;
  thema_code: string;
  thema: string;
  van: number;
  tot: number;
  goed: string | null;
  beter: string | null;
  onbepaald: string | null;
  gaten: string | null;
}

/** The conclusies per thema whose lines are in `bestand` (the primary source), in document order. */
export function bronConclusies(bestand: string, gemeenteId: string): Query<BronConclusie> {
  const b = new Binder();
  const p = b.bind(bestand);
  const sql = `
WITH r AS (
  SELECT aanpak_id, thema_code, goed, beter, onbepaald, gaten, ${REGELS('bron')}
  FROM conclusies WHERE gemeente_id = ${b.bind(gemeenteId)}
), th AS (
  SELECT thema_code, MIN(thema) AS thema FROM indicatoren GROUP BY thema_code
)
SELECT r.aanpak_id, a.naam AS aanpak, r.thema_code, th.thema, r.van, r.tot, r.goed, r.beter,
  r.onbepaald, r.gaten
FROM r
JOIN aanpakken a ON a.aanpak_id = r.aanpak_id
JOIN th ON th.thema_code = r.thema_code
WHERE r.bestand = ${p} AND r.van IS NOT NULL
ORDER BY r.van, a.volgorde`;
  return query(sql, b.params, [gemeenteId]);
}
