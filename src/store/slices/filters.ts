import type { StateCreator } from 'zustand/vanilla';
import type { RijSortering } from '../../model/queries';
import { THEMAS, type ThemaCode } from '../../model/toetsingskader';
import type { AppState } from '../store';
import { metAanpak, metGemeente, metThema } from '../filterKeuze';
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

export { effectieveAanpakken, toggleIn } from '../filterKeuze';

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set, get) => ({
  filters: DEFAULT_FILTERS,
  toggleGemeente: (id) => {
    const next = metGemeente(get().filters, id, get().catalog);
    if (next) set({ filters: next });
  },
  toggleAanpak: (id) => {
    const next = metAanpak(get().filters, id, get().catalog);
    if (next) set({ filters: next });
  },
  toggleThema: (code) => {
    const next = metThema(
      get().filters,
      code,
      THEMAS.map((t) => t.code),
    );
    if (next) set({ filters: next });
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
