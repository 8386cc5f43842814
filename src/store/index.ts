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
export { INBEDDEN_PARAM, isIngebed, metInbedden, zonderInbedden } from './inbedden';
export { effectieveAanpakken, toggleIn } from './slices/filters';
export * from './types';
