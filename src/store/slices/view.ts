import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from '../store';
import type { ViewId } from '../types';

export interface ViewSlice {
  view: ViewId;
  /** Indicator shown by the `indicator` view. */
  indicator: string | null;
  setView(view: ViewId): void;
  /** Go to the `indicator` view for one indicator code (closing any open drill-down). */
  openIndicator(code: string): void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  view: 'heatmap',
  indicator: null,
  setView: (view) => set({ view }),
  openIndicator: (code) => set({ view: 'indicator', indicator: code, cel: null }),
});
