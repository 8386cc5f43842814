/**
 * Framework-free i18n core. A message (`Tekst`) holds its Dutch and English form side by side; the
 * catalogue (src/i18n/berichten) is made of them by `tweetalig` from one JSON file per area and language,
 * and a message without English does not typecheck. `test/i18n/catalogus.test.ts` reads those files and
 * checks that both languages have the same keys, plural forms and `{placeholders}`/`<tags>`.
 *
 * Placeholders are `{naam}`; a number passed as a value is formatted for the language (`nl-NL`/`en-GB`).
 * Rich texts (see `Rijk` in ./react) mark parts with `<tag>…</tag>`.
 */

/** Interface languages. Dutch is the default; source texts are always Dutch. */
export const TALEN = ['nl', 'en'] as const;
export type Taal = (typeof TALEN)[number];
export const STANDAARD_TAAL: Taal = 'nl';

/** BCP 47 locale for `Intl` per language. */
export const LOCALE: Readonly<Record<Taal, string>> = { nl: 'nl-NL', en: 'en-GB' };

/** One interface message in both languages. */
export interface Tekst {
  readonly nl: string;
  readonly en: string;
}

/** Plural forms (Intl.PluralRules categories used by Dutch and English). */
export interface Vormen {
  readonly one: string;
  readonly other: string;
}

/** A message that depends on a count `{n}`. */
export interface Meervoud {
  readonly nl: Vormen;
  readonly en: Vormen;
}

/** One language's messages of an area, as its JSON file holds them: a text or plural forms per key. */
export type Taalbestand = Readonly<Record<string, string | Vormen>>;

/** The other language's file: the same keys; a text where Dutch has one, plural forms where it has them. */
export type Vertaling<N extends Taalbestand> = {
  readonly [K in keyof N]: N[K] extends string ? string : Vormen;
};

/** An area of the catalogue: every key with both languages. */
export type Tweetalig<N extends Taalbestand> = {
  readonly [K in keyof N]: N[K] extends string ? Tekst : Meervoud;
};

/** An area's messages from its Dutch and English file (the Dutch file decides the keys). */
export function tweetalig<N extends Taalbestand>(nl: N, en: Vertaling<N>): Tweetalig<N> {
  const uit: Record<string, unknown> = {};
  for (const k of Object.keys(nl)) uit[k] = { nl: nl[k], en: en[k] };
  return uit as Tweetalig<N>;
}

export type Waarden = Readonly<Record<string, string | number>>;

export function isTaal(v: unknown): v is Taal {
  return typeof v === 'string' && (TALEN as readonly string[]).includes(v);
}

// Creating an Intl formatter costs far more than using one (about 2 ms each at 4x CPU, and a heatmap
// render formats every total), so each is made once per language and options (#4).
const formatters = new Map<string, { format(x: never): string }>();
function formatter<F extends { format(x: never): string }>(
  soort: string,
  taal: Taal,
  opties: object | undefined,
  maak: () => F,
): F {
  const key = `${soort}|${taal}|${opties === undefined ? '' : JSON.stringify(opties)}`;
  let f = formatters.get(key) as F | undefined;
  if (!f) {
    f = maak();
    formatters.set(key, f);
  }
  return f;
}

/** A number for display: `1.234,5` (nl) or `1,234.5` (en). */
export function getal(taal: Taal, n: number, opties?: Intl.NumberFormatOptions): string {
  return formatter('getal', taal, opties, () => new Intl.NumberFormat(LOCALE[taal], opties)).format(n);
}

/** A fraction (0..1) as a whole percentage: `43%` (both locales write no space). */
export function percentage(taal: Taal, fractie: number, decimalen = 0): string {
  const opties: Intl.NumberFormatOptions = {
    style: 'percent',
    maximumFractionDigits: decimalen,
    minimumFractionDigits: decimalen,
  };
  return formatter('getal', taal, opties, () => new Intl.NumberFormat(LOCALE[taal], opties)).format(fractie);
}

/** A date: `14 november 2013` / `14 November 2013`; `maand` gives `november 2013` / `November 2013`. */
export function datum(taal: Taal, d: Date, soort: 'dag' | 'maand' = 'dag'): string {
  const opties: Intl.DateTimeFormatOptions = {
    day: soort === 'dag' ? 'numeric' : undefined,
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  };
  return formatter('datum', taal, opties, () => new Intl.DateTimeFormat(LOCALE[taal], opties)).format(d);
}

/** A list: `a, b en c` / `a, b and c`. */
export function lijst(taal: Taal, delen: readonly string[]): string {
  return formatter(
    'lijst',
    taal,
    undefined,
    () => new Intl.ListFormat(LOCALE[taal], { style: 'long', type: 'conjunction' }),
  ).format(delen);
}

/** Bytes as MB with one decimal, e.g. `1,5 MB` / `1.5 MB`. */
export function megabytes(taal: Taal, bytes: number, decimalen = 1): string {
  return `${getal(taal, bytes / (1024 * 1024), { minimumFractionDigits: decimalen, maximumFractionDigits: decimalen })} MB`;
}

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/**
 * Fill `{naam}` placeholders; numbers are formatted for the language (`1.234` / `1,234`), so pass line
 * numbers and codes as strings. Unknown names stay visible.
 */
export function vul(taal: Taal, tekst: string, waarden?: Waarden): string {
  if (!waarden) return tekst;
  return tekst.replace(PLACEHOLDER, (heel, naam: string) => {
    const v = waarden[naam];
    if (v === undefined) return heel;
    return typeof v === 'number' ? getal(taal, v) : v;
  });
}

/** The message in a language, placeholders filled. */
export function vertaal(taal: Taal, m: Tekst, waarden?: Waarden): string {
  return vul(taal, m[taal], waarden);
}

const regels = new Map<Taal, Intl.PluralRules>();

/** The plural message for count `n` (available as `{n}`), other placeholders filled. */
export function meervoud(taal: Taal, m: Meervoud, n: number, waarden?: Waarden): string {
  let r = regels.get(taal);
  if (!r) {
    r = new Intl.PluralRules(LOCALE[taal]);
    regels.set(taal, r);
  }
  const vorm = r.select(n) === 'one' ? m[taal].one : m[taal].other;
  return vul(taal, vorm, { n, ...waarden });
}

/** Placeholder names and tags of a message text (sorted), for the completeness test. */
export function plaatshouders(tekst: string): string[] {
  const namen = [...tekst.matchAll(PLACEHOLDER)].map((m) => `{${m[1]}}`);
  const tags = [...tekst.matchAll(/<([a-z][a-zA-Z0-9]*)>/g)].map((m) => `<${m[1]}>`);
  return [...namen, ...tags].sort();
}

/** Bound helpers for one language (what `useT()` returns). */
export interface Vertaler {
  (m: Tekst, waarden?: Waarden): string;
  readonly taal: Taal;
  n(m: Meervoud, n: number, waarden?: Waarden): string;
  getal(n: number, opties?: Intl.NumberFormatOptions): string;
  procent(fractie: number, decimalen?: number): string;
  datum(d: Date, soort?: 'dag' | 'maand'): string;
  lijst(delen: readonly string[]): string;
}

const vertalers = new Map<Taal, Vertaler>();

/** The (cached) `Vertaler` for a language. */
export function vertalerVoor(taal: Taal): Vertaler {
  const bestaand = vertalers.get(taal);
  if (bestaand) return bestaand;
  const v = Object.assign((m: Tekst, w?: Waarden) => vertaal(taal, m, w), {
    taal,
    n: (m: Meervoud, n: number, w?: Waarden) => meervoud(taal, m, n, w),
    getal: (n: number, o?: Intl.NumberFormatOptions) => getal(taal, n, o),
    procent: (f: number, d?: number) => percentage(taal, f, d),
    datum: (d: Date, s?: 'dag' | 'maand') => datum(taal, d, s),
    lijst: (delen: readonly string[]) => lijst(taal, delen),
  });
  vertalers.set(taal, v);
  return v;
}
