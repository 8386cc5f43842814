import type { Meervoud, Tekst } from '../core';

/** Heatmap view and table. */
export const heatmap = {
  titel: { nl: 'Heatmap: alle oordelen', en: 'Heatmap: all assessments' },
  intro: {
    nl:
      'STJ gaf elke <aanpak>aanpak</aanpak> een oordeel op 30 punten. Een vakje laat zien of de aanpak op dat ' +
      'punt voldeed (√) of beter moest (X). Kies een vakje. U leest dan wat STJ zag en waar het staat.',
    en:
      'STJ assessed each <aanpak>approach</aanpak> on 30 points. A cell shows whether the approach met the ' +
      'standard on that point (√) or needed improvement (X). Choose a cell to read what STJ found and where ' +
      'it is in the source.',
  },
  lijstUitleg: {
    nl: 'Per aanpak de oordelen. √ = voldoet, X = verbeterpunt, ? = onduidelijk. Kies een indicator voor de bevinding.',
    en: 'The assessments per approach. √ = meets the standard, X = needs improvement, ? = unclear. Choose an indicator for the finding.',
  },
  getoond: {
    nl: 'Heatmap: {aanpakken} en {oordelen} getoond.',
    en: 'Heatmap: {aanpakken} and {oordelen} shown.',
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
  uitlegLeeg: {
    nl: 'Wijs een vakje aan of ga er met de pijltjestoetsen naartoe voor de volledige tekst van de indicator.',
    en: 'Point at a cell or move to it with the arrow keys to see the full text of the indicator.',
  },
  caption: {
    nl:
      'Oordelen per indicator (rijen) en per aanpak (kolommen). √ = voldoet, X = verbeterpunt, ? = onduidelijk, ' +
      '! = er staat een LET OP bij. Kies een vakje voor de bevinding.',
    en:
      'Assessments per indicator (rows) and per approach (columns). √ = meets the standard, X = needs ' +
      'improvement, ? = unclear, ! = there is a NOTE. Choose a cell for the finding.',
  },
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
