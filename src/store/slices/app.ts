import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from '../store';
import type { Catalog, UrlState } from '../types';

export interface AppSlice {
  /** Gemeenten and aanpakken from the data; null until loaded. */
  catalog: Catalog | null;
  /** Messages about parts of the URL that were dropped (in the language of that URL). */
  problems: readonly string[];
  /** Values of extra URL params (see `registerUrlParam`), by param name. */
  extra: Readonly<Record<string, string>>;
  setCatalog(catalog: Catalog): void;
  /** Replace the URL part of the state (initial load, back/forward). */
  applyUrlState(state: UrlState, problems?: readonly string[]): void;
  dismissProblems(): void;
  /** Set (or with null: remove) an extra URL param value. */
  setExtra(name: string, value: string | null): void;
}

export const createAppSlice: StateCreator<AppState, [], [], AppSlice> = (set) => ({
  catalog: null,
  problems: [],
  extra: {},
  setCatalog: (catalog) => set({ catalog }),
  applyUrlState: (u, problems = []) =>
    set({
      view: u.view,
      filters: u.filters,
      cel: u.cel,
      indicator: u.indicator,
      extra: u.extra,
      taal: u.taal,
      problems,
    }),
  dismissProblems: () => set({ problems: [] }),
  setExtra: (name, value) =>
    set((s) => {
      const extra = { ...s.extra };
      if (value === null || value === '') delete extra[name];
      else extra[name] = value;
      return { extra };
    }),
});
