import type { Tekst } from '../core';

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
} as const satisfies Record<string, Tekst>;
