/**
 * How the app reaches the early layer of the home view (./voorfilter.ts). The layer runs as an inline
 * script in index.html's head (src/voorfilter.ts, bundled at build), so it answers the filters as soon
 * as the form is parsed, before any module has arrived (#14). That script is a bundle of its own, with
 * its own copy of the layer's state: it leaves its handle on `window`, and the app calls it here. On a
 * page without it (a view's page, the dev server), the layer did not start and these do nothing.
 */
import type { Filters } from '../store/types';

/** What the early layer offers the app; see ./voorfilter.ts for each step. */
export interface VoorfilterLaag {
  overname(): 'niets' | 'gefilterd' | 'gesorteerd';
  stoppen(): void;
  loslaten(filters: Filters, standaard: boolean): void;
}

declare global {
  interface Window {
    /** Set by the head's inline script when the early layer has started on this page. */
    ggsrVoorfilter?: VoorfilterLaag;
  }
}

const laag = (): VoorfilterLaag | undefined =>
  typeof window === 'undefined' ? undefined : window.ggsrVoorfilter;

/** The inline script leaves the started layer's handle for the app. */
export function voorfilterAanbieden(l: VoorfilterLaag): void {
  window.ggsrVoorfilter = l;
}

/** Whether the early layer started on this page (the entry script then starts the app later). */
export const voorfilterGestart = (): boolean => laag() !== undefined;

/** The app takes over (src/start.tsx): see `voorfilterOvername` of ./voorfilter.ts. */
export const voorfilterOvername = (): 'niets' | 'gefilterd' | 'gesorteerd' => laag()?.overname() ?? 'niets';

/** The app has hydrated and applies the link (src/App.tsx): the layer stops answering. */
export const voorfilterStoppen = (): void => laag()?.stoppen();

/**
 * The heatmap shows `filters` (src/views/Heatmap.tsx, from a layout effect); `standaard`: they are
 * the store's initial filters, which the hydration shows before the link is applied.
 */
export const voorfilterLoslaten = (filters: Filters, standaard: boolean): void =>
  laag()?.loslaten(filters, standaard);
