import type { SourceLine } from '../decode';
import { IngestError } from '../errors';
import type { Mark, Teken } from '../types';

/** The thema headings; in a table region and a conclusie they are headings, not text. */
export const THEMA_NAMES = ['Toeleiding', 'Gezin centraal', 'Aanpak', 'Samenwerking', 'Continu'];

/** Every symbol that is read as a mark, with its meaning. */
export const SYMBOLS: Record<string, Teken> = {
  '√': 'voldoet',
  '✓': 'voldoet',
  '✔': 'voldoet',
  X: 'verbeterpunt',
  '✗': 'verbeterpunt',
  '✘': 'verbeterpunt',
};
/** The mark symbols that cannot be ordinary text (the X can). */
export const SYMBOL_ANYWHERE = /[√✓✔✗✘]/g;

/** A line or cell without tabs and outer whitespace. */
export const clean = (t: string) => t.replace(/\t/g, ' ').trim();

/** Running heads, footers, page numbers and table heads of the PDF layouts: never content. */
export function isNoise(text: string): boolean {
  const t = clean(text);
  return (
    /^Criteria\s+Indicatoren\s+Bevindingen$/.test(t) ||
    THEMA_NAMES.includes(t) ||
    /^Vervolg (bevindingen toezichtonderzoek|conclusie)$/i.test(t) ||
    /^Aanpak:\s*\S/.test(t) ||
    /^Uitkomsten toezichtonderzoek\b.*\|\s*\d+$/.test(t) ||
    /^\d{1,2}$/.test(t)
  );
}

/** A mark found at line `n`. */
export const markOf = (symbol: string, n: number): Mark => ({
  symbol,
  line: n,
  teken: SYMBOLS[symbol] as Teken,
});

/** Marks standing alone on a line ("√", or "√ X √" when a column of marks was flattened). */
export function markOnlyLine(text: string, n: number): Mark[] | null {
  const tokens = clean(text).split(/\s+/);
  if (tokens.length === 0 || !tokens.every((tok) => tok in SYMBOLS)) return null;
  return tokens.map((symbol) => markOf(symbol, n));
}

/** A mark that opens a paragraph: "√ De gemeente ...", "X Er zijn ...". */
export function leadingMark(text: string, n: number): { mark: Mark; rest: string } | null {
  const t = clean(text);
  const m = /^([√✓✔✗✘])\s*(.*)$/u.exec(t) ?? /^(X)\s+(?!\p{Ll})(.*)$/u.exec(t);
  if (!m) return null;
  return { mark: markOf(m[1] as string, n), rest: m[2] ?? '' };
}

/** Every mark symbol in a table line, whether it opens a paragraph or not. */
export function marksIn(text: string, n: number): Mark[] {
  const only = markOnlyLine(text, n);
  if (only) return only;
  const found: Mark[] = [];
  const lead = leadingMark(text, n);
  if (lead?.mark.symbol === 'X') found.push(lead.mark);
  if (lead) found.push(...xsAfterMark(lead.rest, n));
  for (const m of clean(text).matchAll(SYMBOL_ANYWHERE)) found.push(markOf(m[0], n));
  return found;
}

/**
 * Marks directly after an opening mark ("X X Er zijn ..."): a doubled mark, not text. Only the X's are
 * returned; the other symbols are found wherever they stand.
 */
export function xsAfterMark(rest: string, n: number): Mark[] {
  const out: Mark[] = [];
  for (let next = leadingMark(rest, n); next; next = leadingMark(next.rest, n)) {
    if (next.mark.symbol === 'X') out.push(next.mark);
  }
  return out;
}

/** "?" or "\ufffd" where a mark should stand: the file went through an encoding without √/✓/✗. */
export const UNREADABLE_MARK = /^[?\ufffd](?:\s|$)/u;

/** The error for an unreadable mark at line `n`. */
export function unreadableMark(file: string, n: number, encoding: string): IngestError {
  return new IngestError(
    file,
    n,
    `onleesbaar teken ("?") op de plaats van een √ of X: het bestand is waarschijnlijk opgeslagen in een codering zonder √/✓/✗ (gelezen als ${encoding})`,
  );
}

/** The error for a mark written as the letter V (with X for verbeterpunt) at line `n`. */
export function letterMark(file: string, n: number, letter: string): IngestError {
  return new IngestError(
    file,
    n,
    `oordeel als letter "${letter}" in plaats van √: het bestand schrijft de tekens als letters V en X (omgezet via een codering zonder √?); alleen √/✓ (voldoet) en X/✗ (verbeterpunt) worden gelezen, want V kan ook gewone tekst zijn`,
  );
}

/** A "V" where a mark would stand: alone, or opening a paragraph ("V De gemeente …"). */
const LETTER_MARK = /^V(?:\s+(?!\p{Ll})|$)/u;

/**
 * Rejects a table region whose marks were written as letters, V for √ (and X for X): no √/✓/✔ anywhere,
 * and a paragraph or line that opens with a V as a mark would.
 */
export function checkLetterMarks(file: string, texts: readonly SourceLine[]): void {
  if (texts.some((l) => /[√✓✔]/.test(l.text))) return;
  const v = texts.find((l) => LETTER_MARK.test(clean(l.text)));
  if (v) throw letterMark(file, v.n, 'V');
}

/** Splits "… LET OP: …" into the bevinding and its caveat. */
export function splitLetOp(text: string): { bevinding: string; letOp: string | null } {
  const at = text.search(/\bLET OP\s*:/);
  if (at < 0) return { bevinding: text.trim(), letOp: null };
  return {
    bevinding: text.slice(0, at).trim(),
    letOp: text
      .slice(at)
      .replace(/^LET OP\s*:\s*/, '')
      .trim(),
  };
}

/** The first index in `lines[from, to)` whose cleaned text matches `re`, or -1. */
export const firstIndex = (lines: readonly SourceLine[], re: RegExp, from = 0, to = lines.length) => {
  for (let i = from; i < to; i++) if (re.test(clean((lines[i] as SourceLine).text))) return i;
  return -1;
};
