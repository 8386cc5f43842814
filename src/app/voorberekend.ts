/**
 * Results computed at build time, fetched one by one while DuckDB-WASM is not ready (#14). The
 * prerender writes every result it ran (and the downloads of `voorberekendeDownloads`) to
 * `v/r/<hash>.json`, and the list of hashes to `v/r/index.json`. `haalResultaat` uses such a file when
 * there is one and DuckDB is not ready yet, so moving between prerendered views inside the app, or a
 * download on Open data, does not wait for the engine. Each file holds its full query key, which is
 * checked, so a hash collision can never show another query's rows.
 */
import { getDbStatus, queryKey, runQuery, type Query } from '../db';
import { PAGINA_MAP } from './routes';
import { kolomsgewijs, rijsgewijs } from './kolommen';

/** Folder of the result files, beside index.html. */
export const RESULTAAT_MAP = `${PAGINA_MAP}/r`;
export const RESULTAAT_VERSIE = 1;

/** A short hash of a query key (cyrb53, 14 hex digits): the name of its file. Not for security. */
export function sleutelHash(key: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(16).padStart(14, '0');
}

/** The file of one result, relative to the site's root. */
export const resultaatBestand = (key: string) => `${RESULTAAT_MAP}/${sleutelHash(key)}.json`;

/** The JSON text of one result file. */
export function resultaatJson(key: string, rows: readonly Record<string, unknown>[]): string {
  return JSON.stringify({ versie: RESULTAAT_VERSIE, key, kolommen: kolomsgewijs(key, rows) });
}

/** The rows of a result file for `key`; null when it is not valid or holds another key. */
export function leesResultaat(text: string, key: string): Record<string, unknown>[] | null {
  try {
    const json = JSON.parse(text) as { versie?: unknown; key?: unknown; kolommen?: unknown };
    if (json?.versie !== RESULTAAT_VERSIE || json.key !== key) return null;
    return rijsgewijs(json.kolommen);
  } catch {
    return null;
  }
}

let index: Promise<ReadonlySet<string>> | null = null;

function hashes(): Promise<ReadonlySet<string>> {
  index ??= fetch(new URL(`${RESULTAAT_MAP}/index.json`, document.baseURI))
    .then((r) => (r.ok ? (r.json() as Promise<unknown>) : []))
    .then((j) => new Set(Array.isArray(j) ? j.filter((x): x is string => typeof x === 'string') : []))
    .catch(() => new Set<string>());
  return index;
}

/** Whether the build wrote a result file for `q` (its rows then need no DuckDB). */
export async function heeftVoorberekend(q: Query<unknown>): Promise<boolean> {
  return (await hashes()).has(sleutelHash(queryKey(q)));
}

/** The prerendered result of `q`, or null when there is none (or it cannot be read). */
async function voorberekend<Row>(q: Query<Row>): Promise<Row[] | null> {
  const key = queryKey(q);
  if (!(await hashes()).has(sleutelHash(key))) return null;
  try {
    const r = await fetch(new URL(resultaatBestand(key), document.baseURI));
    return r.ok ? (leesResultaat(await r.text(), key) as Row[] | null) : null;
  } catch {
    return null;
  }
}

/**
 * `runQuery`, but while DuckDB is not ready a result prerendered at build time comes from its file.
 * Anything else waits for DuckDB.
 */
export async function haalResultaat<Row>(q: Query<Row>): Promise<Row[]> {
  if (getDbStatus().stand !== 'klaar' && typeof document !== 'undefined') {
    const rows = await voorberekend(q);
    if (rows) return rows;
  }
  return runQuery(q);
}
