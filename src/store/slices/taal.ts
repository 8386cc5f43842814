import type { StateCreator } from 'zustand/vanilla';
import { STANDAARD_TAAL, type Taal } from '../../i18n/core';
import type { AppState } from '../store';

export interface TaalSlice {
  /** Interface language; in the URL as `taal=en` (absent = Dutch). Source texts stay Dutch. */
  taal: Taal;
  setTaal(taal: Taal): void;
}

export const createTaalSlice: StateCreator<AppState, [], [], TaalSlice> = (set) => ({
  taal: STANDAARD_TAAL,
  setTaal: (taal) => set({ taal }),
});
