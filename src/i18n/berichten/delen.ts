import type { Meervoud, Tekst } from '../core';

/** Pictures to download (SVG, PNG), the embed mode and the embed code (#19). */
export const delen = {
  bron: { nl: 'Bron: STJ, factsheets november 2013', en: 'Source: STJ, factsheets November 2013' },
  filters: { nl: 'Filters: {filters}', en: 'Filters: {filters}' },
  geenFilters: { nl: 'geen: alle oordelen', en: 'none: all assessments' },
  alleenVerbeterpunten: { nl: 'alleen verbeterpunten', en: 'only points for improvement' },
  gesorteerd: {
    nl: 'gesorteerd op aantal verbeterpunten',
    en: 'sorted by number of points for improvement',
  },
  aanpakken: { nl: 'aanpakken {lijst}', en: 'approaches {lijst}' },
  themas: { nl: 'thema’s {lijst}', en: 'themes {lijst}' },
  jaar: { nl: 'jaar {jaar}', en: 'year {jaar}' },
  provincie: { nl: 'provincie {provincie}', en: 'province {provincie}' },
  heatmapTitel: { nl: 'Oordelen per indicator en aanpak', en: 'Assessments per indicator and approach' },
  rankingTitel: {
    nl: 'Terugkerende verbeterpunten: indicatoren met de meeste verbeterpunten eerst',
    en: 'Recurring points for improvement: indicators with the most points for improvement first',
  },
  vergelijkenTitel: {
    nl: 'Gemeenten vergelijken: hoeveel indicatoren voldoen, per thema',
    en: 'Compare municipalities: how many indicators meet the standard, per theme',
  },
  voldoetLegenda: {
    nl: 'deel van de indicatoren van het thema dat voldoet (√)',
    en: 'share of the theme’s indicators that meet the standard (√)',
  },
  heatmapBeschrijving: {
    nl: '{aanpakken} en {indicatoren}; elk vakje is één oordeel uit de factsheets.',
    en: '{aanpakken} and {indicatoren}; each cell is one assessment from the factsheets.',
  },
  overzichtTitel: {
    nl: 'Aandeel aanpakken met een verbeterpunt, per indicator',
    en: 'Share of approaches needing improvement, per indicator',
  },
  overzichtBeschrijving: {
    nl: '{groepen} en {indicatoren}; elk vakje telt de aanpakken met een verbeterpunt (X).',
    en: '{groepen} and {indicatoren}; each cell counts the approaches needing improvement (X).',
  },
  indicatorenWoord: {
    nl: { one: '{n} indicator', other: '{n} indicatoren' },
    en: { one: '{n} indicator', other: '{n} indicators' },
  } satisfies Meervoud,
  geenOordeel: { nl: 'geen oordeel', en: 'no assessment' },
  afbeelding: { nl: 'Afbeelding downloaden', en: 'Download picture' },
  svg: { nl: 'SVG downloaden', en: 'Download SVG' },
  png: { nl: 'PNG downloaden', en: 'Download PNG' },
  gedownload: { nl: '{bestand} is gedownload.', en: '{bestand} has been downloaded.' },
  mislukt: {
    nl: 'De afbeelding kon niet worden gemaakt: {fout}',
    en: 'The picture could not be made: {fout}',
  },
  ditDashboard: { nl: 'het GGSR-dashboard', en: 'the GGSR dashboard' },
  bekijkOp: { nl: 'Bekijk op {site}', en: 'View on {site}' },
  volledigeWeergave: {
    nl: 'volledige weergave, opent in een nieuw venster',
    en: 'full view, opens in a new window',
  },
  inbeddenKop: { nl: 'Insluiten op uw eigen website', en: 'Embed on your own website' },
  inbeddenUitleg: {
    nl:
      'Met deze code toont u één onderdeel van het dashboard op uw eigen website, zonder de kop en het menu ' +
      'van deze site, met een link naar de volledige weergave. De filters die u nu hebt gekozen gaan mee.',
    en:
      'With this code you show one part of the dashboard on your own website, without this site’s header and ' +
      'menu, with a link to the full view. The filters you have chosen now are kept.',
  },
  inbeddenOnderdeel: { nl: 'Onderdeel', en: 'Part' },
  inbeddenCode: { nl: 'Code om in te sluiten (iframe)', en: 'Embed code (iframe)' },
  kopieerCode: { nl: 'Kopieer code', en: 'Copy code' },
  codeGekopieerd: { nl: 'De code is gekopieerd.', en: 'The code has been copied.' },
  kopierenMislukt: {
    nl: 'Kopiëren lukte niet. Selecteer de code en kopieer hem zelf.',
    en: 'Copying did not work. Select the code and copy it yourself.',
  },
  iframeTitel: { nl: '{view} (GGSR-toezicht 2013)', en: '{view} (GGSR inspection 2013)' },
} as const satisfies Record<string, Tekst | Meervoud>;
