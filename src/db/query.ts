/** A value that can be bound to a `$n` placeholder. DuckDB-WASM accepts only these (no lists, no bigint). */
export type SqlParam = string | number | boolean | null;

/**
 * A parameterised SQL statement. `Row` is a phantom type: the shape of one result row after
 * conversion to plain JS (see `runQuery`). Build these with the pure functions in `src/model/queries.ts`.
 */
export interface Query<Row = Record<string, unknown>> {
  readonly sql: string;
  readonly params: readonly SqlParam[];
  /**
   * The text tables (teksten, conclusies, beschrijvingen: see ./schema.ts) this statement reads, as the
   * gemeenten whose texts it needs, or `'alle'`. `runQuery` first loads the parts holding them. Absent:
   * the statement reads only the core tables, and no part is fetched.
   */
  readonly teksten?: TekstBehoefte;
  /**
   * How the page can compute this result without DuckDB, from the results of `bronnen` (e.g. the
   * prerendered unfiltered heatmap): a pure function that gives exactly what the SQL gives (a test
   * must check that). Used only while DuckDB is not ready; `queryKey` ignores it.
   */
  readonly afleiding?: Afleiding<Row>;
  /** Type-only marker; never set at runtime. */
  readonly __row?: Row;
}

/** See `Query.afleiding`. */
export interface Afleiding<Row> {
  readonly bronnen: readonly Query<unknown>[];
  afleiden(rijen: readonly (readonly unknown[])[]): readonly Row[];
}

/**
 * Which text parts a query needs: every part, the parts holding these gemeente ids, or the parts that
 * can hold a hit of a search (`ZoekBehoefte`).
 */
export type TekstBehoefte = 'alle' | readonly string[] | ZoekBehoefte;

/**
 * A search over the teksten table: `zoek` is the LIKE pattern as bound (`%…%`, `\` escapes, see
 * `zoekPatroon` in src/model/queries-bevindingen.ts), `gemeenten` a gemeente filter if any. The loader
 * finds the teksten parts that can hold a hit through the search index (src/db/zoekindex.ts); the
 * statement must read no other text table.
 */
export interface ZoekBehoefte {
  readonly zoek: string;
  readonly gemeenten?: readonly string[];
}

/** Result row type of a query. */
export type RowOf<Q> = Q extends Query<infer R> ? R : never;

/** Stable key for caching a query result. */
export function queryKey(q: Query<unknown>): string {
  return `${q.sql}\u0000${JSON.stringify(q.params)}`;
}
