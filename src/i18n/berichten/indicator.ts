import type { Tekst } from '../core';

/** The page of one indicator. */
export const indicator = {
  eenIndicator: { nl: 'Eén indicator', en: 'One indicator' },
  kiesHierboven: {
    nl: 'Kies hierboven een indicator. U ziet dan per aanpak het oordeel en de bevinding van STJ.',
    en: 'Choose an indicator above. You will then see the assessment and the finding of STJ for each approach.',
  },
  terug: { nl: 'Naar terugkerende verbeterpunten', en: 'To recurring points for improvement' },
  andereKiezen: { nl: 'Andere indicator kiezen', en: 'Choose another indicator' },
  kiezen: { nl: 'Indicator kiezen', en: 'Choose an indicator' },
  kiesEen: { nl: 'Kies een indicator', en: 'Choose an indicator' },
  themaGroep: { nl: 'Thema {naam}', en: 'Theme {naam}' },
  geenOordelen: {
    nl: 'Voor deze indicator zijn geen oordelen gevonden.',
    en: 'No assessments were found for this indicator.',
  },
  uitleg: {
    nl:
      'De aanpakken staan per gemeente bij elkaar. Onder elke bevinding staat waar de tekst in de bron staat. ' +
      'Met ‘Open dit vakje’ ziet u ook de conclusie van het thema.',
    en:
      'The approaches are grouped per municipality. Below each finding you can see where the text is in the ' +
      'source. ‘Open this cell’ also shows the conclusion for the theme.',
  },
  kiesGebied: {
    nl: 'Kies een provincie of een gemeente om de bevindingen te lezen.',
    en: 'Choose a province or a municipality to read the findings.',
  },
  gebied: { nl: 'Gebied', en: 'Area' },
  bronOnbekend: { nl: 'Bron: niet bekend.', en: 'Source: not known.' },
  mogelijkOnvolledig: {
    nl: 'bij het overnemen uit de bron zijn mogelijk regels weggevallen.',
    en: 'lines may have been lost when the text was taken from the source.',
  },
} as const satisfies Record<string, Tekst>;
