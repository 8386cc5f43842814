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
