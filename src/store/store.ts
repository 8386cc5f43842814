/**
 * The app state: one vanilla zustand store composed of slices (src/store/slices). To add state for a
 * new view, write a slice next to the others and add it to `AppState` and `createAppStore`; for state
 * that belongs in the URL use `registerUrlParam` (src/store/url.ts) plus `extra`/`setExtra`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createAppSlice, type AppSlice } from './slices/app';
import { createFiltersSlice, type FiltersSlice } from './slices/filters';
import { createSelectionSlice, type SelectionSlice } from './slices/selection';
import { createTaalSlice, type TaalSlice } from './slices/taal';
import { createViewSlice, type ViewSlice } from './slices/view';
import type { UrlState } from './types';

export type AppState = ViewSlice & FiltersSlice & SelectionSlice & AppSlice & TaalSlice;
export type AppStore = StoreApi<AppState>;

/** A fresh store (tests create their own; the app uses `appStore`). */
export function createAppStore(initial: Partial<AppState> = {}): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createViewSlice(...a),
    ...createFiltersSlice(...a),
    ...createSelectionSlice(...a),
    ...createAppSlice(...a),
    ...createTaalSlice(...a),
    ...initial,
  }));
}

/** The URL part of the state. */
export function selectUrlState(s: AppState): UrlState {
  return {
    view: s.view,
    filters: s.filters,
    cel: s.cel,
    indicator: s.indicator,
    extra: s.extra,
    taal: s.taal,
  };
}

/** The app's store. */
export const appStore: AppStore = createAppStore();
