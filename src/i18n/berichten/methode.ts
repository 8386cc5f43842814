import type { Tekst } from '../core';

/** Methode: headings and the framework/sources parts shared by both languages (prose is per language). */
export const methode = {
  over: { nl: 'Over deze gegevens', en: 'About this data' },
  tekens: { nl: 'Wat de tekens betekenen', en: 'What the marks mean' },
  begrippen: { nl: 'Andere aanduidingen', en: 'Other labels' },
  kader: { nl: 'Het toetsingskader', en: 'The assessment framework' },
  extractie: {
    nl: 'Hoe de gegevens uit de factsheets zijn gehaald',
    en: 'How the data was taken from the factsheets',
  },
  grenzen: { nl: 'Wat u er niet uit kunt afleiden', en: 'What you cannot conclude from it' },
  bronnen: { nl: 'Bronnen', en: 'Sources' },
  woorden: { nl: 'Woordenlijst', en: 'Glossary' },
  intro: {
    nl: 'Hoe we de gegevens uit de factsheets van STJ haalden, wat de tekens betekenen, en wat u er wel en niet uit kunt halen.',
    en: 'How we took the data from the STJ factsheets, what the marks mean, and what you can and cannot conclude from it.',
  },
  opDezePagina: { nl: 'Op deze pagina', en: 'On this page' },
  aantalIndicatoren: { nl: '{n} indicatoren', en: '{n} indicators' },
  themaKop: { nl: 'Thema', en: 'Theme' },
  uitgangspunt: { nl: 'Uitgangspunt:', en: 'Principle:' },
  criteriumKop: { nl: 'Criterium:', en: 'Criterion:' },
  bronbestanden: { nl: 'Bronbestanden ({n})', en: 'Source files ({n})' },
  kolBestand: { nl: 'Bestand', en: 'File' },
  kolGemeente: { nl: 'Gemeente', en: 'Municipality' },
  kolSoort: { nl: 'Soort tekst', en: 'Kind of text' },
  kolRegels: { nl: 'Regels', en: 'Lines' },
  kolMaand: { nl: 'Maand in het document', en: 'Month in the document' },
  layoutRaw: { nl: 'ruw (raw)', en: 'raw' },
  layoutTab: { nl: 'tabel (tab)', en: 'table (tab)' },
  layoutMarkdown: { nl: 'Markdown', en: 'Markdown' },
  nietVermeld: { nl: 'niet vermeld', en: 'not stated' },
  voettekst: {
    nl: 'in de voettekst; gepubliceerd in november 2013',
    en: 'in the footer; published in November 2013',
  },
  woordenUitleg: {
    nl: 'Dezelfde uitleg staat in de <a>begrippenlijst</a>.',
    en: 'The same explanations are in the <a>glossary</a>.',
  },
} as const satisfies Record<string, Tekst>;
