import type { Tekst } from '../core';

/** The glossary view (the terms themselves are in ./begrippen.ts). */
export const begrippen = {
  intro: {
    nl: 'Op deze website staan woorden uit het onderzoek van STJ. Hier leest u wat ze betekenen.',
    en: 'This website uses words from the STJ inspection. Here you can read what they mean.',
  },
} as const satisfies Record<string, Tekst>;
