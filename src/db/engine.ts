// The only module that imports @duckdb/duckdb-wasm. Loaded lazily by ./index.ts.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import { tableToObjects } from './convert';
import { fout } from '../i18n/berichten';
import { bericht, DataLoadError, QueryError } from './errors';
import { reportLoadProgress } from './progress';
import { DelenLader, kernBestanden, leesDataManifest, type DataBestand, type DataManifest } from './manifest';
import {
  afgebroken,
  voerPerDeelUit,
  type DeelMotor,
  type DeelTabel,
  type PerDeelOpdracht,
  type PerDeelUitkomst,
} from './perDeel';
import type { Query, TekstBehoefte } from './query';
import { createTableSql, createZoekindexSql, TEKST_TABELLEN } from './schema';
import { zoekBereik, type ZoekBereik, type ZoekBereikOpdracht } from './zoekBereik';
import { maakTekstDelen } from './zoekindex';

const F = fout;

/**
 * Instantiate fails when no download progress has arrived this long after the worker started, and
 * when, once progress has started, none and no result arrive for `INSTANTIATE_IDLE_MS` (compiling is
 * slow on a weak CPU: 6-9 s at a quarter core). These only bound a download that hangs, so they allow
 * for a slow link: duckdb-wasm 1.32 reports progress only after a pause of 20 ms or more between chunks,
 * and on a throttled link at national scale the first report came after more than 10 s (#4, bench).
 * A wasm file that cannot load or compile fails at once through `wasmKanLaden`.
 */
const INSTANTIATE_FIRST_PROGRESS_MS = 60_000;
const INSTANTIATE_IDLE_MS = 60_000;
/**
 * The worker script (about 200 KB gzip) must load before the wait for progress starts: on a slow link
 * it shares the line with the core data (1.3 MB gzip at national scale). A script that cannot load
 * fails at once through the worker's error event; this only bounds a download that hangs.
 */
const WORKER_LOAD_MS = 120_000;

const BEFORE_LOAD = [
  'SET autoload_known_extensions=false',
  'SET autoinstall_known_extensions=false',
  'SET allow_community_extensions=false',
];
const AFTER_LOAD = ['SET enable_external_access=false', 'SET lock_configuration=true'];

interface Geladen {
  readonly db: duckdb.AsyncDuckDB;
  readonly manifest: DataManifest;
  readonly delen: DelenLader;
  /** The text parts a query declares; a search through the index. */
  readonly delenVoor: (t: TekstBehoefte | undefined) => Promise<DataBestand[]>;
}

let dbPromise: Promise<Geladen> | null = null;

/** The database, loaded once. A failed start is forgotten so a later call can retry. */
export function getDb(): Promise<Geladen> {
  if (!dbPromise) {
    dbPromise = start();
    dbPromise.catch(() => {
      dbPromise = null;
    });
  }
  return dbPromise;
}

function dataUrl(file: string): URL {
  return new URL(`data/${file}`, document.baseURI);
}

async function fetchBytes(file: string, signal?: AbortSignal): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(dataUrl(file), { credentials: 'same-origin', signal });
    if (res.ok) return new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    if (signal?.aborted) throw afgebroken(signal);
    throw new DataLoadError(bericht(F.bestandNietOpgehaald, { file }), e);
  }
  throw new DataLoadError(bericht(F.bestandHttp, { file, status: String(res.status) }));
}

async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
  // crypto.subtle only exists in secure contexts (https, localhost); elsewhere skip the check.
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Fetch one data file and check its size and SHA-256 against the manifest. */
async function fetchChecked(f: DataBestand, signal?: AbortSignal): Promise<Uint8Array> {
  const bytes = await fetchBytes(f.name, signal);
  const hash = await sha256Hex(bytes);
  if (bytes.length !== f.bytes || (hash !== null && hash !== f.sha256)) {
    throw new DataLoadError(bericht(F.bestandBeschadigd, { file: f.name }));
  }
  return bytes;
}

/** Fetch the manifest and the core files (not the text parts), each checked against the manifest. */
async function fetchData(): Promise<{
  manifest: DataManifest;
  kern: { table: string; bytes: Uint8Array }[];
}> {
  const manifestBytes = await fetchBytes('manifest.json');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(manifestBytes));
  } catch (e) {
    throw new DataLoadError(F.manifestGeenJson, e);
  }
  const manifest = leesDataManifest(json);
  const kern = await Promise.all(
    kernBestanden(manifest).map(async (f) => ({ table: f.tabel, bytes: await fetchChecked(f) })),
  );
  return { manifest, kern };
}

function withIdleTimeout<T>(
  run: (onProgress: () => void) => Promise<T>,
  firstMs: number,
  ms: number,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const fail = () => reject(new DataLoadError(F.wasmGeblokkeerd));
    let timer = setTimeout(fail, firstMs);
    const bump = () => {
      clearTimeout(timer);
      timer = setTimeout(fail, ms);
    };
    run(bump).then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof DataLoadError ? e : new DataLoadError(F.rekenmoduleStart, e));
      },
    );
  });
}

/**
 * Resolves once the worker runs its script (it answers a ping; messages wait until then); rejects at
 * once when the script fails to load, and after `ms` when it never finishes loading.
 */
function workerGeladen(db: duckdb.AsyncDuckDB, worker: Worker, ms: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const klaar = (fout?: unknown) => {
      clearTimeout(timer);
      worker.removeEventListener('error', onError);
      if (fout === undefined) resolve();
      else reject(fout instanceof DataLoadError ? fout : new DataLoadError(F.rekenmoduleStart, fout));
    };
    const onError = (e: ErrorEvent) => klaar(new Error(e.message || 'worker script failed to load'));
    const timer = setTimeout(() => klaar(new DataLoadError(F.wasmGeblokkeerd)), ms);
    worker.addEventListener('error', onError);
    db.ping().then(
      () => klaar(),
      (e: unknown) => klaar(e ?? new Error('ping failed')),
    );
  });
}

/** An empty module: compiling it fails where WebAssembly is blocked (CSP without 'wasm-unsafe-eval'). */
const LEGE_WASM = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/**
 * Rejects at once where the wasm can never load: WebAssembly blocked by the policy or the browser, or
 * the wasm file unreachable or missing (a HEAD request). duckdb-wasm itself then waits without end.
 */
async function wasmKanLaden(url: string): Promise<void> {
  try {
    new WebAssembly.Module(LEGE_WASM);
  } catch (e) {
    throw new DataLoadError(F.wasmGeblokkeerd, e);
  }
  let res: Response;
  try {
    res = await fetch(url, { method: 'HEAD', credentials: 'same-origin' });
  } catch (e) {
    throw new DataLoadError(F.wasmGeblokkeerd, e);
  }
  // A host that does not allow HEAD (405) says nothing about the file.
  if (res.status === 404 || res.status === 410 || res.status === 403)
    throw new DataLoadError(F.wasmGeblokkeerd, new Error(`HTTP ${res.status} for ${url}`));
}

function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

/**
 * Start the DuckDB worker through a blob: bootstrap that `importScripts` the same-origin worker file.
 * A worker loaded from a URL takes its CSP from its own HTTP response, which a static host does not
 * send; a blob: worker inherits the page's policy (CSP3), so the page's `connect-src 'self'` then also
 * stops any fetch from inside DuckDB to another origin (measured in Chromium, test/e2e/security.test.ts).
 * Needs `worker-src 'self' blob:`. If blob: workers are refused, fall back to the plain URL worker.
 */
function startWorker(url: string): { worker: Worker; bootUrl: string | null } {
  const src = absolute(url);
  try {
    const bootUrl = URL.createObjectURL(
      new Blob([`importScripts(${JSON.stringify(src)});`], { type: 'text/javascript' }),
    );
    return { worker: new Worker(bootUrl), bootUrl };
  } catch {
    return { worker: new Worker(src), bootUrl: null };
  }
}

async function start(): Promise<Geladen> {
  // Fetch the data while the wasm downloads and compiles.
  const data = fetchData();
  data.catch(() => undefined);

  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
    eh: { mainModule: ehWasm, mainWorker: ehWorker },
  });
  if (!bundle.mainWorker) throw new DataLoadError(F.geenBundle);
  let worker: Worker;
  let bootUrl: string | null;
  try {
    ({ worker, bootUrl } = startWorker(bundle.mainWorker));
  } catch (e) {
    throw new DataLoadError(F.geenWorker, e);
  }
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await workerGeladen(db, worker, WORKER_LOAD_MS);
    const kanLaden = wasmKanLaden(absolute(bundle.mainModule));
    kanLaden.catch(() => undefined);
    const instantiate = withIdleTimeout(
      (bump) =>
        db.instantiate(absolute(bundle.mainModule), bundle.pthreadWorker, (p) => {
          bump();
          reportLoadProgress({ bytesLoaded: p.bytesLoaded, bytesTotal: p.bytesTotal });
        }),
      INSTANTIATE_FIRST_PROGRESS_MS,
      INSTANTIATE_IDLE_MS,
    );
    await Promise.all([kanLaden, instantiate]);
    reportLoadProgress(null);
    if (bootUrl) URL.revokeObjectURL(bootUrl);
    await db.open({ query: { castDecimalToDouble: true } });
    const conn = await db.connect();
    try {
      for (const s of BEFORE_LOAD) await conn.query(s);
      const { manifest, kern } = await data;
      for (const { table, bytes } of kern) {
        try {
          await conn.insertArrowFromIPCStream(bytes, { name: table, create: true });
        } catch (e) {
          throw new DataLoadError(bericht(F.bestandNietIngelezen, { file: `${table}.arrow` }), e);
        }
      }
      // The text tables start empty; their parts are appended when a query needs them.
      for (const t of TEKST_TABELLEN) await conn.query(createTableSql(t));
      await conn.query(createZoekindexSql());
      for (const s of AFTER_LOAD) await conn.query(s);
      const delen = new DelenLader((b) => laadDeel(db, b));
      const delenVoor = maakTekstDelen(
        manifest,
        (q) => voerUit(db, q),
        (b) => delen.zorgVoor(b),
      );
      return { db, manifest, delen, delenVoor };
    } finally {
      await conn.close();
    }
  } catch (e) {
    await db.terminate().catch(() => undefined);
    worker.terminate();
    throw e instanceof DataLoadError ? e : new DataLoadError(F.gegevensNietGeladen, e);
  }
}

/** Fetch, check and append one text part to its (already created) table. */
async function laadDeel(db: duckdb.AsyncDuckDB, b: DataBestand): Promise<void> {
  const bytes = await fetchChecked(b);
  const conn = await db.connect();
  try {
    await conn.insertArrowFromIPCStream(bytes, { name: b.tabel, create: false });
  } catch (e) {
    throw new DataLoadError(bericht(F.bestandNietIngelezen, { file: b.name }), e);
  } finally {
    await conn.close();
  }
}

/** The data manifest as loaded (after `getDb`). */
export async function getManifest(): Promise<DataManifest> {
  return (await getDb()).manifest;
}

/** Run one parameterised statement on `conn`; rows as plain objects. */
async function vraag<Row>(conn: duckdb.AsyncDuckDBConnection, q: Query<Row>): Promise<Row[]> {
  let stmt: duckdb.AsyncPreparedStatement | undefined;
  try {
    stmt = await conn.prepare(q.sql);
    return tableToObjects(await stmt.query(...q.params)) as Row[];
  } catch (e) {
    throw new QueryError(q, e);
  } finally {
    await stmt?.close().catch(() => undefined);
  }
}

/**
 * Run one parameterised statement on a fresh connection; rows come back as plain objects. The text
 * parts the query declares (`q.teksten`) are loaded first, each file once; for a search only the
 * parts that can hold a hit, found through the search index (./zoekindex.ts).
 */
export async function runQuery<Row>(q: Query<Row>): Promise<Row[]> {
  const { db, delen, delenVoor } = await getDb();
  await delen.zorgVoor(await delenVoor(q.teksten));
  return voerUit(db, q);
}

/** Run one statement on a fresh connection, loading nothing. */
async function voerUit<Row>(db: duckdb.AsyncDuckDB, q: Query<Row>): Promise<Row[]> {
  let conn: duckdb.AsyncDuckDBConnection | undefined;
  try {
    conn = await db.connect();
    return await vraag(conn, q);
  } catch (e) {
    throw e instanceof QueryError ? e : new QueryError(q, e);
  } finally {
    await conn?.close().catch(() => undefined);
  }
}

let deelNummer = 0;

/**
 * A part's teksten in a table of its own for one query (see `DeelMotor.metDeel`): fetched and checked
 * like any part, inserted, queried and dropped, so no part stays in memory after its rows are read.
 */
async function metDeel<Row>(
  g: Geladen,
  b: DataBestand,
  bouw: (tabel: DeelTabel) => Query<Row>,
  signal?: AbortSignal,
): Promise<Row[]> {
  // A part that a view is loading already (the next page, loaded ahead) is not fetched twice.
  await g.delen.onderweg(b.name)?.catch(() => undefined);
  if (signal?.aborted) throw afgebroken(signal);
  if (g.delen.isGeladen(b.name)) return runQuery(bouw('teksten'));
  const bytes = await fetchChecked(b, signal);
  if (signal?.aborted) throw afgebroken(signal);
  const tabel: DeelTabel = `deel_teksten_${++deelNummer}`;
  const conn = await g.db.connect();
  try {
    try {
      await conn.insertArrowFromIPCStream(bytes, { name: tabel, create: true });
    } catch (e) {
      throw new DataLoadError(bericht(F.bestandNietIngelezen, { file: b.name }), e);
    }
    return await vraag(conn, bouw(tabel));
  } finally {
    await conn.query(`DROP TABLE IF EXISTS "${tabel}"`).catch(() => undefined);
    await conn.close().catch(() => undefined);
  }
}

/** See `voerPerDeelUit` (./perDeel.ts). */
export async function runQueryPerDeel<Row>(opdracht: PerDeelOpdracht<Row>): Promise<PerDeelUitkomst> {
  const g = await getDb();
  const motor: DeelMotor = {
    manifest: g.manifest,
    run: runQuery,
    metDeel: (b, bouw, signal) => metDeel(g, b, bouw, signal),
  };
  return voerPerDeelUit(motor, opdracht);
}

/** See `zoekBereik` (./zoekBereik.ts). */
export async function runZoekBereik<A extends { aantal: number }>(
  opdracht: ZoekBereikOpdracht<A>,
): Promise<ZoekBereik<A>> {
  const g = await getDb();
  return zoekBereik({ manifest: g.manifest, run: runQuery, tekstDelen: g.delenVoor }, opdracht);
}
