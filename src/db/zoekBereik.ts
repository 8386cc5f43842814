/**
 * A search's first pages without every text part (#18): the hits come in gemeente order, and the
 * text parts are cut by gemeente, so the first N hits lie in the first parts of that order. This reads
 * the parts the search index names, one at a time in that order, until the gemeenten read hold N hits.
 * Pure orchestration; the engine (engine.ts) and the Node loaders of the tests supply a `ZoekMotor`.
 */
import type { DataBestand, DataManifest } from './manifest';
import { deelPlan, type GemeenteRang } from './perDeel';
import type { Query, TekstBehoefte, ZoekBehoefte } from './query';

/** What a search range needs from an engine. */
export interface ZoekMotor {
  readonly manifest: DataManifest;
  /** Runs a query as `runQuery` does (loading the parts it declares). */
  run<Row>(q: Query<Row>): Promise<Row[]>;
  /** The text parts a query with this need would load (for a search: through the index, loading no text part). */
  tekstDelen(t: TekstBehoefte): Promise<DataBestand[]>;
}

/** A search whose hits are ordered by gemeente first, for `zoekBereik`; `A` is a row of its count. */
export interface ZoekBereikOpdracht<A extends { aantal: number } = { aantal: number }> {
  /** The search as the count and page queries declare it. */
  readonly zoek: ZoekBehoefte;
  /** Every gemeente that passes the other filters, in result order (core tables only). */
  readonly volgorde: Query<GemeenteRang>;
  /** The number of hits within these gemeenten; declares the text parts it reads. */
  readonly aantal: (gemeenten: readonly string[]) => Query<A>;
  /** How many hits from the start of the order are wanted (25 × the page). */
  readonly nodig: number;
}

/**
 * Where a search has looked: `gemeenten` null means everywhere (the count is the whole count);
 * otherwise the gemeenten at the start of the order whose parts were read, which hold at least
 * `nodig` hits, and every later gemeente is unread; `telling` is then the count row of those
 * gemeenten (`aantal(gemeenten)`). `gelezen` of `van` parts that can hold a hit.
 */
export interface ZoekBereik<A = { aantal: number }> {
  readonly gemeenten: readonly string[] | null;
  readonly telling: A | null;
  readonly gelezen: number;
  readonly van: number;
}

const OVERAL: ZoekBereik<never> = Object.freeze({ gemeenten: null, telling: null, gelezen: 0, van: 0 });

/**
 * The shortest start of the order whose candidate parts hold `nodig` hits, or everywhere (`gemeenten`
 * null) when no shorter start does, the texts are in one part, or the order cannot be cut by part
 * (`deelPlan`). Gemeenten that tie in the order always lie in the same part, so a start never splits them.
 */
export async function zoekBereik<A extends { aantal: number }>(
  motor: ZoekMotor,
  o: ZoekBereikOpdracht<A>,
): Promise<ZoekBereik<A>> {
  const delen = motor.manifest.bestanden.filter((b) => b.tabel === 'teksten' && b.gemeente_ids);
  if (delen.length <= 1) return OVERAL;
  // The index files download while DuckDB ranks the gemeenten.
  const [volgorde, namen] = await Promise.all([motor.run(o.volgorde), motor.tekstDelen(o.zoek)]);
  const stappen = deelPlan(motor.manifest, volgorde);
  if (stappen === null) return OVERAL;
  const kandidaten = new Set(namen.map((b) => b.name));
  const van = stappen.filter((s) => kandidaten.has(s.bestand.name)).length;
  const gemeenten: string[] = [];
  let gelezen = 0;
  for (const stap of stappen) {
    gemeenten.push(...stap.gemeenten);
    if (!kandidaten.has(stap.bestand.name)) continue;
    gelezen++;
    if (gelezen === van) break;
    const [rij] = await motor.run(o.aantal(gemeenten));
    if (rij && rij.aantal >= o.nodig) return { gemeenten: [...gemeenten], telling: rij, gelezen, van };
  }
  return { gemeenten: null, telling: null, gelezen: van, van };
}
