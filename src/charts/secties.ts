/** Rows of a heatmap grouped into sections by thema, with a heading per criterium. Framework-free. */
import type { RijSortering, RijTotaal } from '../model/queries';

/** The heading of a criterium within a thema's section. */
export interface CriteriumKop {
  readonly soort: 'criterium';
  readonly code: string;
  readonly tekst: string;
}

/** A section of rows (`I`) and criterium headings. */
export interface SectieVan<I> {
  readonly key: string;
  /** Thema name, or null when rows are sorted by number of verbeterpunten. */
  readonly titel: string | null;
  readonly items: readonly (CriteriumKop | I)[];
}

/**
 * One section per thema with a heading before each criterium, in the order of `rijTotalen`; sorted by
 * verbeterpunten, a single untitled section of rows. `item(index)` makes the row item of `rijTotalen[index]`.
 */
export function inSecties<I>(
  rijTotalen: readonly Pick<RijTotaal, 'thema_code' | 'thema' | 'criterium_code' | 'criterium'>[],
  sortering: RijSortering,
  item: (index: number) => I,
): SectieVan<I>[] {
  if (sortering === 'verbeterpunten')
    return [{ key: 'gesorteerd', titel: null, items: rijTotalen.map((_, index) => item(index)) }];
  const secties: SectieVan<I>[] = [];
  let criterium = '';
  rijTotalen.forEach((r, index) => {
    let sectie = secties.at(-1);
    if (!sectie || sectie.key !== r.thema_code) {
      sectie = { key: r.thema_code, titel: r.thema, items: [] };
      secties.push(sectie);
      criterium = '';
    }
    const items = sectie.items as (CriteriumKop | I)[];
    if (r.criterium_code !== criterium) {
      criterium = r.criterium_code;
      items.push({ soort: 'criterium', code: r.criterium_code, tekst: r.criterium });
    }
    items.push(item(index));
  });
  return secties;
}
