import type { Tekst } from '../core';

/** Methode: the framework and sources parts (the prose is src/content/methode.*.md). */
export const methode = {
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
} as const satisfies Record<string, Tekst>;
