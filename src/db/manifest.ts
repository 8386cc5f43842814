/**
 * data/manifest.json as the loaders read it (the browser engine, the Node loader of the prerender and
 * the tests). Pure: no fetch, no DuckDB.
 */
import { fout } from '../i18n/berichten';
import { bericht, DataLoadError } from './errors';
import type { TekstBehoefte } from './query';
import { KERN_TABELLEN, SCHEMA, TEKST_TABELLEN, ZOEKINDEX_TABEL, type TableName } from './schema';

/**
 * One Arrow file of the manifest. `gemeente_ids` is set for a text part, `tekens` for a part of the
 * search index (the first characters of its keys); both null for a core table.
 */
export interface DataBestand {
  readonly name: string;
  readonly tabel: TableName | typeof ZOEKINDEX_TABEL;
  readonly bytes: number;
  readonly rows: number;
  readonly sha256: string;
  readonly gemeente_ids: readonly string[] | null;
  readonly tekens?: readonly string[] | null;
}

export interface DataManifest {
  readonly synthetisch: boolean;
  readonly bestanden: readonly DataBestand[];
}

const NAAM = /^[a-z][a-z0-9_]*(-\d{3})?\.arrow$/;
const ONGELDIG = fout.manifestOngeldig;

/** Check and read the manifest; a `DataLoadError` (Dutch) when it does not fit. */
export function leesDataManifest(json: unknown): DataManifest {
  const m = json as { bestanden?: unknown; synthetisch?: unknown } | null;
  if (!m || !Array.isArray(m.bestanden)) throw new DataLoadError(ONGELDIG);
  const bestanden: DataBestand[] = [];
  for (const f of m.bestanden as Record<string, unknown>[]) {
    const { name, bytes, rows, sha256, tabel, gemeente_ids, tekens } = f ?? {};
    if (typeof name !== 'string' || !NAAM.test(name)) throw new DataLoadError(ONGELDIG);
    if (typeof bytes !== 'number' || typeof sha256 !== 'string' || typeof rows !== 'number')
      throw new DataLoadError(ONGELDIG);
    const t = typeof tabel === 'string' ? tabel : name.replace(/(-\d{3})?\.arrow$/, '');
    if (t === ZOEKINDEX_TABEL) {
      if (!Array.isArray(tekens) || !tekens.every((c) => typeof c === 'string' && c !== ''))
        throw new DataLoadError(ONGELDIG);
      bestanden.push({ name, tabel: t, bytes, rows, sha256, gemeente_ids: null, tekens });
      continue;
    }
    if (!Object.hasOwn(SCHEMA, t)) continue;
    const deel = (TEKST_TABELLEN as readonly string[]).includes(t);
    if (deel !== Array.isArray(gemeente_ids)) throw new DataLoadError(ONGELDIG);
    const ids = deel ? (gemeente_ids as unknown[]) : null;
    if (ids && !ids.every((g) => typeof g === 'string')) throw new DataLoadError(ONGELDIG);
    bestanden.push({
      name,
      tabel: t as TableName,
      bytes,
      rows,
      sha256,
      gemeente_ids: ids as string[] | null,
    });
  }
  const missing = KERN_TABELLEN.filter((t) => !bestanden.some((b) => b.tabel === t && !b.gemeente_ids));
  if (bestanden.some((b) => b.tekens) && !bestanden.some((b) => b.gemeente_ids && b.tabel === 'teksten'))
    throw new DataLoadError(ONGELDIG);
  if (missing.length)
    throw new DataLoadError(bericht(fout.tabellenOntbreken, { tabellen: missing.join(', ') }));
  return { synthetisch: m.synthetisch === true, bestanden };
}

/** The core files, loaded at start. */
export function kernBestanden(m: DataManifest): DataBestand[] {
  return m.bestanden.filter((b) => b.gemeente_ids === null && !b.tekens);
}

/** The parts of the search index (none when the texts are in one part). */
export function zoekindexBestanden(m: DataManifest): DataBestand[] {
  return m.bestanden.filter((b) => b.tekens);
}

/**
 * The text parts a query needs: for `'alle'` every part, for a list of gemeente ids the parts that
 * hold one of them, for none (undefined or an empty list) nothing. Manifest order. A search
 * (`{ zoek }`) gives the parts of its gemeenten (all without): a loader that does not read the search
 * index (./zoekindex.ts `zoekDelen`) still gets every part that can hold a hit.
 */
export function tekstBestandenVoor(m: DataManifest, teksten: TekstBehoefte | undefined): DataBestand[] {
  if (teksten === undefined) return [];
  if (typeof teksten === 'object' && 'zoek' in teksten)
    return tekstBestandenVoor(m, teksten.gemeenten ?? 'alle');
  const delen = m.bestanden.filter((b) => b.gemeente_ids !== null);
  if (teksten === 'alle') return delen;
  const gevraagd = new Set(teksten);
  return delen.filter((b) => b.gemeente_ids?.some((g) => gevraagd.has(g)));
}

/**
 * Loads each text part once: keeps the in-flight promise per file, forgets it when loading failed so a
 * later query can try again. `laad` fetches, checks and inserts one file.
 */
export class DelenLader {
  private readonly bezig = new Map<string, Promise<void>>();
  private readonly klaar = new Set<string>();
  constructor(private readonly laad: (b: DataBestand) => Promise<void>) {}

  /** Whether `name` is loaded completely (not only asked for). */
  isGeladen(name: string): boolean {
    return this.klaar.has(name);
  }

  /** The load of `name` while it is under way (asked for, not yet in the database), else undefined. */
  onderweg(name: string): Promise<void> | undefined {
    return this.klaar.has(name) ? undefined : this.bezig.get(name);
  }

  /** Resolves when every part in `bestanden` is in the database. */
  zorgVoor(bestanden: readonly DataBestand[]): Promise<void> {
    return Promise.all(
      bestanden.map((b) => {
        let p = this.bezig.get(b.name);
        if (!p) {
          p = this.laad(b);
          this.bezig.set(b.name, p);
          p.then(
            () => this.klaar.add(b.name),
            () => this.bezig.delete(b.name),
          );
        }
        return p;
      }),
    ).then(() => undefined);
  }

  /** Names of the files loaded or being loaded, in the order they were asked for. */
  geladen(): string[] {
    return [...this.bezig.keys()];
  }
}
