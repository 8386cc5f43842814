/** Readable names of the source documents ("Factsheet Emmen (STJ, november 2013), tekstversie"). */
import { B, datum, vertaal, type Taal } from '../i18n';

export interface BronDocInfo {
  readonly bestand: string;
  readonly gemeente: string | null;
  readonly uitgever: string | null;
  /** `JJJJ-MM`. */
  readonly publicatiemaand: string | null;
}

/** "november 2013" / "November 2013" for `2013-11`; null for anything else. */
export function publicatieMaand(taal: Taal, maand: string | null): string | null {
  const m = /^(\d{4})-(\d{2})$/.exec(maand ?? '');
  return m ? datum(taal, new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)), 'maand') : null;
}

/** The short form of a publisher: what is in brackets at the end ("(STJ)"), else the whole name. */
export function uitgeverKort(uitgever: string): string {
  return /\(([^()]+)\)\s*$/.exec(uitgever)?.[1]?.trim() ?? uitgever;
}

/**
 * The name of a document in the interface. Several text versions of one factsheet (Oosterhout) are
 * numbered in file order: `kopie` is [number, count].
 */
export function bronNaam(taal: Taal, d: BronDocInfo, kopie: readonly [number, number] = [1, 1]): string {
  const gemeente = d.gemeente ?? d.bestand;
  const maand = publicatieMaand(taal, d.publicatiemaand);
  if (!maand || !d.uitgever) return vertaal(taal, B.bron.naamKaal, { gemeente });
  const w = { gemeente, uitgever: uitgeverKort(d.uitgever), maand };
  return kopie[1] > 1
    ? vertaal(taal, B.bron.naamKopie, { ...w, n: kopie[0], m: kopie[1] })
    : vertaal(taal, B.bron.naam, w);
}

/** [number, count] of `bestand` among the documents of its gemeente (by file name). */
export function kopieVan(
  docs: readonly { bestand: string; gemeente_id?: string; gemeente?: string | null }[],
  bestand: string,
): [number, number] {
  const d = docs.find((x) => x.bestand === bestand);
  const zelfde = docs
    .filter((x) => (d?.gemeente_id ?? d?.gemeente) === (x.gemeente_id ?? x.gemeente))
    .map((x) => x.bestand)
    .sort();
  return [zelfde.indexOf(bestand) + 1, zelfde.length];
}
