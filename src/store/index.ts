export { appStore, createAppStore, selectUrlState, type AppState, type AppStore } from './store';
export { useAppStore, useAppStoreShallow } from './useAppStore';
export {
  formatUrl,
  parseUrl,
  parseTaal,
  parseView,
  registerUrlParam,
  registeredUrlParams,
  type UrlParamSpec,
} from './url';
export { startUrlSync } from './urlSync';
export { effectieveAanpakken, toggleIn } from './slices/filters';
export * from './types';
