import type { Tekst } from '../core';

/** Colofon (the statement pages Toegankelijkheid and Privacy are whole texts per language). */
export const statements = {
  bron: { nl: 'Bron', en: 'Source' },
  citeerAls: { nl: 'Citeer als', en: 'Cite as' },
  versie: { nl: 'Versie van de gegevens', en: 'Version of the data' },
  versieUitleg: {
    nl: 'Elke versie is te herkennen aan de SHA-256 van de bestanden. Is een code anders, dan zijn de gegevens anders.',
    en: 'Each version can be recognised by the SHA-256 of the files. If a code differs, the data differs.',
  },
  gegevensbestanden: { nl: 'Gegevensbestanden (manifest.json)', en: 'Data files (manifest.json)' },
  bronbestanden: { nl: 'Bronbestanden (factsheets als tekst)', en: 'Source files (factsheets as text)' },
  gemaaktMet: { nl: 'Gemaakt met', en: 'Made with' },
  gemaaktMetTekst: {
    nl: 'React, DuckDB-WASM, Apache Arrow, d3 en zustand. Alles draait in uw browser.',
    en: 'React, DuckDB-WASM, Apache Arrow, d3 and zustand. Everything runs in your browser.',
  },
  contact: { nl: 'Contact', en: 'Contact' },
  nogInvullen: { nl: '[NOG INVULLEN]', en: '[TO BE FILLED IN]' },
  contactTekst: {
    nl: 'Contactadres van de beheerder van dit dashboard. Dit is nog niet bekend; dit is een voorlopige tekst.',
    en: 'Contact address of the maintainer of this dashboard. It is not known yet; this is a placeholder text.',
  },
  zieOok: { nl: 'Zie ook:', en: 'See also:' },
  en: { nl: 'en', en: 'and' },
} as const satisfies Record<string, Tekst>;
