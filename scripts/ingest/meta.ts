import type { Dataset } from './dataset';
import { IngestError } from './errors';
import type { GemeenteMeta, Publicatie } from './write';

/** One entry of data/raw/manifest.json (the fields the ingest reads). */
export interface ManifestEntry {
  bestand: string;
  gemeente: string;
  layout: string;
  provincie?: unknown;
  publicatiemaand?: unknown;
  titel?: unknown;
  uitgever?: unknown;
}

const tekstOfNull = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** The original publication of each source file, from its manifest entry (nulls without one). */
export function publicatieVan(entries: readonly ManifestEntry[]): (bestand: string) => Publicatie {
  return (bestand) => {
    const e = entries.find((x) => x.bestand === bestand);
    const maand = tekstOfNull(e?.publicatiemaand);
    return {
      titel: tekstOfNull(e?.titel),
      uitgever: tekstOfNull(e?.uitgever),
      publicatiemaand: maand && /^\d{4}-\d{2}$/.test(maand) ? maand : null,
    };
  };
}

const MANIFEST_NAAM = 'data/raw/manifest.json';

/** provincie and jaar of one manifest entry; a clear error naming manifest.json when one is missing. */
export function entryMeta(e: ManifestEntry): GemeenteMeta {
  if (typeof e.provincie !== 'string' || e.provincie.trim() === '') {
    throw new IngestError(MANIFEST_NAAM, null, `geen provincie bij ${e.bestand} (${e.gemeente})`);
  }
  const jaar =
    typeof e.publicatiemaand === 'string' ? /^(\d{4})-\d{2}$/.exec(e.publicatiemaand)?.[1] : undefined;
  if (!jaar)
    throw new IngestError(
      MANIFEST_NAAM,
      null,
      `geen publicatiemaand (JJJJ-MM) bij ${e.bestand} (${e.gemeente})`,
    );
  return { provincie: e.provincie, jaar: Number(jaar) };
}

/**
 * provincie and jaar per gemeente: from the manifest entry of a source file when it has one (every
 * copy of a gemeente must agree), else no provincie and the year printed in the factsheet, if any.
 */
export function metaVan(
  ds: Dataset,
  entries: readonly ManifestEntry[],
): (gemeenteId: string) => GemeenteMeta {
  const per = new Map<string, GemeenteMeta>();
  for (const d of ds.documenten) {
    const e = entries.find((x) => x.bestand === d.bestand);
    const jaarInDocument = /\b(\d{4})\b/.exec(d.maand_in_document ?? '')?.[1];
    const m: GemeenteMeta = e
      ? entryMeta(e)
      : { provincie: null, jaar: jaarInDocument ? Number(jaarInDocument) : null };
    const eerder = per.get(d.gemeente_id);
    if (eerder && e && (eerder.provincie !== m.provincie || eerder.jaar !== m.jaar)) {
      throw new IngestError(
        MANIFEST_NAAM,
        null,
        `provincie of jaar verschilt tussen de bestanden van ${d.gemeente_id}`,
      );
    }
    if (!eerder || e) per.set(d.gemeente_id, m);
  }
  return (id) => per.get(id) ?? { provincie: null, jaar: null };
}
