/**
 * Mutation testing for the ingest (issue #6): damaged copies of real factsheets; the oracle that
 * judges what the ingest made of them is mutate-judge.ts, the counts mutate-tally.ts. Shared by
 * test/scripts/ingest/mutations.test.ts (a sample) and scripts/mutations.ts (`npm run mutations`, the
 * exhaustive corpus).
 *
 * The oracle: a mutated factsheet is either rejected with an IngestError that names the file, or
 * accepted with the same aanpakken and, for every aanpak x indicator, the original oordeel or
 * `onduidelijk` (with a reason). A changed √/X, a lost or extra oordeel, or any other exception is a
 * violation.
 */
import type { SourceFile } from './dataset';

export const MUTATION_KINDS = [
  'drop-line',
  'dup-line',
  'remove-mark',
  'double-mark',
  'encoding',
  'line-ends',
  'truncate',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutation {
  readonly kind: MutationKind;
  readonly seed: string;
  /** What was done, in words, with the 1-based line of the original file where that applies. */
  readonly what: string;
  readonly file: SourceFile;
}

export interface MutationOptions {
  /** Drop / duplicate every `lineStep`-th non-blank line (1 = every line, blank lines included). */
  readonly lineStep: number;
  /** Mutate every `markStep`-th mark occurrence (1 = every mark). */
  readonly markStep: number;
  /** Also truncate before every line, not only at the section starts. */
  readonly truncateEveryLine: boolean;
}

export const EXHAUSTIVE: MutationOptions = { lineStep: 1, markStep: 1, truncateEveryLine: true };

/** The sample the unit test runs: every 4th text line, every mark, every section start. */
export const SAMPLE: MutationOptions = { lineStep: 4, markStep: 1, truncateEveryLine: false };

/**
 * A mark in the text: a check or cross symbol anywhere, or an "X" standing as a word of its own (at
 * the start of a line, a tab cell or a `<p>` paragraph, or between spaces).
 */
const MARK_IN_LINE = /[√✓✔✗✘]|(?<![^\s>])X(?![^\s<])/gu;

const MARK_ONLY_LINE = /^\s*(?:[√✓✔✗✘X]\s*)+$/u;

interface MarkAt {
  readonly line: number;
  readonly index: number;
  readonly symbol: string;
}

function marksOf(lines: readonly string[]): MarkAt[] {
  return lines.flatMap((text, line) =>
    [...text.matchAll(MARK_IN_LINE)].map((m) => ({ line, index: m.index, symbol: m[0] })),
  );
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** UTF-16 with a byte order mark. */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

/** The characters Windows-1252 puts in 0x80-0x9f; the rest of the code page is Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** A single-byte encoding as a careless converter writes it: what does not fit becomes "?". */
function singleByte(text: string, codepage: 'latin-1' | 'windows-1252'): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    const high = codepage === 'windows-1252' ? CP1252_HIGH.indexOf(ch) : -1;
    if (high >= 0 && !/[\u0080-\u009f]/.test(ch)) out.push(0x80 + high);
    else if (c < 0x80 || (c >= 0xa0 && c <= 0xff) || (codepage === 'latin-1' && c <= 0xff)) out.push(c);
    else out.push(0x3f);
  }
  return Uint8Array.from(out);
}

function stem(seed: string): string {
  return seed.replace(/\.txt$/, '');
}

/** Every mutation of one seed factsheet, in a fixed order. */
export function* mutationsOf(seed: string, text: string, opts: MutationOptions): Generator<Mutation> {
  const lines = text.split('\n');
  const join = (ls: readonly string[]) => ls.join('\n');
  const make = (kind: MutationKind, tag: string, what: string, bytes: Uint8Array): Mutation => ({
    kind,
    seed,
    what,
    file: { path: `${stem(seed)}~${tag}.txt`, bytes },
  });
  const nonBlank = lines.map((l, i) => (l.trim() === '' ? -1 : i)).filter((i) => i >= 0);
  const lineSample =
    opts.lineStep === 1 ? lines.map((_, i) => i) : nonBlank.filter((_, j) => j % opts.lineStep === 0);

  for (const i of lineSample) {
    yield make('drop-line', `drop-L${i + 1}`, `regel ${i + 1} weggelaten`, utf8(join(lines.toSpliced(i, 1))));
  }
  for (const i of lineSample) {
    yield make(
      'dup-line',
      `dup-L${i + 1}`,
      `regel ${i + 1} verdubbeld`,
      utf8(join(lines.toSpliced(i, 0, lines[i] as string))),
    );
  }

  const marks = marksOf(lines).filter((_, j) => j % opts.markStep === 0);
  const markOnly = nonBlank.filter((i) => MARK_ONLY_LINE.test(lines[i] as string));
  function* atMarks(
    kind: MutationKind,
    tag: string,
    verb: string,
    edit: (line: string, m: MarkAt) => string,
  ) {
    for (const m of marks) {
      const at = `regel ${m.line + 1} (kolom ${m.index + 1})`;
      yield make(
        kind,
        `${tag}-L${m.line + 1}c${m.index + 1}`,
        `teken "${m.symbol}" op ${at} ${verb}`,
        utf8(join(lines.toSpliced(m.line, 1, edit(lines[m.line] as string, m)))),
      );
    }
  }
  function* markLines(kind: MutationKind, tag: string, verb: string, doubled: boolean) {
    for (const i of markOnly) {
      const line = lines[i] as string;
      const changed = doubled ? lines.toSpliced(i, 0, line) : lines.toSpliced(i, 1);
      yield make(
        kind,
        `${tag}-L${i + 1}`,
        `tekenregel ${i + 1} ("${line.trim()}") ${verb}`,
        utf8(join(changed)),
      );
    }
  }
  yield* atMarks('remove-mark', 'rm', 'weggehaald', (line, m) =>
    (line.slice(0, m.index) + line.slice(m.index + m.symbol.length).replace(/^ /, '')).trimEnd(),
  );
  yield* markLines('remove-mark', 'rmline', 'weggelaten', false);
  yield* atMarks(
    'double-mark',
    'dbl',
    'verdubbeld',
    (line, m) => `${line.slice(0, m.index)}${m.symbol} ${line.slice(m.index)}`,
  );
  yield* markLines('double-mark', 'dblline', 'verdubbeld', true);

  yield make('encoding', 'latin-1', 'als latin-1 (ISO-8859-1) opgeslagen', singleByte(text, 'latin-1'));
  yield make('encoding', 'cp1252', 'als Windows-1252 opgeslagen', singleByte(text, 'windows-1252'));
  yield make('encoding', 'utf16le', 'als UTF-16LE met BOM opgeslagen', utf16(text, true));
  yield make('encoding', 'utf16be', 'als UTF-16BE met BOM opgeslagen', utf16(text, false));
  yield make('encoding', 'utf8bom', 'als UTF-8 met BOM opgeslagen', utf8(`\ufeff${text}`));
  yield make(
    'encoding',
    'utf16le-crlf',
    'als UTF-16LE met BOM en CRLF opgeslagen',
    utf16(text.replace(/\n/g, '\r\n'), true),
  );

  yield make('line-ends', 'crlf', 'CRLF-regeleinden', utf8(text.replace(/\n/g, '\r\n')));
  yield make('line-ends', 'cr', 'CR-regeleinden (oude Mac)', utf8(text.replace(/\n/g, '\r')));
  yield make(
    'line-ends',
    'mixed',
    'afwisselend LF en CRLF',
    utf8(lines.map((l, i) => (i % 2 === 0 ? `${l}\r` : l)).join('\n')),
  );

  const cuts = new Map<number, string>();
  const section = (re: RegExp, name: string) => {
    lines.forEach((l, i) => {
      if (re.test(l.replace(/\t/g, ' ').trim()) && !cuts.has(i)) cuts.set(i, `voor ${name} (regel ${i + 1})`);
    });
  };
  section(/^Aanpak:/, '"Aanpak:"');
  section(/^Criteria\s+Indicatoren\s+Bevindingen$/, 'de tabelkop');
  section(/^Conclusie$/, '"Conclusie"');
  section(/^Bevindingen toezichtonderzoek$/, '"Bevindingen toezichtonderzoek"');
  section(/^(Toeleiding|Gezin centraal|Aanpak|Samenwerking|Continu)$/, 'een themakop');
  // Mid-table: halfway between each table header and the next header or "Conclusie".
  const heads = [...cuts.keys()].sort((a, b) => a - b);
  heads.forEach((h, j) => {
    if (!/^Criteria\s+Indicatoren/.test((lines[h] as string).replace(/\t/g, ' ').trim())) return;
    const next = heads[j + 1] ?? lines.length;
    const mid = Math.floor((h + next) / 2);
    if (mid > h + 1 && !cuts.has(mid)) cuts.set(mid, `midden in de tabel (regel ${mid + 1})`);
  });
  if (opts.truncateEveryLine) {
    for (let i = 1; i < lines.length; i++) if (!cuts.has(i)) cuts.set(i, `bij regel ${i + 1}`);
  }
  for (const [i, where] of [...cuts].sort((a, b) => a[0] - b[0])) {
    if (i === 0) continue;
    yield make('truncate', `cut-L${i + 1}`, `afgebroken ${where}`, utf8(join(lines.slice(0, i))));
  }
}

/** The mutation of a seed with this tag (the part of its file name after "~"), or undefined. */
export function mutationByTag(seed: string, text: string, tag: string): Mutation | undefined {
  for (const m of mutationsOf(seed, text, EXHAUSTIVE)) if (m.file.path.endsWith(`~${tag}.txt`)) return m;
  return undefined;
}
