import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from '../store';
import type { Cel } from '../types';

export interface SelectionSlice {
  /** The open drill-down cell, or null. Any view may open one. */
  cel: Cel | null;
  openCel(cel: Cel): void;
  closeCel(): void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  cel: null,
  openCel: (cel) => set({ cel: { aanpak: cel.aanpak, indicator: cel.indicator } }),
  closeCel: () => set({ cel: null }),
});
