/**
 * What a click on a home filter does to the filters, and how each control then shows: one pure module
 * for the store's actions (./slices/filters.ts), the filter panel (src/components/FilterPanel.tsx) and
 * the early layer that answers the prerendered form before the app has taken over (src/app/voorfilter.ts).
 */
import type { Filters } from './types';

/** The part of the catalog the filters need: ids in catalog order, each aanpak with its gemeente. */
export interface KeuzeCatalog {
  readonly gemeenten: readonly { readonly gemeente_id: string }[];
  readonly aanpakken: readonly { readonly aanpak_id: string; readonly gemeente_id: string }[];
}

/**
 * Toggle `id` in a filter list where [] means "all of `all`". The result is in `all` order, [] when
 * everything is selected again; removing the last selected item is refused (returns null).
 */
export function toggleIn<T extends string>(current: readonly T[], id: T, all: readonly T[]): T[] | null {
  if (!all.includes(id)) return null;
  const shown = current.length ? current : all;
  const next = new Set<T>(shown);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  const ordered = all.filter((x) => next.has(x));
  if (ordered.length === 0) return null;
  return ordered.length === all.length ? [] : ordered;
}

/** The aanpakken that pass both the gemeente and the aanpak filter. */
export function effectieveAanpakken(state: {
  readonly filters: Filters;
  readonly catalog: KeuzeCatalog | null;
}): string[] {
  const { gemeenten, aanpakken } = state.filters;
  return (state.catalog?.aanpakken ?? [])
    .filter((a) => !gemeenten.length || gemeenten.includes(a.gemeente_id))
    .filter((a) => !aanpakken.length || aanpakken.includes(a.aanpak_id))
    .map((a) => a.aanpak_id);
}

/** The filters after a click on gemeente `id`; null when refused (the last one shown). */
export function metGemeente(filters: Filters, id: string, catalog: KeuzeCatalog | null): Filters | null {
  const all = catalog?.gemeenten.map((g) => g.gemeente_id) ?? [];
  const gemeenten = toggleIn(filters.gemeenten, id, all);
  if (!gemeenten) return null;
  const next: Filters = { ...filters, gemeenten };
  // Never leave an empty table: if no chosen aanpak remains, show all aanpakken of these gemeenten.
  return effectieveAanpakken({ filters: next, catalog }).length === 0 ? { ...next, aanpakken: [] } : next;
}

/** The filters after a click on aanpak `id`; null when refused (no aanpak would be left). */
export function metAanpak(filters: Filters, id: string, catalog: KeuzeCatalog | null): Filters | null {
  const all = catalog?.aanpakken.map((a) => a.aanpak_id) ?? [];
  const aanpakken = toggleIn(filters.aanpakken, id, all);
  if (!aanpakken) return null;
  const next: Filters = { ...filters, aanpakken };
  return effectieveAanpakken({ filters: next, catalog }).length === 0 ? null : next;
}

/** The filters after a click on thema `code` of `alle` (the toetsingskader's, in order); null when refused. */
export function metThema(filters: Filters, code: string, alle: readonly string[]): Filters | null {
  const themas = toggleIn(filters.themas as readonly string[], code, alle);
  return themas ? { ...filters, themas: themas as Filters['themas'] } : null;
}

/** Whether `id` shows as chosen in a filter list where [] means all. */
export const isChecked = (filter: readonly string[], id: string) =>
  filter.length === 0 || filter.includes(id);
/** Whether `id` is the only one chosen (its box cannot be cleared). */
export const isLaatste = (filter: readonly string[], id: string) => filter.length === 1 && filter[0] === id;

/** How a checkbox of the home filters shows. */
export interface VinkjeStand {
  readonly checked: boolean;
  readonly disabled: boolean;
}

/** The gemeente box of `id`. */
export const gemeenteVinkje = (f: Filters, id: string): VinkjeStand => ({
  checked: isChecked(f.gemeenten, id),
  disabled: isLaatste(f.gemeenten, id),
});

/** The aanpak box of `aanpak` (off and disabled while its gemeente is filtered away). */
export function aanpakVinkje(
  f: Filters,
  aanpak: { readonly aanpak_id: string; readonly gemeente_id: string },
): VinkjeStand {
  const gemeenteAan = isChecked(f.gemeenten, aanpak.gemeente_id);
  return {
    checked: gemeenteAan && isChecked(f.aanpakken, aanpak.aanpak_id),
    disabled: !gemeenteAan || isLaatste(f.aanpakken, aanpak.aanpak_id),
  };
}

/** The thema box of `code`. */
export const themaVinkje = (f: Filters, code: string): VinkjeStand => ({
  checked: isChecked(f.themas, code),
  disabled: isLaatste(f.themas, code),
});
