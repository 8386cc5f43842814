import type { Meervoud, Tekst } from '../core';

/** What a view's heading and status say about the shared filters (src/store/filterWoorden.ts). */
export const filterKop = {
  aanpakken: {
    nl: { one: 'aanpak {lijst}', other: 'aanpakken {lijst}' },
    en: { one: 'approach {lijst}', other: 'approaches {lijst}' },
  } satisfies Meervoud,
  aanpakVan: { nl: '{aanpak} ({gemeente})', en: '{aanpak} ({gemeente})' },
  themas: {
    nl: { one: 'thema {lijst}', other: "thema's {lijst}" },
    en: { one: 'theme {lijst}', other: 'themes {lijst}' },
  } satisfies Meervoud,
  alleenVerbeterpunten: { nl: 'alleen verbeterpunten', en: 'only points for improvement' },
  provincie: { nl: 'provincie {naam}', en: 'province {naam}' },
  indicator: { nl: 'indicator {code} {label}', en: 'indicator {code} {label}' },
  oordelen: { nl: 'oordeel {lijst}', en: 'judgement {lijst}' },
  metLetOp: { nl: 'met LET OP', en: 'with LET OP' },
  zonderLetOp: { nl: 'zonder LET OP', en: 'without LET OP' },
  zoek: { nl: 'zoekterm “{zoek}”', en: 'search term “{zoek}”' },
  /** A view's status line: what it shows, then what is filtered (or that nothing is). */
  status: { nl: '{wat}; gefilterd op {filters}.', en: '{wat}; filtered on {filters}.' },
  statusZonder: { nl: '{wat}; geen filter.', en: '{wat}; no filter.' },
  statusBevindingen: { nl: 'Gefilterd op {filters}.', en: 'Filtered on {filters}.' },
  statusBevindingenZonder: { nl: 'Geen filter.', en: 'No filter.' },
  statusRanking: {
    nl: {
      one: '{x} van {n} indicator met een verbeterpunt',
      other: '{x} van {n} indicatoren met een verbeterpunt',
    },
    en: { one: '{x} of {n} indicator needs improvement', other: '{x} of {n} indicators need improvement' },
  } satisfies Meervoud,
  statusVergelijken: {
    nl: { one: '{aanpakken} aanpakken van {n} gemeente', other: '{aanpakken} aanpakken van {n} gemeenten' },
    en: {
      one: '{aanpakken} approaches of {n} municipality',
      other: '{aanpakken} approaches of {n} municipalities',
    },
  } satisfies Meervoud,
  /** A view's title with the filters: "Terugkerende verbeterpunten: thema Aanpak". */
  titel: { nl: '{titel}: {filters}', en: '{titel}: {filters}' },
  toonAlles: { nl: 'Toon alles', en: 'Show all' },
  toonAllesUitleg: {
    nl: 'Gefilterd op {filters}. Toon alles wist deze filters.',
    en: 'Filtered on {filters}. Show all clears these filters.',
  },
  aantalActief: {
    nl: { one: 'Filters ({n} actief)', other: 'Filters ({n} actief)' },
    en: { one: 'Filters ({n} active)', other: 'Filters ({n} active)' },
  } satisfies Meervoud,
  geenActief: { nl: 'Filters', en: 'Filters' },
} as const satisfies Record<string, Tekst | Meervoud>;
