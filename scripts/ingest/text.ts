import type { SourceLine } from './decode';

/** Lower case, no diacritics, only letters and digits: for matching texts across layouts. */
export function squash(text: string): string {
  let out = SQUASHED.get(text);
  if (out === undefined) {
    out = text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    if (SQUASHED.size >= 50_000) SQUASHED.clear();
    SQUASHED.set(text, out);
  }
  return out;
}

/** squash runs on every label line many times over; the same lines recur. */
const SQUASHED = new Map<string, string>();

const SENTENCE_END = /[.!?:;)”’"']$/;

/** Joins hard-wrapped lines into one string, undoing end-of-line hyphenation ("hulp-" + "verlening"). */
export function joinWrapped(parts: readonly string[]): string {
  let out = '';
  for (const raw of parts) {
    const part = raw.trim().replace(/\s+/g, ' ');
    if (part === '') continue;
    if (out === '') {
      out = part;
    } else if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(part) && !/^(en|of|tot)\b/.test(part)) {
      out = out.slice(0, -1) + part;
    } else {
      out = `${out} ${part}`;
    }
  }
  return out;
}

/**
 * Splits hard-wrapped lines into probable paragraphs: a line that ends a sentence followed by a line
 * that starts with a capital. In the raw PDF layout this is a heuristic, never a certainty.
 */
export function chunkLines(lines: readonly SourceLine[]): SourceLine[][] {
  const chunks: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    const t = line.text.trim();
    if (t === '') continue;
    const prev = current[current.length - 1];
    const startsNew =
      prev !== undefined &&
      (/^LET OP\b/.test(t) || (SENTENCE_END.test(prev.text.trim()) && /^[\p{Lu}“‘"'(0-9]/u.test(t)));
    if (startsNew) {
      chunks.push(current);
      current = [];
    }
    current.push(line);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Paragraph text from wrapped lines: paragraphs separated by a blank line. */
export function paragraphs(lines: readonly SourceLine[]): string {
  return chunkLines(lines)
    .map((c) => joinWrapped(c.map((l) => l.text)))
    .join('\n\n');
}

/** Parses a Dutch number such as "54.000" or "16.849" or "1000". */
export function parseDutchInt(text: string): number {
  return Number.parseInt(text.replace(/\./g, ''), 10);
}
