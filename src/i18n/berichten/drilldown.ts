import type { Tekst } from '../core';

/** Drill-down dialog of one cell. */
export const drilldown = {
  bevinding: { nl: 'Bevinding', en: 'Finding' },
  indicatorCode: { nl: 'Indicator {code}', en: 'Indicator {code}' },
  sluiten: { nl: 'Sluiten', en: 'Close' },
  wachtOpDb: {
    nl: 'Bezig met laden… De bevinding en de bron verschijnen zodra de rekenmodule klaar is.',
    en: 'Loading… The finding and the source appear as soon as the computing module is ready.',
  },
  geenGegevens: { nl: 'Voor dit vakje zijn geen gegevens gevonden.', en: 'No data was found for this cell.' },
  anderenTitel: {
    nl: 'Dezelfde indicator bij de andere aanpakken',
    en: 'The same indicator for the other approaches',
  },
  anderenVeel: {
    nl: 'Deze indicator is bij {n} andere aanpakken beoordeeld. Zo vaak kreeg hij elk oordeel:',
    en: 'This indicator was assessed for {n} other approaches. How often it got each judgement:',
  },
  anderenEigen: { nl: 'De andere aanpakken van {gemeente}:', en: 'The other approaches of {gemeente}:' },
  anderenAlle: {
    nl: 'Bekijk alle {n} aanpakken op de pagina van deze indicator',
    en: 'See all {n} approaches on the page of this indicator',
  },
  indicator: { nl: 'Indicator', en: 'Indicator' },
  criterium: { nl: 'Criterium', en: 'Criterion' },
  thema: { nl: 'Thema', en: 'Theme' },
  oordeel: { nl: 'Oordeel', en: 'Assessment' },
  geenBevinding: {
    nl: 'In de bron staat bij dit oordeel geen bevinding.',
    en: 'The source gives no finding for this assessment.',
  },
  letOp: { nl: 'LET OP:', en: 'NOTE:' },
  waaromOnduidelijk: { nl: 'Waarom onduidelijk:', en: 'Why unclear:' },
  onduidelijkStandaard: {
    nl: 'uit de bron is niet af te leiden welk teken hier hoort.',
    en: 'the source does not show which mark belongs here.',
  },
  mogelijkOnvolledigKop: { nl: 'Mogelijk onvolledig:', en: 'Possibly incomplete:' },
  mogelijkOnvolledig: {
    nl: 'bij het overnemen van de tekst uit de bron zijn mogelijk regels weggevallen. Lees de bron voor de volledige tekst.',
    en: 'lines may have been lost when the text was taken from the source. Read the source for the full text.',
  },
  hoeBepaald: { nl: 'Hoe dit oordeel is bepaald:', en: 'How this assessment was determined:' },
  gedeeldTeken: {
    nl: 'In de bron staat één teken voor meerdere indicatoren samen ({blok}).',
    en: 'The source has one mark for several indicators together ({blok}).',
  },
  conclusieThema: {
    nl: 'Conclusie voor het thema <thema>{naam}</thema> bij deze aanpak',
    en: 'Conclusion for the theme <thema>{naam}</thema> for this approach',
  },
  geenConclusie: {
    nl: 'In de bron staat voor dit thema geen conclusie.',
    en: 'The source gives no conclusion for this theme.',
  },
  watGaatGoed: { nl: 'Wat gaat goed', en: 'What goes well' },
  watKanBeter: { nl: 'Wat kan beter', en: 'What could be better' },
  conclusieOnbepaald: { nl: 'Onbepaalde conclusie', en: 'Undetermined conclusion' },
  conclusieOnbepaaldNoot: {
    nl:
      '<b>Onbepaalde conclusie:</b> uit de bron is niet af te leiden of de tekst onder ‘wat gaat goed’ of ' +
      '‘wat kan beter’ valt. Wij raden dat niet.',
    en:
      '<b>Undetermined conclusion:</b> the source does not show whether the text falls under ‘what goes ' +
      'well’ or ‘what could be better’. We do not guess.',
  },
  bron: { nl: 'Bron', en: 'Source' },
  bronFactsheet: {
    nl: 'Factsheet ‘Uitkomsten toezichtonderzoek {gemeente}’ van Samenwerkend Toezicht Jeugd{maand}.',
    en: 'Factsheet ‘<nl>Uitkomsten toezichtonderzoek {gemeente}</nl>’ (inspection results) of the Joint Youth Inspectorate{maand}.',
  },
  bestand: { nl: 'Bestand', en: 'File' },
  regels: { nl: ', regels {van}–{tot}', en: ', lines {van}–{tot}' },
  tekenOpRegel: { nl: ', teken op regel {regel}', en: ', mark on line {regel}' },
  ookIn: { nl: 'Ook in', en: 'Also in' },
  geenBevindingKort: { nl: 'Geen bevinding in de bron.', en: 'No finding in the source.' },
  metLetOp: { nl: 'Met LET OP', en: 'With a NOTE' },
  zieVakje: { nl: '(zie het vakje)', en: '(see the cell)' },
  openVakje: { nl: 'Open dit vakje', en: 'Open this cell' },
} as const satisfies Record<string, Tekst>;
