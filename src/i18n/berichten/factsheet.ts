import type { Meervoud, Tekst } from '../core';

/** Factsheet per gemeente. */
export const factsheet = {
  intro: {
    nl: 'Een overzicht van één gemeente om af te drukken of op te slaan als PDF (één of twee pagina’s A4). Kies een gemeente:',
    en: 'An overview of one municipality to print or save as a PDF (one or two A4 pages). Choose a municipality:',
  },
  factsheetVan: { nl: 'Factsheet {naam}', en: 'Factsheet {naam}' },
  sub: { nl: ' · toezicht GGSR, november 2013', en: ' · GGSR inspection, November 2013' },
  afdrukken: { nl: 'Afdrukken of opslaan als PDF', en: 'Print or save as PDF' },
  letOp: {
    nl: '<b>Bevindingen uit november 2013</b>, van vóór de Jeugdwet van 2015. De situatie kan nu anders zijn.',
    en: '<b>Findings from November 2013</b>, before the Youth Act of 2015. The situation may be different now.',
  },
  inwoners: { nl: 'Inwoners', en: 'Inhabitants' },
  huishoudens: { nl: 'Huishoudens', en: 'Households' },
  ggsrGeschat: {
    nl: 'Gezinnen met geringe sociale redzaamheid (geschat)',
    en: 'Families with low social self-reliance (estimated)',
  },
  aanpakTelling: {
    nl: '{voldoet} keer voldoet, {verbeterpunten}{onduidelijk}.',
    en: '{voldoet} meet the standard, {verbeterpunten}{onduidelijk}.',
  },
  verbeterpunten: {
    nl: { one: '{n} verbeterpunt', other: '{n} verbeterpunten' },
    en: { one: '{n} needs improvement', other: '{n} need improvement' },
  } satisfies Meervoud,
  onduidelijk: { nl: ', {n} onduidelijk', en: ', {n} unclear' },
  oordelenPerIndicator: { nl: 'Oordelen per indicator', en: 'Assessments per indicator' },
  caption: {
    nl: 'Oordelen van de aanpakken van {naam} per indicator',
    en: 'Assessments of the approaches of {naam} per indicator',
  },
  conclusiesTitel: { nl: 'Conclusies van STJ per thema', en: 'Conclusions of STJ per theme' },
  conclusiesVan: { nl: 'Conclusies {thema}', en: 'Conclusions {thema}' },
  watGaatGoed: { nl: 'Wat gaat goed:', en: 'What goes well:' },
  watKanBeter: { nl: 'Wat kan beter:', en: 'What could be better:' },
  geenConclusie: { nl: 'Geen conclusie in de factsheet.', en: 'No conclusion in the factsheet.' },
  bron: {
    nl: 'Bron: {bron}. Gemaakt met het dashboard ‘Toezicht GGSR 2013’.',
    en: 'Source: {bron}. Made with the dashboard ‘GGSR inspection 2013’.',
  },
} as const satisfies Record<string, Tekst | Meervoud>;
