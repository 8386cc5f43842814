/**
 * Mutation testing for the ingest (issue #6): damaged copies of real factsheets and the oracle that
 * judges what the ingest made of them. Shared by test/scripts/ingest/mutations.test.ts (a sample) and
 * scripts/mutations.ts (`npm run mutations`, the exhaustive corpus).
 *
 * The oracle: a mutated factsheet is either rejected with an IngestError that names the file, or
 * accepted with the same aanpakken and, for every aanpak x indicator, the original oordeel or
 * `onduidelijk` (with a reason). A changed √/X, a lost or extra oordeel, or any other exception is a
 * violation.
 */
import { buildDataset, type SourceFile } from './dataset';
import { IngestError } from './errors';

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
  for (const m of marks) {
    const line = lines[m.line] as string;
    const removed = (
      line.slice(0, m.index) + line.slice(m.index + m.symbol.length).replace(/^ /, '')
    ).trimEnd();
    yield make(
      'remove-mark',
      `rm-L${m.line + 1}c${m.index + 1}`,
      `teken "${m.symbol}" op regel ${m.line + 1} (kolom ${m.index + 1}) weggehaald`,
      utf8(join(lines.toSpliced(m.line, 1, removed))),
    );
  }
  for (const i of markOnly) {
    yield make(
      'remove-mark',
      `rmline-L${i + 1}`,
      `tekenregel ${i + 1} ("${(lines[i] as string).trim()}") weggelaten`,
      utf8(join(lines.toSpliced(i, 1))),
    );
  }
  for (const m of marks) {
    const line = lines[m.line] as string;
    const doubled = `${line.slice(0, m.index)}${m.symbol} ${line.slice(m.index)}`;
    yield make(
      'double-mark',
      `dbl-L${m.line + 1}c${m.index + 1}`,
      `teken "${m.symbol}" op regel ${m.line + 1} (kolom ${m.index + 1}) verdubbeld`,
      utf8(join(lines.toSpliced(m.line, 1, doubled))),
    );
  }
  for (const i of markOnly) {
    yield make(
      'double-mark',
      `dblline-L${i + 1}`,
      `tekenregel ${i + 1} ("${(lines[i] as string).trim()}") verdubbeld`,
      utf8(join(lines.toSpliced(i, 0, lines[i] as string))),
    );
  }

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

/**
 * Mutations the ingest is known to get wrong, by `<seed stem>~<tag>`, with the reason. Each is a
 * limit of what the text can tell, not a bug with a fix: keep this list short and honest. The tests and
 * `npm run mutations` fail on any other violation, and also when one of these stops violating (then
 * remove it here).
 */
export const KNOWN_LIMITS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    [
      '003_ad61aa6d5b713ddd~drop-L421',
      '003_ad61aa6d5b713ddd~drop-L452',
      '003_ad61aa6d5b713ddd~drop-L811',
      '004_c8426f7d3892abc2~drop-L577',
    ].map((k) => [
      k,
      "raw layout: the lost line held both the mark and the whole one-line bevinding of a row; what is left (two label cells, then one mark and bevinding) is exactly how the raw layout prints a merged cell, so the next row's mark is shared over both rows",
    ]),
  ),
};

/** `<seed stem>~<tag>`: how KNOWN_LIMITS names a mutation. */
export const keyOf = (m: Mutation): string => m.file.path.replace(/\.txt$/, '');

export const knownLimit = (m: Mutation): string | undefined => KNOWN_LIMITS[keyOf(m)];

export type Verdict =
  | { readonly status: 'equal' }
  | { readonly status: 'onduidelijk'; readonly count: number }
  | { readonly status: 'rejected'; readonly line: number | null; readonly message: string }
  | { readonly status: 'violation'; readonly detail: string };

export interface Reference {
  readonly aanpakken: readonly string[];
  /** `aanpak_id indicator` to oordeel. */
  readonly oordelen: ReadonlyMap<string, string>;
}

export function referenceOf(file: SourceFile): Reference {
  const ds = buildDataset([file]);
  return {
    aanpakken: ds.aanpakken.map((a) => a.aanpak_id).sort(),
    oordelen: new Map(ds.oordelen.map((o) => [`${o.aanpak_id} ${o.indicator}`, o.oordeel])),
  };
}

function lineCount(bytes: Uint8Array): number {
  let n = 1;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a || bytes[i] === 0x0d) n++;
  return n;
}

/** Runs the ingest on one mutated factsheet and judges the outcome against the original's. */
export function judge(ref: Reference, m: Mutation): Verdict {
  let ds;
  try {
    ds = buildDataset([m.file]);
  } catch (e) {
    if (!(e instanceof IngestError)) {
      const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      return { status: 'violation', detail: `crash: ${what}` };
    }
    if (e.file !== m.file.path || !e.message.startsWith(`${m.file.path}`)) {
      return { status: 'violation', detail: `foutmelding noemt het bestand niet: ${e.message}` };
    }
    if (/\n/.test(e.message)) return { status: 'violation', detail: `foutmelding over meer regels` };
    // CR-only and UTF-16 files count lines by their own line ends; a line must exist in the file.
    if (e.line !== null && (e.line < 1 || e.line > lineCount(m.file.bytes))) {
      return { status: 'violation', detail: `regelnummer ${e.line} bestaat niet: ${e.message}` };
    }
    return { status: 'rejected', line: e.line, message: e.message };
  }
  const aanpakken = ds.aanpakken.map((a) => a.aanpak_id).sort();
  if (aanpakken.join('|') !== ref.aanpakken.join('|')) {
    return {
      status: 'violation',
      detail: `aanpakken ${aanpakken.join(', ')} in plaats van ${ref.aanpakken.join(', ')}`,
    };
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  let onduidelijk = 0;
  for (const o of ds.oordelen) {
    const key = `${o.aanpak_id} ${o.indicator}`;
    if (seen.has(key)) problems.push(`${key} dubbel`);
    seen.add(key);
    const want = ref.oordelen.get(key);
    if (want === undefined) problems.push(`${key} bestaat niet in het origineel`);
    else if (o.oordeel === 'onduidelijk') {
      onduidelijk++;
      if (!o.reden) problems.push(`${key} onduidelijk zonder reden`);
    } else if (o.oordeel !== want) {
      problems.push(`${key} is ${o.oordeel}, origineel ${want} (teken op regel ${o.teken_regel})`);
    }
  }
  for (const key of ref.oordelen.keys()) if (!seen.has(key)) problems.push(`${key} ontbreekt`);
  if (problems.length > 0) return { status: 'violation', detail: problems.join('; ') };
  return onduidelijk > 0 ? { status: 'onduidelijk', count: onduidelijk } : { status: 'equal' };
}

export interface KindCount {
  total: number;
  equal: number;
  onduidelijk: number;
  rejected: number;
  rejectedWithoutLine: number;
  violations: number;
  /** Violations listed in KNOWN_LIMITS. */
  known: number;
}

export interface Finding {
  readonly mutation: Mutation;
  readonly verdict: Verdict;
}

export interface Tally {
  readonly perKind: Record<MutationKind, KindCount>;
  /** Violations not listed in KNOWN_LIMITS: bugs. */
  readonly violations: Finding[];
  /** Violations listed in KNOWN_LIMITS. */
  readonly known: Finding[];
  readonly onduidelijk: Finding[];
  readonly rejectedWithoutLine: Finding[];
}

export function emptyTally(): Tally {
  const perKind = Object.fromEntries(
    MUTATION_KINDS.map((k) => [
      k,
      { total: 0, equal: 0, onduidelijk: 0, rejected: 0, rejectedWithoutLine: 0, violations: 0, known: 0 },
    ]),
  ) as Record<MutationKind, KindCount>;
  return { perKind, violations: [], known: [], onduidelijk: [], rejectedWithoutLine: [] };
}

export function record(tally: Tally, mutation: Mutation, verdict: Verdict): void {
  const c = tally.perKind[mutation.kind];
  c.total++;
  if (verdict.status === 'equal') c.equal++;
  else if (verdict.status === 'onduidelijk') {
    c.onduidelijk++;
    tally.onduidelijk.push({ mutation, verdict });
  } else if (verdict.status === 'rejected') {
    c.rejected++;
    if (verdict.line === null) {
      c.rejectedWithoutLine++;
      tally.rejectedWithoutLine.push({ mutation, verdict });
    }
  } else {
    c.violations++;
    if (knownLimit(mutation)) {
      c.known++;
      tally.known.push({ mutation, verdict });
    } else {
      tally.violations.push({ mutation, verdict });
    }
  }
}

export function formatTally(tally: Tally): string {
  const rows = MUTATION_KINDS.map((k) => {
    const c = tally.perKind[k];
    return `| ${k} | ${c.total} | ${c.equal} | ${c.onduidelijk} | ${c.rejected} | ${c.rejectedWithoutLine} | ${c.violations} | ${c.known} |`;
  });
  const sum = (f: keyof KindCount) => MUTATION_KINDS.reduce((s, k) => s + tally.perKind[k][f], 0);
  return [
    '| soort | totaal | aanvaard, gelijk | aanvaard, met onduidelijk | afgewezen | waarvan zonder regel | schendingen | waarvan bekende beperking |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    `| totaal | ${sum('total')} | ${sum('equal')} | ${sum('onduidelijk')} | ${sum('rejected')} | ${sum('rejectedWithoutLine')} | ${sum('violations')} | ${sum('known')} |`,
  ].join('\n');
}

/** One line for a log: "accepted a + o (onduidelijk), rejected r, violations v (k known)". */
export function summaryLine(tally: Tally): string {
  const sum = (f: keyof KindCount) => MUTATION_KINDS.reduce((s, k) => s + tally.perKind[k][f], 0);
  return `${sum('total')} mutaties: ${sum('equal') + sum('onduidelijk')} aanvaard (${sum('equal')} gelijk, ${sum('onduidelijk')} met onduidelijk), ${sum('rejected')} afgewezen (${sum('rejectedWithoutLine')} zonder regelnummer), ${sum('violations')} schendingen (${sum('known')} bekende beperking)`;
}

export function formatFinding(f: Finding): string {
  const v = f.verdict;
  const detail =
    v.status === 'violation'
      ? v.detail
      : v.status === 'rejected'
        ? v.message
        : v.status === 'onduidelijk'
          ? `${v.count} onduidelijk`
          : 'gelijk';
  return `${f.mutation.seed} [${f.mutation.kind}] ${f.mutation.what}: ${detail}`;
}

/** The mutation of a seed with this tag (the part of its file name after "~"), or undefined. */
export function mutationByTag(seed: string, text: string, tag: string): Mutation | undefined {
  for (const m of mutationsOf(seed, text, EXHAUSTIVE)) if (m.file.path.endsWith(`~${tag}.txt`)) return m;
  return undefined;
}
