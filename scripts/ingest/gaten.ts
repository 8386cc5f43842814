/**
 * Signs of text lost in extraction, anywhere in a bevinding, LET OP or conclusie. A gap is recorded as
 * where the missing text would be (`offset`: the string index of the first character after the gap,
 * the text's length when it breaks off at its end) and why (`reden`). The rules read Dutch prose and
 * only flag what proper Dutch does not do: a sentence that starts in lower case, a word that breaks
 * off at a hyphen, a text or LET OP that stops mid-sentence, an article without its noun.
 */

import type { GatReden } from '../../src/model/gaten';

export type { GatReden };

export interface Gat {
  readonly offset: number;
  readonly reden: GatReden;
}

export type ConclusieVeld = 'goed' | 'beter' | 'onbepaald';
export type TekstVeld = 'bevinding' | 'let_op' | ConclusieVeld;

export interface VeldGat<V extends TekstVeld = TekstVeld> extends Gat {
  readonly veld: V;
}

/** Abbreviations written with one full stop; those with more ("c.q.", "m.b.t.") are recognised by form. */
const AFKORTINGEN = new Set([
  ...['afd', 'art', 'bijv', 'blz', 'bv', 'ca', 'dhr', 'dr', 'drs', 'enz', 'etc', 'evt', 'excl', 'gem'],
  ...['incl', 'ing', 'ir', 'ivm', 'jl', 'jr', 'max', 'mbt', 'mevr', 'min', 'mld', 'mln', 'mnd', 'mr'],
  ...['mrd', 'mw', 'nl', 'nr', 'nrs', 'oa', 'pag', 'prof', 'resp', 'st', 'tav', 'tel', 'vgl', 'vnl'],
  ...['zg', 'zgn'],
]);

/** Words that cannot end a Dutch sentence: articles, prepositions, conjunctions, pronouns and the like. */
const FUNCTIEWOORDEN = new Set([
  ...['de', 'het', 'een', "'t", 'te', 'om', 'ten', 'ter'],
  ...['aan', 'achter', 'bij', 'binnen', 'boven', 'buiten', 'door', 'in', 'met', 'na', 'naar', 'naast'],
  ...['onder', 'op', 'over', 'per', 'rond', 'rondom', 'sinds', 'tegen', 'tot', 'tussen', 'uit', 'van'],
  ...['vanuit', 'via', 'volgens', 'voor', 'zonder', 'betreffende', 'inzake', 'omtrent'],
  ...['en', 'of', 'maar', 'want', 'dus', 'noch', 'ofwel', 'alsook', 'alsmede', 'en/of'],
  ...['dat', 'die', 'dit', 'deze', 'als', 'omdat', 'wanneer', 'indien', 'terwijl', 'hoewel', 'zodat'],
  ...['doordat', 'nadat', 'voordat', 'totdat', 'zoals', 'waarbij', 'waardoor', 'waarin', 'waarop', 'welke'],
  ...['ik', 'jij', 'je', 'hij', 'zij', 'ze', 'wij', 'we', 'men', 'elke', 'ieder', 'iedere', 'alle', 'geen'],
  ...['onze', 'uw'],
]);
const VOORNAAMWOORDELIJK_BIJWOORD =
  /^(hier|daar|waar|er)(aan|bij|door|in|mee|na|naar|om|onder|op|over|toe|tegen|uit|van|voor)$/;

const SLUIT_ZIN = /(?:[.!?…][)\]”’"'»]*|[)\]”’"'»])$/u;
const LIJST = /[:;•]|(?:^|\s)[-–]\s/;

interface Alinea {
  readonly start: number;
  readonly tekst: string;
}

/** Paragraphs (separated by newlines), trimmed, with their offset in the whole text. */
function alineas(tekst: string): Alinea[] {
  const out: Alinea[] = [];
  for (const m of tekst.matchAll(/[^\n]+/g)) {
    const lead = (/^\s*/.exec(m[0]) as RegExpExecArray)[0].length;
    const kern = m[0].trim();
    if (kern !== '') out.push({ start: m.index + lead, tekst: kern });
  }
  return out;
}

const eersteWoord = (s: string) => /^\S*/.exec(s)?.[0] ?? '';

/** A word that may start a sentence in lower case: a name such as "eHealth", a web address. */
const magKleinBeginnen = (woord: string) => /\p{Lu}/u.test(woord) || /^(www\.|https?:\/\/)|@/.test(woord);

const begintKlein = (s: string) => /^\p{Ll}/u.test(s) && !magKleinBeginnen(eersteWoord(s));

function isAfkorting(woord: string): boolean {
  const w = woord.replace(/^[([“‘"']+/u, '');
  return (
    w.includes('.') ||
    /^\p{L}$/u.test(w) ||
    /^\p{L}\/\p{L}$/u.test(w) ||
    /^\d{1,3}$/.test(w) ||
    /^(i{1,3}|iv|vi{0,3}|ix|x)$/i.test(w) ||
    AFKORTINGEN.has(w.toLowerCase())
  );
}

/** Lower case after a full stop, question or exclamation mark: the start of the next sentence was lost. */
function kleineLetterNaPunt(a: Alinea, gaten: Gat[]): void {
  for (const m of a.tekst.matchAll(/([.!?])([)\]”’"'»]*)\s+(?=\p{Ll})/gu)) {
    const at = m.index;
    const na = at + m[0].length;
    if (m[1] !== '.' && m[2] !== '') continue;
    if (m[1] === '.') {
      if (a.tekst[at - 1] === '.') continue;
      const woord = a.tekst.slice(a.tekst.lastIndexOf(' ', at - 1) + 1, at);
      if (isAfkorting(woord)) continue;
    }
    if (magKleinBeginnen(eersteWoord(a.tekst.slice(na)))) continue;
    gaten.push({ offset: a.start + na, reden: 'kleine-letter-na-punt' });
  }
}

/** "de" directly followed by a conjunction or another article: the words in between were lost. */
function losLidwoord(a: Alinea, gaten: Gat[]): void {
  const re = /(?<![\p{L}\p{N}'’‘“"-])[Dd]e\s+(?=(?:en|of|maar|want|dus|de|het)(?![\p{L}\p{N}'’/-]))/gu;
  for (const m of a.tekst.matchAll(re)) {
    gaten.push({ offset: a.start + m.index + m[0].length, reden: 'los-lidwoord' });
  }
}

/** A word broken at a hyphen followed by a new sentence: the rest of the word and more were lost. */
function afgebrokenWoord(a: Alinea, gaten: Gat[]): void {
  for (const m of a.tekst.matchAll(/(?<![\p{L}\p{N}-])\p{Ll}\p{L}*-\s+(?=\p{Lu})/gu)) {
    gaten.push({ offset: a.start + m.index + m[0].length, reden: 'afgebroken-woord' });
  }
}

function laatsteWoord(s: string): string {
  const woorden = s.split(/\s+/);
  return (woorden[woorden.length - 1] ?? '').replace(/[,]+$/, '').toLowerCase();
}

const isFunctiewoord = (woord: string) =>
  FUNCTIEWOORDEN.has(woord) || VOORNAAMWOORDELIJK_BIJWOORD.test(woord);

interface Opties {
  /** The text is a LET OP: a lower-case start is fine (after a colon), an open end is a cut LET OP. */
  readonly letOp?: boolean;
  /** The text runs straight into its LET OP, so its end is known: a missing full stop there is a typo. */
  readonly eindeVoorLetOp?: boolean;
}

/** Why a paragraph's end shows lost text, or null: the last paragraph may not end on ":" or ";". */
function eindeGat(a: Alinea, laatste: boolean, lijstItem: boolean, opties: Opties): GatReden | null {
  const open = opties.letOp ? 'let-op-afgebroken' : 'eindigt-midden-in-zin';
  if (/\p{L}-$/u.test(a.tekst)) return 'afgebroken-woord';
  if (!opties.letOp && /\bLET(?:\s+OP)?\s*:?$/.test(a.tekst)) return 'let-op-afgebroken';
  if (SLUIT_ZIN.test(a.tekst)) return null;
  if (/[:;]$/.test(a.tekst)) return laatste ? open : null;
  if (opties.letOp || isFunctiewoord(laatsteWoord(a.tekst))) return open;
  // A content word without a full stop: a list item, or a typo right before the LET OP, or lost text.
  const zin = a.tekst.slice(Math.max(...['. ', '? ', '! '].map((s) => a.tekst.lastIndexOf(s))) + 1);
  if (lijstItem || LIJST.test(zin) || (laatste && opties.eindeVoorLetOp)) return null;
  return open;
}

/** The gaps in one text, by offset. */
export function gatenIn(tekst: string, opties: Opties = {}): Gat[] {
  if (tekst.trim() === '') return [{ offset: 0, reden: opties.letOp ? 'let-op-afgebroken' : 'geen-tekst' }];
  const gaten: Gat[] = [];
  const delen = alineas(tekst);
  let vorigeLijst = false;
  delen.forEach((a, i) => {
    const vorige = delen[i - 1];
    const klein = begintKlein(a.tekst);
    // A paragraph after a colon opens a list; the list goes on until an item closes a sentence.
    const lijstItem =
      vorige !== undefined && (/[:;,]$/.test(vorige.tekst) || (vorigeLijst && !SLUIT_ZIN.test(vorige.tekst)));
    vorigeLijst = lijstItem;
    if (klein && !lijstItem && !opties.letOp) gaten.push({ offset: a.start, reden: 'begint-midden-in-zin' });
    kleineLetterNaPunt(a, gaten);
    losLidwoord(a, gaten);
    afgebrokenWoord(a, gaten);
    const reden = eindeGat(a, i === delen.length - 1, lijstItem, opties);
    if (reden) gaten.push({ offset: a.start + a.tekst.length, reden });
  });
  const gezien = new Set<number>();
  return gaten
    .filter((g) => !gezien.has(g.offset) && gezien.add(g.offset))
    .sort((x, y) => x.offset - y.offset);
}

/** The gaps in an oordeel's texts: the bevinding, then the LET OP. */
export function gatenVanOordeel(bevinding: string, letOp: string | null): VeldGat[] {
  return [
    ...gatenIn(bevinding, { eindeVoorLetOp: letOp !== null }).map((g) => ({
      veld: 'bevinding' as const,
      ...g,
    })),
    ...(letOp === null
      ? []
      : gatenIn(letOp, { letOp: true }).map((g) => ({ veld: 'let_op' as const, ...g }))),
  ];
}

/** The gaps in a conclusie's columns; an empty column is no gap. */
export function gatenVanConclusie(
  teksten: Readonly<Record<ConclusieVeld, string | null>>,
): VeldGat<ConclusieVeld>[] {
  return (['goed', 'beter', 'onbepaald'] as const).flatMap((veld) => {
    const t = teksten[veld];
    return t === null || t.trim() === '' ? [] : gatenIn(t).map((g) => ({ veld, ...g }));
  });
}

/** The `gaten` column: a JSON array of {veld, offset, reden}, or null when there is no gap. */
export function gatenJson(gaten: readonly VeldGat[]): string | null {
  if (gaten.length === 0) return null;
  return JSON.stringify(gaten.map((g) => ({ veld: g.veld, offset: g.offset, reden: g.reden })));
}

/** A short excerpt around a gap, the gap shown as "[…]", on one line. */
export function fragment(tekst: string, offset: number, breedte = 40): string {
  const van = Math.max(0, offset - breedte);
  const tot = Math.min(tekst.length, offset + breedte);
  const heel = (i: number) => i <= 0 || i >= tekst.length || /\s/.test(tekst[i] ?? '');
  const links = tekst.slice(van, offset);
  const rechts = tekst.slice(offset, tot);
  const l = van > 0 ? `…${(heel(van - 1) ? links : links.replace(/^\S*\s/, '')).trimStart()}` : links;
  const r = tot < tekst.length ? `${(heel(tot) ? rechts : rechts.replace(/\s\S*$/, '')).trimEnd()}…` : rechts;
  const regel = (s: string) => s.replace(/\s*\n+\s*/g, ' ¶ ').replace(/\s+/g, ' ');
  return `${regel(l).trimEnd()} […] ${regel(r).trimStart()}`.trim();
}
