/**
 * The search index: which teksten parts can hold a hit of a search, so that a search fetches only
 * those (#18). Shared by the writer (scripts/ingest/zoekindex.ts) and every loader. Pure apart from
 * the `run` and `laad` functions a loader passes in; no DuckDB import.
 *
 * A search matches `zoekbaar(bevinding) LIKE pattern` (or let_op). The normalised text splits on ' '
 * into words, and every ' '-separated piece of the normalised pattern is a substring of a word of a
 * matching text. A piece is a substring of a word when it (cut to `SLEUTEL_LENGTE` code points) is a
 * prefix of one of the word's keys: its suffixes, cut to `SLEUTEL_LENGTE` code points. The index
 * maps each key to the parts holding a word with that key; the parts in which every piece finds a
 * key are a superset of the parts with hits. The normalisation is DuckDB's, at ingest and here.
 */
import type { DataBestand, DataManifest } from './manifest';
import { tekstBestandenVoor, zoekindexBestanden } from './manifest';
import type { Query, TekstBehoefte, ZoekBehoefte } from './query';
import { deelBestand, ZOEKINDEX_TABEL } from './schema';

/** Keys are suffixes of the normalised words, cut to this many code points. */
export const SLEUTEL_LENGTE = 8;

/** SQL: a text column normalised for searching: one space for any whitespace, lower case, no accents. */
export const zoekbaar = (kolom: string) => `strip_accents(lower(regexp_replace(${kolom}, '\\s+', ' ', 'g')))`;

/**
 * SQL: whether the text column holds the bound piece (no whitespace) once both are lower case without
 * accents. Cheaper than `zoekbaar`, and true for every text in which `zoekbaar` finds a pattern with
 * this piece: `zoekbaar` differs from `strip_accents(lower(…))` only in runs of whitespace.
 */
export const bevatStuk = (kolom: string, param: string) =>
  `contains(strip_accents(lower(${kolom})), strip_accents(lower(${param})))`;

/** SQL: the bound LIKE pattern normalised like the texts (its whitespace is already one space). */
export const zoekbaarPatroon = (param: string) => `strip_accents(lower(${param}))`;

/**
 * SQL: the distinct normalised words per gemeente of a table `teksten` (gemeente_id, bevinding,
 * let_op), as the ingest builds the index from them.
 */
export const WOORDEN_SQL = `
SELECT DISTINCT gemeente_id, woord FROM (
  SELECT gemeente_id, unnest(string_split(${zoekbaar('bevinding')}, ' ')) AS woord FROM teksten
  UNION ALL
  SELECT gemeente_id, unnest(string_split(${zoekbaar('let_op')}, ' ')) AS woord FROM teksten
) w WHERE woord <> ''`;

const codepunten = (s: string) => [...s];

/** The first code point of a key or piece: it picks the index part. */
export function eersteTeken(s: string): string {
  return codepunten(s)[0] ?? '';
}

/** The keys of one normalised word (distinct, in order of position). */
export function zoekSleutels(woord: string): string[] {
  const c = codepunten(woord);
  return [...new Set(c.map((_, i) => c.slice(i, i + SLEUTEL_LENGTE).join('')))];
}

/**
 * The pieces of a LIKE pattern (`%…%`, `\` escapes) as literal text: split on ' ', unescaped, distinct,
 * empty ones left out. Each piece of a matching text's normalised form is a substring of it.
 */
export function patroonStukken(patroon: string): string[] {
  const binnen = patroon.startsWith('%') && patroon.endsWith('%') ? patroon.slice(1, -1) : patroon;
  const stukken = binnen
    .split(' ')
    .map((s) => s.replace(/\\(.)/gsu, '$1'))
    .filter((s) => s !== '');
  return [...new Set(stukken)];
}

/** The pieces of a normalised LIKE pattern (`patroonStukken`), cut to `SLEUTEL_LENGTE` code points, distinct. */
export function zoekStukken(patroon: string): string[] {
  return [...new Set(patroonStukken(patroon).map((s) => codepunten(s).slice(0, SLEUTEL_LENGTE).join('')))];
}

/** A set of part numbers as a hex bitmap (part n is bit n % 4 of character n / 4). */
export function delenCode(delen: Iterable<number>): string {
  const bits: number[] = [];
  for (const n of delen) {
    const i = Math.floor(n / 4);
    while (bits.length <= i) bits.push(0);
    bits[i] = (bits[i] ?? 0) | (1 << (n % 4));
  }
  return bits.map((b) => b.toString(16)).join('');
}

/** The part numbers of a `delenCode`. */
export function delenUit(code: string): number[] {
  const uit: number[] = [];
  for (let i = 0; i < code.length; i++) {
    const b = parseInt(code[i] ?? '0', 16);
    for (let k = 0; k < 4; k++) if (b & (1 << k)) uit.push(i * 4 + k);
  }
  return uit;
}

/** Query: the pattern normalised as the search normalises it. */
export function genormaliseerdPatroon(patroon: string): Query<{ p: string | null }> {
  return { sql: `SELECT ${zoekbaarPatroon('$1')} AS p`, params: [patroon] };
}

/** Query: the parts (as `delenCode`s) of the keys that start with `stuk`. */
export function delenVanStuk(stuk: string): Query<{ delen: string }> {
  return {
    sql: `SELECT DISTINCT delen FROM ${ZOEKINDEX_TABEL} WHERE starts_with(sleutel, $1)`,
    params: [stuk],
  };
}

/** Runs a query that declares no text parts. */
export type Uitvoer = <Row>(q: Query<Row>) => Promise<Row[]>;

/**
 * The teksten parts that can hold a hit of the search `z`, read through the index: its parts for the
 * pieces' first characters are loaded (`laad`, each once) and queried. Without an index (the texts in
 * one part), the parts of `z.gemeenten` (all without): no index request.
 */
export async function zoekDelen(
  m: DataManifest,
  z: ZoekBehoefte,
  run: Uitvoer,
  laad: (b: readonly DataBestand[]) => Promise<void>,
): Promise<DataBestand[]> {
  const index = zoekindexBestanden(m);
  if (index.length === 0) return tekstBestandenVoor(m, z.gemeenten ?? 'alle');
  const gevraagd = z.gemeenten?.length ? new Set(z.gemeenten) : null;
  const teksten = m.bestanden.filter(
    (b) => b.tabel === 'teksten' && b.gemeente_ids?.some((g) => !gevraagd || gevraagd.has(g)),
  );
  const [rij] = await run(genormaliseerdPatroon(z.zoek));
  const stukken = zoekStukken(rij?.p ?? '');
  if (stukken.length === 0) return teksten;
  const nodig = stukken.map((s) => index.find((b) => b.tekens?.includes(eersteTeken(s))));
  if (nodig.some((b) => b === undefined)) return [];
  await laad([...new Set(nodig as DataBestand[])]);
  let delen: ReadonlySet<string> = new Set(teksten.map((b) => b.name));
  for (const s of stukken) {
    const hier = new Set(
      (await run(delenVanStuk(s))).flatMap((r) => delenUit(r.delen).map((n) => deelBestand('teksten', n))),
    );
    const vorige = delen;
    delen = new Set([...hier].filter((d) => vorige.has(d)));
    if (delen.size === 0) return [];
  }
  return teksten.filter((b) => delen.has(b.name));
}

/**
 * For a loader: the text parts a query declares (`TekstBehoefte`), a search resolved through the
 * index (`zoekDelen`, remembered per search; a failed one is forgotten).
 */
export function maakTekstDelen(
  m: DataManifest,
  run: Uitvoer,
  laad: (b: readonly DataBestand[]) => Promise<void>,
): (t: TekstBehoefte | undefined) => Promise<DataBestand[]> {
  const onthouden = new Map<string, Promise<DataBestand[]>>();
  return (t) => {
    if (t === undefined || typeof t === 'string' || !('zoek' in t))
      return Promise.resolve(tekstBestandenVoor(m, t));
    const sleutel = JSON.stringify([t.zoek, t.gemeenten ?? null]);
    let p = onthouden.get(sleutel);
    if (!p) {
      p = zoekDelen(m, t, run, laad);
      onthouden.set(sleutel, p);
      p.catch(() => onthouden.delete(sleutel));
    }
    return p;
  };
}
