/**
 * Gaps: places where text was lost when the factsheets were converted from PDF (README "Gaps"). The
 * ingest stores them per text as JSON in the column `gaten`; this module reads that, splits a text at
 * its gaps, and finds a gap's place in the lines of the source. Pure: no DOM, no DuckDB.
 */

export type GatVeld = 'bevinding' | 'let_op' | 'goed' | 'beter' | 'onbepaald';

export const GAT_REDENEN = [
  'begint-midden-in-zin',
  'kleine-letter-na-punt',
  'los-lidwoord',
  'afgebroken-woord',
  'eindigt-midden-in-zin',
  'let-op-afgebroken',
  'geen-tekst',
] as const;
export type GatReden = (typeof GAT_REDENEN)[number];

export interface Gat {
  readonly veld: GatVeld;
  /** Index in the field's text of the first character after the gap (its length at the end). */
  readonly offset: number;
  readonly reden: GatReden;
}

const VELDEN: readonly string[] = ['bevinding', 'let_op', 'goed', 'beter', 'onbepaald'];

/** The gaps of a `gaten` value; entries that do not fit are left out, null or bad JSON gives none. */
export function leesGaten(json: string | null | undefined): Gat[] {
  if (!json) return [];
  let lijst: unknown;
  try {
    lijst = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(lijst)) return [];
  return lijst.filter(
    (g): g is Gat =>
      typeof g === 'object' &&
      g !== null &&
      VELDEN.includes((g as Gat).veld) &&
      Number.isSafeInteger((g as Gat).offset) &&
      (g as Gat).offset >= 0 &&
      (GAT_REDENEN as readonly string[]).includes((g as Gat).reden),
  );
}

/** One piece of a text split at its gaps: a run of text, or the place of a gap. */
export type TekstDeel = { readonly tekst: string } | { readonly gat: GatReden };

/** `tekst` split at the gaps of `veld`, in order; an offset past the end counts as the end. */
export function tekstMetGaten(tekst: string, gaten: readonly Gat[], veld: GatVeld): TekstDeel[] {
  const hier = gaten
    .filter((g) => g.veld === veld)
    .map((g) => ({ ...g, offset: Math.min(g.offset, tekst.length) }))
    .sort((a, b) => a.offset - b.offset);
  const delen: TekstDeel[] = [];
  let vanaf = 0;
  for (const g of hier) {
    if (g.offset > vanaf) delen.push({ tekst: tekst.slice(vanaf, g.offset) });
    delen.push({ gat: g.reden });
    vanaf = g.offset;
  }
  if (vanaf < tekst.length || delen.length === 0) delen.push({ tekst: tekst.slice(vanaf) });
  return delen;
}

/** A place in the source: line number (from 1) and the index in that line's text. */
export interface Plek {
  readonly regel: number;
  readonly kolom: number;
}

const ANKER = [24, 14, 8];

/**
 * Where a gap of `tekst` (at `offset`) lies in the source lines `van`–`tot` (`regels[0]` is line 1).
 * The text around the gap is looked up with whitespace and line breaks ignored (hard-wrapped source):
 * the place is just before the first characters after the gap, or, at the end of the text, just after
 * the last ones before it. Null when the text cannot be found there.
 */
export function plaatsGat(
  regels: readonly string[],
  van: number,
  tot: number,
  tekst: string,
  offset: number,
): Plek | null {
  const tekens: string[] = [];
  const plekken: Plek[] = [];
  for (let n = Math.max(1, van); n <= Math.min(tot, regels.length); n++) {
    const regel = regels[n - 1] ?? '';
    for (let k = 0; k < regel.length; k++) {
      const c = regel[k] as string;
      if (/\s/.test(c)) continue;
      tekens.push(c);
      plekken.push({ regel: n, kolom: k });
    }
  }
  const stroom = tekens.join('');
  const zonderWit = (s: string) => s.replace(/\s+/g, '');
  const na = zonderWit(tekst.slice(offset));
  const voor = zonderWit(tekst.slice(0, offset));
  for (const lengte of ANKER) {
    const naald = na.slice(0, lengte);
    if (naald.length < 4) break;
    const staart = voor.slice(-lengte);
    const treffers = alleTreffers(stroom, naald);
    const i = treffers.find((t) => staart !== '' && stroom.slice(0, t).endsWith(staart)) ?? treffers[0];
    if (i !== undefined) return plekken[i] ?? null;
  }
  for (const lengte of ANKER) {
    const naald = voor.slice(-lengte);
    if (naald.length < 4) break;
    const i = stroom.lastIndexOf(naald);
    const laatste = i >= 0 ? plekken[i + naald.length - 1] : undefined;
    if (laatste) return { regel: laatste.regel, kolom: laatste.kolom + 1 };
  }
  return null;
}

function alleTreffers(stroom: string, naald: string): number[] {
  const uit: number[] = [];
  for (let i = stroom.indexOf(naald); i >= 0; i = stroom.indexOf(naald, i + 1)) uit.push(i);
  return uit;
}
