import { useCallback, useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { appStore, type AppState } from './store';

/**
 * Subscribe a component to a slice of the app store. Unlike zustand's `useStore`, the server (and
 * hydration) snapshot is the current state, not the initial one: the prerender and the hydrating
 * client both set the catalog before rendering, so both render the same markup.
 */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  const get = useCallback(() => selector(appStore.getState()), [selector]);
  return useSyncExternalStore(appStore.subscribe, get, get);
}

/** Like `useAppStore`, for selectors that build a new object/array (shallow-compared). */
export function useAppStoreShallow<T>(selector: (s: AppState) => T): T {
  return useAppStore(useShallow(selector));
}
