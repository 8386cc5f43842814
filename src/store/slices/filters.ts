import type { StateCreator } from 'zustand/vanilla';
import type { RijSortering } from '../../model/queries';
import { THEMAS, type ThemaCode } from '../../model/toetsingskader';
import type { AppState } from '../store';
import { DEFAULT_FILTERS, type Filters } from '../types';

export interface FiltersSlice {
  filters: Filters;
  toggleGemeente(id: string): void;
  toggleAanpak(id: string): void;
  toggleThema(code: ThemaCode): void;
  setAlleenVerbeterpunten(on: boolean): void;
  setSorteer(sorteer: RijSortering): void;
  resetFilters(): void;
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
export function effectieveAanpakken(state: Pick<AppState, 'filters' | 'catalog'>): string[] {
  const { gemeenten, aanpakken } = state.filters;
  return (state.catalog?.aanpakken ?? [])
    .filter((a) => !gemeenten.length || gemeenten.includes(a.gemeente_id))
    .filter((a) => !aanpakken.length || aanpakken.includes(a.aanpak_id))
    .map((a) => a.aanpak_id);
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set, get) => ({
  filters: DEFAULT_FILTERS,
  toggleGemeente: (id) => {
    const { filters, catalog } = get();
    const all = catalog?.gemeenten.map((g) => g.gemeente_id) ?? [];
    const gemeenten = toggleIn(filters.gemeenten, id, all);
    if (!gemeenten) return;
    let next: Filters = { ...filters, gemeenten };
    // Never leave an empty table: if no chosen aanpak remains, show all aanpakken of these gemeenten.
    if (effectieveAanpakken({ filters: next, catalog }).length === 0) next = { ...next, aanpakken: [] };
    set({ filters: next });
  },
  toggleAanpak: (id) => {
    const { filters, catalog } = get();
    const all = catalog?.aanpakken.map((a) => a.aanpak_id) ?? [];
    const aanpakken = toggleIn(filters.aanpakken, id, all);
    if (!aanpakken) return;
    const next: Filters = { ...filters, aanpakken };
    if (effectieveAanpakken({ filters: next, catalog }).length === 0) return;
    set({ filters: next });
  },
  toggleThema: (code) => {
    const { filters } = get();
    const themas = toggleIn(
      filters.themas,
      code,
      THEMAS.map((t) => t.code),
    );
    if (themas) set({ filters: { ...filters, themas } });
  },
  setAlleenVerbeterpunten: (on) => set((s) => ({ filters: { ...s.filters, alleenVerbeterpunten: on } })),
  setSorteer: (sorteer) => set((s) => ({ filters: { ...s.filters, sorteer } })),
  resetFilters: () =>
    set((s) => {
      // The zoom and jaar of a national dataset (#4, src/store/schaal.ts) are filters too.
      const { provincie: _p, jaar: _j, ...extra } = s.extra;
      return { filters: DEFAULT_FILTERS, extra };
    }),
});
