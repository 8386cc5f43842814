import type { AanpakOptie, GemeenteOptie, RijSortering } from '../model/queries';
import type { ThemaCode } from '../model/toetsingskader';
import type { Taal } from '../i18n/core';

/** Every view of the app; the URL param `weergave` uses these ids. */
export const VIEW_IDS = [
  'heatmap',
  'ranking',
  'indicator',
  'vergelijken',
  'bevindingen',
  'methode',
  'open-data',
  'toegankelijkheid',
  'privacy',
  'colofon',
  'factsheet',
  'begrippen',
  'bron',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** Filters shared by the views. An empty list means "all". Lists are kept in catalog order. */
export interface Filters {
  readonly gemeenten: readonly string[];
  readonly aanpakken: readonly string[];
  readonly themas: readonly ThemaCode[];
  readonly alleenVerbeterpunten: boolean;
  readonly sorteer: RijSortering;
}

export const DEFAULT_FILTERS: Filters = {
  gemeenten: [],
  aanpakken: [],
  themas: [],
  alleenVerbeterpunten: false,
  sorteer: 'volgorde',
};

/** One heatmap cell: an aanpak and an indicator code. In the URL: `cel=emmen.oggz~A9`. */
export interface Cel {
  readonly aanpak: string;
  readonly indicator: string;
}

/** The part of the state that lives in the URL. */
export interface UrlState {
  readonly view: ViewId;
  readonly filters: Filters;
  readonly cel: Cel | null;
  /** Indicator code for the `indicator` view (`indicator=A9`). */
  readonly indicator: string | null;
  /** Values of params registered with `registerUrlParam` (by param name). */
  readonly extra: Readonly<Record<string, string>>;
  /** Interface language (`taal=en`; absent = Dutch). */
  readonly taal: Taal;
}

export const DEFAULT_URL_STATE: UrlState = {
  view: 'heatmap',
  filters: DEFAULT_FILTERS,
  cel: null,
  indicator: null,
  extra: {},
  taal: 'nl',
};

/** Names and ids loaded from the data, used to validate URLs and label filters. */
export interface Catalog {
  readonly gemeenten: readonly GemeenteOptie[];
  readonly aanpakken: readonly AanpakOptie[];
  /** The data is synthetic test data (`npm run synth`): every view shows a banner. */
  readonly synthetisch?: boolean;
}

/** Ids that a URL may refer to. */
export interface KnownIds {
  readonly gemeenten: readonly string[];
  readonly aanpakken: readonly string[];
  /** Provincie names in the data (for `provincie=`). */
  readonly provincies?: readonly string[];
  /** Jaren in the data (for `jaar=`). */
  readonly jaren?: readonly number[];
}

const knownIdsCache = new WeakMap<Catalog, KnownIds>();
// Made when first needed: the early layer's inline script (src/voorfilter.ts) bundles this module, and
// a collator at load costs it tens of ms on a slow phone.
let provincieVolgorde: Intl.Collator | undefined;

/** The ids a URL may name, for `parseUrl`; computed once per catalog (it runs on every URL change). */
export function knownIds(catalog: Catalog | null): KnownIds {
  if (!catalog) return berekenKnownIds(null);
  let ids = knownIdsCache.get(catalog);
  if (!ids) {
    ids = berekenKnownIds(catalog);
    knownIdsCache.set(catalog, ids);
  }
  return ids;
}

function berekenKnownIds(catalog: Catalog | null): KnownIds {
  const provincies = new Set<string>();
  for (const g of catalog?.gemeenten ?? []) if (g.provincie) provincies.add(g.provincie);
  const jaren = new Set<number>();
  for (const a of catalog?.aanpakken ?? []) if (a.jaar !== null && a.jaar !== undefined) jaren.add(a.jaar);
  return {
    gemeenten: catalog?.gemeenten.map((g) => g.gemeente_id) ?? [],
    aanpakken: catalog?.aanpakken.map((a) => a.aanpak_id) ?? [],
    provincies: [...provincies].sort((provincieVolgorde ??= new Intl.Collator('nl')).compare),
    jaren: [...jaren].sort((x, y) => x - y),
  };
}
