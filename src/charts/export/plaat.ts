/**
 * A picture to download ("plaat"): a flat list of positioned shapes and texts in pixels, made from the
 * same models and d3 scales as the views. One description, two renderers: `plaatNaarSvg` (./svg.ts) and
 * `tekenPlaat` on a canvas (./canvas.ts), so the SVG and the PNG show the same thing. Framework-free.
 */

/** Font of every text in a picture: local system fonts only (no request leaves the page). */
export const LETTERTYPE = 'Arial, Helvetica, "Liberation Sans", "DejaVu Sans", sans-serif';

export const KLEUR = {
  tekst: '#1f2328',
  zacht: '#57606a',
  rand: '#d0d7de',
  accent: '#154273',
  achtergrond: '#ffffff',
} as const;

export interface PlaatTekst {
  readonly soort: 'tekst';
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly tekst: string;
  readonly grootte: number;
  readonly vet?: boolean;
  readonly kleur?: string;
  readonly anker?: 'start' | 'middle' | 'end';
  /** Degrees, clockwise, around (x, y); -90 reads upwards. */
  readonly draai?: number;
  readonly taal?: string;
}

export interface PlaatRechthoek {
  readonly soort: 'rechthoek';
  readonly x: number;
  readonly y: number;
  readonly breedte: number;
  readonly hoogte: number;
  readonly vulling: string;
  readonly rand?: string;
  /** Dash pattern of the border, e.g. [3, 2]. */
  readonly streep?: readonly number[];
}

export interface PlaatLijn {
  readonly soort: 'lijn';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly kleur: string;
  readonly dikte?: number;
}

/** Shapes that belong together (one mark): `data` becomes `data-*` attributes, `titel` a `<title>`. */
export interface PlaatGroep {
  readonly soort: 'groep';
  readonly data?: Readonly<Record<string, string>>;
  readonly titel?: string;
  readonly elementen: readonly PlaatElement[];
}

export type PlaatElement = PlaatTekst | PlaatRechthoek | PlaatLijn | PlaatGroep;

export interface Plaat {
  readonly breedte: number;
  readonly hoogte: number;
  /** Title of the document (the SVG's `<title>`). */
  readonly titel: string;
  /** A one-line description of the whole picture (the SVG's `<desc>`). */
  readonly beschrijving: string;
  readonly taal: string;
  readonly elementen: readonly PlaatElement[];
}

// Rough advance widths (in em) of a sans-serif font; layout errs on the wide side so text never overlaps.
const SMAL = /[ijlI.,:;'’|!()[\]{}\s·]/;
const BREED = /[mwMW@%—]/;

/** Estimated width in pixels of a text at a font size (no DOM: the same in Node and both renderers). */
export function tekstBreedte(tekst: string, grootte: number, vet = false): number {
  let em = 0;
  for (const c of tekst) {
    if (SMAL.test(c)) em += 0.3;
    else if (BREED.test(c)) em += 0.88;
    else if (/[A-Z]/.test(c)) em += 0.7;
    else em += 0.57;
  }
  return em * grootte * (vet ? 1.08 : 1);
}

/** The text cut to fit `breedte` pixels, with "…" when it was cut. */
export function inkorten(tekst: string, grootte: number, breedte: number, vet = false): string {
  if (tekstBreedte(tekst, grootte, vet) <= breedte) return tekst;
  const tekens = [...tekst];
  while (tekens.length > 1 && tekstBreedte(`${tekens.join('')}…`, grootte, vet) > breedte) tekens.pop();
  return `${tekens.join('').trimEnd()}…`;
}

/**
 * A text broken into lines of at most `breedte` pixels, at spaces; a word longer than a line (a web
 * address) is broken after `/`, `&`, `?` or `=`, or else anywhere.
 */
export function regels(tekst: string, grootte: number, breedte: number, vet = false): string[] {
  const past = (s: string) => tekstBreedte(s, grootte, vet) <= breedte;
  const uit: string[] = [];
  let regel = '';
  const woorden = tekst.split(/\s+/).filter(Boolean);
  for (const woord of woorden) {
    const kandidaat = regel ? `${regel} ${woord}` : woord;
    if (past(kandidaat)) {
      regel = kandidaat;
      continue;
    }
    if (regel) uit.push(regel);
    let rest = woord;
    while (!past(rest)) {
      const tekens = [...rest];
      let n = tekens.length - 1;
      while (n > 1 && !past(tekens.slice(0, n).join(''))) n--;
      const zacht = tekens.slice(0, n).join('');
      const breuk = Math.max(...['/', '&', '?', '='].map((t) => zacht.lastIndexOf(t)));
      const tot = breuk > zacht.length / 2 ? breuk + 1 : n;
      uit.push(tekens.slice(0, tot).join(''));
      rest = tekens.slice(tot).join('');
    }
    regel = rest;
  }
  if (regel) uit.push(regel);
  return uit;
}
