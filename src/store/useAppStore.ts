import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { appStore, type AppState } from './store';

/** Subscribe a component to a slice of the app store. */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}

/** Like `useAppStore`, for selectors that build a new object/array (shallow-compared). */
export function useAppStoreShallow<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, useShallow(selector));
}
