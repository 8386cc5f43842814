import type { Meervoud, Tekst } from '../core';

/** Heatmap view and table. */
export const heatmap = {
  titel: { nl: 'Heatmap: alle oordelen', en: 'Heatmap: all assessments' },
  titelKort: { nl: 'Heatmap', en: 'Heatmap' },
  intro: {
    nl:
      'STJ gaf elke <aanpak>aanpak</aanpak> een oordeel op 30 punten. Een vakje laat zien of de aanpak op dat ' +
      'punt voldeed (√) of beter moest (X). Kies een vakje. U leest dan wat STJ zag en waar het staat.',
    en:
      'STJ assessed each <aanpak>approach</aanpak> on 30 points. A cell shows whether the approach met the ' +
      'standard on that point (√) or needed improvement (X). Choose a cell to read what STJ found and where ' +
      'it is in the source.',
  },
  getoond: {
    nl: 'Heatmap: {aanpakken} en {oordelen} getoond.',
    en: 'Heatmap: {aanpakken} and {oordelen} shown.',
  },
  getoondGefilterd: {
    nl: 'Heatmap, gefilterd op {filters}: {aanpakken} en {oordelen} getoond.',
    en: 'Heatmap, filtered on {filters}: {aanpakken} and {oordelen} shown.',
  },
  oordelenWoord: {
    nl: { one: '{n} oordeel', other: '{n} oordelen' },
    en: { one: '{n} assessment', other: '{n} assessments' },
  } satisfies Meervoud,
  aanpakkenWoord: {
    nl: { one: '{n} aanpak', other: '{n} aanpakken' },
    en: { one: '{n} approach', other: '{n} approaches' },
  } satisfies Meervoud,
  overzichtGetoond: {
    nl: 'Heatmap: {groepen} getoond, met per indicator het aantal verbeterpunten.',
    en: 'Heatmap: {groepen} shown, with the number of points for improvement per indicator.',
  },
  provincies: {
    nl: { one: '{n} provincie', other: '{n} provincies' },
    en: { one: '{n} province', other: '{n} provinces' },
  } satisfies Meervoud,
  gemeenten: {
    nl: { one: '{n} gemeente', other: '{n} gemeenten' },
    en: { one: '{n} municipality', other: '{n} municipalities' },
  } satisfies Meervoud,
  geenOordelenAankondiging: {
    nl: 'Heatmap: geen oordelen voor deze keuze.',
    en: 'Heatmap: no assessments for this selection.',
  },
  geenOordelen: {
    nl: 'Er zijn geen oordelen voor deze keuze.',
    en: 'There are no assessments for this selection.',
  },
  legenda: { nl: 'Legenda', en: 'Legend' },
  legendaLetOp: { nl: 'er staat een LET OP bij', en: 'there is a NOTE' },
  legendaGedeeld: {
    nl: 'één teken voor een samengevoegd blok indicatoren',
    en: 'one mark for a merged block of indicators',
  },
  /** Appended to a cell's accessible name when its mark is shared by a merged block. */
  gedeeld: { nl: ', gedeeld teken van een blok', en: ', shared mark of a block' },
  uitlegLeeg: {
    nl: 'Wijs een vakje aan of ga er met de pijltjestoetsen naartoe voor de volledige tekst van de indicator.',
    en: 'Point at a cell or move to it with the arrow keys to see the full text of the indicator.',
  },
  caption: {
    nl: 'Oordelen per indicator (rijen) en per aanpak (kolommen). {sleutel}. Kies een vakje voor de bevinding.',
    en: 'Assessments per indicator (rows) and per approach (columns). {sleutel}. Choose a cell for the finding.',
  },
  /** One entry of the key in the caption: "X = verbeterpunt". */
  sleutel: { nl: '{teken} = {woord}', en: '{teken} = {woord}' },
  indicator: { nl: 'Indicator', en: 'Indicator' },
  totaalPerIndicator: { nl: 'Totaal per indicator', en: 'Total per indicator' },
  totaalPerAanpak: { nl: 'Totaal per aanpak', en: 'Total per approach' },
  themaKop: { nl: 'Thema:', en: 'Theme:' },
  criteriumKop: { nl: 'Criterium:', en: 'Criterion:' },
  geenOordeel: { nl: 'geen oordeel', en: 'no assessment' },
  verbeterpuntHaakjes: { nl: '(verbeterpunt)', en: '(needs improvement)' },
  voldoen: { nl: '{voldoet} van {totaal} voldoen', en: '{voldoet} of {totaal} meet the standard' },
  celTitel: { nl: '{label}. Kies voor de bevinding.', en: '{label}. Choose for the finding.' },
} as const satisfies Record<string, Tekst | Meervoud>;
