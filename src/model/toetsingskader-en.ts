/**
 * Our English translation of the toetsingskader (./toetsingskader.ts), keyed by code, in the data file
 * ./toetsingskader.en.json that a translator edits. It is ours, not STJ's: the app says so and keeps the
 * Dutch official text one click away (views/KaderTekst.tsx). A translation is only shown where the Dutch
 * text equals the toetsingskader's (see `kaderEngels`).
 */
import EN from './toetsingskader.en.json';
import { CRITERIA, INDICATOREN, THEMAS, type ThemaCode } from './toetsingskader';

/** A thema's name and description in English, for each of the five codes. */
export const THEMAS_EN: Readonly<Record<ThemaCode, { naam: string; omschrijving: string }>> = EN.themas;

/** A criterium's text in English, by criterium code. */
export const CRITERIA_EN: Readonly<Record<string, string>> = EN.criteria;

/** An indicator's label and full text in English, by indicator code. */
export const INDICATOREN_EN: Readonly<Record<string, { label: string; tekst: string }>> = EN.indicatoren;

/** Which text of the toetsingskader: a thema's name or description, a criterium, an indicator's label or text. */
export type KaderSoort = 'thema' | 'omschrijving' | 'criterium' | 'label' | 'tekst';

const NL: Readonly<Record<KaderSoort, ReadonlyMap<string, string>>> = {
  thema: new Map(THEMAS.map((t) => [t.code, t.naam])),
  omschrijving: new Map(THEMAS.map((t) => [t.code, t.omschrijving])),
  criterium: new Map(CRITERIA.map((c) => [c.code, c.tekst])),
  label: new Map(INDICATOREN.map((i) => [i.code, i.label])),
  tekst: new Map(INDICATOREN.map((i) => [i.code, i.tekst])),
};

const thema = new Map(THEMAS.map((t) => [t.naam, t.code]));
const criterium = new Map(CRITERIA.map((c) => [c.tekst, c.code]));
const indicator = new Map(INDICATOREN.map((i) => [i.code, i]));

/**
 * Our English for a Dutch toetsingskader text, or null when we have none: an unknown code, or a Dutch
 * text that is not the toetsingskader's (other data; then the Dutch is shown as it is).
 * `code` is the thema code, criterium code or indicator code; without one, thema's and criteria are
 * found by their Dutch text.
 */
export function kaderEngels(soort: KaderSoort, nl: string, code?: string): string | null {
  const sleutel =
    code ?? (soort === 'thema' ? thema.get(nl) : soort === 'criterium' ? criterium.get(nl) : undefined);
  if (!sleutel || NL[soort].get(sleutel) !== nl) return null;
  switch (soort) {
    case 'thema':
      return THEMAS_EN[sleutel as ThemaCode]?.naam ?? null;
    case 'omschrijving':
      return THEMAS_EN[sleutel as ThemaCode]?.omschrijving ?? null;
    case 'criterium':
      return CRITERIA_EN[sleutel] ?? null;
    case 'label':
    case 'tekst':
      return indicator.has(sleutel) ? (INDICATOREN_EN[sleutel]?.[soort] ?? null) : null;
  }
}
