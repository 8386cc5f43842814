import type { Meervoud, Tekst } from '../core';

/**
 * The heatmap at national scale (#4): the aggregated overview, its legend, the breadcrumb, the jaar,
 * provincie and gemeente filters and the pages of the indicator view. Provincie and gemeente names are
 * data and are not translated.
 */
export const schaal = {
  legendaUitleg: {
    nl:
      'In elk vakje: hoeveel aanpakken op dat punt een verbeterpunt (X) hadden, van alle aanpakken daar, en ' +
      'welk deel dat is. Een oordeel dat niet duidelijk is, staat er apart bij (?). De kleur herhaalt het ' +
      'deel met een verbeterpunt:',
    en:
      'In each cell: how many approaches needed improvement (X) on that point, out of all approaches there, ' +
      'and what share that is. An assessment that is unclear is shown separately (?). The colour repeats the ' +
      'share that needs improvement:',
  },
  legendaKleuren: {
    nl: 'Kleuren: deel van de aanpakken met een verbeterpunt',
    en: 'Colours: share of the approaches that need improvement',
  },
  klasseTot: { nl: '{van} tot {tot}', en: '{van} to {tot}' },
  klasseOfMeer: { nl: '{van} of meer', en: '{van} or more' },
  captionProvincie: {
    nl:
      'Verbeterpunten per indicator (rijen) en per provincie (kolommen): in elk vakje het aantal aanpakken ' +
      'met een verbeterpunt (X) van alle aanpakken in die provincie. Kies een provincie om in te zoomen.',
    en:
      'Points for improvement per indicator (rows) and per province (columns): each cell gives the number ' +
      'of approaches that need improvement (X) out of all approaches in that province. Choose a province to ' +
      'zoom in.',
  },
  captionGemeente: {
    nl:
      'Verbeterpunten per indicator (rijen) en per gemeente (kolommen): in elk vakje het aantal aanpakken ' +
      'met een verbeterpunt (X) van alle aanpakken in die gemeente. Kies een gemeente om in te zoomen.',
    en:
      'Points for improvement per indicator (rows) and per municipality (columns): each cell gives the ' +
      'number of approaches that need improvement (X) out of all approaches in that municipality. Choose a ' +
      'municipality to zoom in.',
  },
  inzoomen: { nl: '{naam}: inzoomen ({aanpakken})', en: '{naam}: zoom in ({aanpakken})' },
  /** The word under the number in a column header. */
  aanpakWoord: {
    nl: { one: 'aanpak', other: 'aanpakken' },
    en: { one: 'approach', other: 'approaches' },
  } satisfies Meervoud,
  rijTotaal: {
    nl: '{verbeterpunt} van {totaal} verbeterpunt',
    en: '{verbeterpunt} of {totaal} need improvement',
  },
  onduidelijkErbij: { nl: ', {onduidelijk} onduidelijk', en: ', {onduidelijk} unclear' },
  gemeentenRij: { nl: 'Gemeenten', en: 'Municipalities' },
  provincieOnbekend: { nl: 'Provincie onbekend', en: 'Province unknown' },
  /** What a cell shows: "9 X van 57"; `<van>` is a span that may wrap. */
  celAantal: {
    nl: '{verbeterpunt} X <van>van {totaal}</van>',
    en: '{verbeterpunt} X <van>of {totaal}</van>',
  },
  /** Accessible name of a cell; `{n}` is the number of aanpakken. */
  celNaam: {
    nl: {
      one: '{naam}, {label}: {verbeterpunt} van {n} aanpak verbeterpunt ({procent})',
      other: '{naam}, {label}: {verbeterpunt} van {n} aanpakken verbeterpunt ({procent})',
    },
    en: {
      one: '{naam}, {label}: {verbeterpunt} of {n} approach needing improvement ({procent})',
      other: '{naam}, {label}: {verbeterpunt} of {n} approaches needing improvement ({procent})',
    },
  } satisfies Meervoud,
  zoompad: { nl: 'Zoomniveau', en: 'Zoom level' },
  nederland: { nl: 'Nederland', en: 'The Netherlands' },
  jaar: { nl: 'Jaar', en: 'Year' },
  jaarVanOnderzoek: { nl: 'Jaar van het onderzoek', en: 'Year of the inspection' },
  gebied: { nl: 'Gebied', en: 'Area' },
  provincie: { nl: 'Provincie', en: 'Province' },
  heelNederland: { nl: 'Heel Nederland', en: 'All of the Netherlands' },
  toon: { nl: 'Toon', en: 'Show' },
  gemeenteHint: {
    nl: 'Typ een naam of kies er een uit de lijst. Druk dan op Enter of kies Toon.',
    en: 'Type a name or pick one from the list. Then press Enter or choose Show.',
  },
  gemeenteOnbekend: {
    nl: 'Deze gemeente staat niet in de gegevens. Kies een naam uit de lijst.',
    en: 'This municipality is not in the data. Choose a name from the list.',
  },
  paginas: { nl: "Pagina's", en: 'Pages' },
  vorige: { nl: 'Vorige {n}', en: 'Previous {n}' },
  volgende: { nl: 'Volgende {n}', en: 'Next {n}' },
  pagina: { nl: 'Pagina {n}', en: 'Page {n}' },
} as const satisfies Record<string, Tekst | Meervoud>;
