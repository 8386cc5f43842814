import { CRITERIA, INDICATOREN } from '../../src/model/toetsingskader';
import { squash } from './text';

/**
 * Recognises the criterium and indicator texts in the left-hand columns of a factsheet table.
 * Extraction can lose lines, cut a text short, or glue a criterium onto an indicator, so the text is
 * segmented into pieces that are whole or partial framework texts (a minimum-cost segmentation).
 */

interface FrameworkText {
  readonly kind: 'criterium' | 'indicator';
  readonly code: string;
  readonly norm: string;
}

const TEXTS: readonly FrameworkText[] = [
  ...CRITERIA.map((c) => ({ kind: 'criterium' as const, code: c.code, norm: squash(c.tekst) })),
  ...INDICATOREN.flatMap((i) =>
    [i.tekst, ...(i.varianten ?? [])].map((t) => ({
      kind: 'indicator' as const,
      code: i.code,
      norm: squash(t),
    })),
  ),
];

/** Shortest partial piece we accept as evidence of a framework text. */
const MIN_PARTIAL = 8;
const PARTIAL_PENALTY = 6;

export interface LabelPiece {
  /** Indicator codes this piece can be; more than one when a cut text is ambiguous. */
  readonly candidates: readonly string[];
  readonly kind: 'criterium' | 'indicator';
  readonly complete: boolean;
  readonly text: string;
}

export interface LabelParse {
  readonly pieces: readonly LabelPiece[];
  readonly cost: number;
}

/** True when the whole line is one or two contiguous fragments of framework texts. */
export function isLabelFragment(line: string): boolean {
  const s = squash(line);
  if (s.length === 0) return false;
  if (/[.;!?]\s*$/.test(line.trim())) return false;
  let known = FRAGMENTS.get(s);
  if (known === undefined) {
    known = oneOrTwoPieces(s);
    if (FRAGMENTS.size >= CACHE_LIMIT) FRAGMENTS.clear();
    FRAGMENTS.set(s, known);
  }
  return known;
}

const FRAGMENTS = new Map<string, boolean>();

function oneOrTwoPieces(s: string): boolean {
  const inAny = (x: string) => TEXTS.some((t) => t.norm.includes(x));
  if (inAny(s)) return true;
  for (let k = 1; k < s.length; k++) {
    if (inAny(s.slice(0, k)) && inAny(s.slice(k))) return true;
  }
  return false;
}

interface Step {
  readonly from: number;
  readonly cost: number;
  readonly pieces: number;
  readonly piece: LabelPiece | null;
}

/**
 * Segments label text (criterium and indicator cells, possibly several lines) into framework texts.
 * `boundaries` are offsets in the squashed text where source lines meet; pieces may end there.
 * Returns null when some part matches no framework text.
 */
export function parseLabels(lines: readonly string[]): LabelParse | null {
  const parts = lines.map(squash);
  const key = parts.join('|');
  const cached = CACHE.get(key);
  if (cached !== undefined) return cached;
  const result = segment(parts);
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(key, result);
  return result;
}

/** parseLabels is pure and costly, and the same label cells recur (within a file, across runs). */
const CACHE = new Map<string, LabelParse | null>();
const CACHE_LIMIT = 20_000;

function segment(parts: readonly string[]): LabelParse | null {
  const text = parts.join('');
  const boundaries = new Set<number>();
  let acc = 0;
  for (const p of parts) {
    acc += p.length;
    boundaries.add(acc);
  }
  const n = text.length;
  if (n === 0) return null;
  const best: (Step | null)[] = new Array<Step | null>(n + 1).fill(null);
  best[0] = { from: -1, cost: 0, pieces: 0, piece: null };
  for (let i = 0; i < n; i++) {
    const here = best[i];
    if (!here) continue;
    const ends = new Map<number, FrameworkText[]>();
    for (const t of TEXTS) {
      let len = 0;
      while (i + len < n && t.norm.includes(text.slice(i, i + len + 1))) len++;
      if (len === 0) continue;
      const candidatesEnd = new Set<number>([i + len]);
      if (text.startsWith(t.norm, i)) candidatesEnd.add(i + t.norm.length);
      for (const b of boundaries) if (b > i && b < i + len) candidatesEnd.add(b);
      for (const e of candidatesEnd) {
        const list = ends.get(e) ?? [];
        list.push(t);
        ends.set(e, list);
      }
    }
    for (const [end, texts] of ends) {
      const piece = text.slice(i, end);
      const full = texts.filter((t) => t.norm === piece);
      let chosen: FrameworkText[];
      let cost: number;
      let complete: boolean;
      if (full.length > 0) {
        chosen = full;
        cost = 0;
        complete = true;
      } else {
        if (piece.length < MIN_PARTIAL) continue;
        const containing = texts.filter((t) => t.norm.includes(piece));
        const kinds = new Set(containing.map((t) => t.kind));
        // A partial piece that could be either a criterium or an indicator is kept as indicator evidence
        // only when no criterium explains it.
        chosen = kinds.has('criterium') ? containing.filter((t) => t.kind === 'criterium') : containing;
        cost = PARTIAL_PENALTY + Math.min(...chosen.map((t) => t.norm.length - piece.length));
        complete = false;
      }
      const kind = chosen[0]?.kind ?? 'indicator';
      const codes = [...new Set(chosen.filter((t) => t.kind === kind).map((t) => t.code))].sort();
      const candidate: Step = {
        from: i,
        cost: here.cost + cost,
        pieces: here.pieces + 1,
        piece: { candidates: codes, kind, complete, text: piece },
      };
      const prev = best[end];
      if (
        !prev ||
        candidate.cost < prev.cost ||
        (candidate.cost === prev.cost && candidate.pieces < prev.pieces)
      ) {
        best[end] = candidate;
      }
    }
  }
  const last = best[n];
  if (!last) return null;
  const pieces: LabelPiece[] = [];
  let at: number = n;
  while (at > 0) {
    const step = best[at];
    if (!step?.piece) break;
    pieces.unshift(step.piece);
    at = step.from;
  }
  return { pieces, cost: last.cost };
}

/**
 * The indicators named in parsed labels, in order of appearance; consecutive pieces of the same text
 * (a line lost in the middle, a duplicated line) count once.
 */
export function indicatorSlots(parse: LabelParse): (readonly string[])[] {
  const slots: (readonly string[])[] = [];
  for (const piece of parse.pieces) {
    if (piece.kind !== 'indicator') continue;
    const prev = slots[slots.length - 1];
    if (prev && prev.length === 1 && piece.candidates.length === 1 && prev[0] === piece.candidates[0])
      continue;
    if (prev && piece.candidates.length > 1 && piece.candidates.every((c) => prev.includes(c))) continue;
    if (
      prev &&
      prev.length > 1 &&
      piece.candidates.length === 1 &&
      prev.includes(piece.candidates[0] ?? '')
    ) {
      slots[slots.length - 1] = piece.candidates;
      continue;
    }
    slots.push(piece.candidates);
  }
  return slots;
}

/**
 * True when the line is a sizeable piece of the text of indicator `code` and of no other indicator
 * (for pointing at a row that lost its mark).
 */
export function isPieceOfIndicator(line: string, code: string): boolean {
  const s = squash(line);
  if (s.length < 12 || /[.;!?]\s*$/.test(line.trim())) return false;
  const owners = new Set(
    TEXTS.filter((t) => t.kind === 'indicator' && t.norm.includes(s)).map((t) => t.code),
  );
  return owners.size === 1 && owners.has(code);
}
