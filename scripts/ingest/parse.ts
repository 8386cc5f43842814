import type { DecodedSource, SourceLine } from './decode';
import { IngestError } from './errors';
import { indicatorSlots, isLabelFragment, parseLabels } from './labels';
import { chunkLines, joinWrapped, paragraphs, parseDutchInt, squash } from './text';
import type {
  Block,
  Layout,
  Mark,
  Para,
  ParsedAanpak,
  ParsedConclusie,
  ParsedDocument,
  Teken,
} from './types';

const THEMA_NAMES = ['Toeleiding', 'Gezin centraal', 'Aanpak', 'Samenwerking', 'Continu'];
const SYMBOLS: Record<string, Teken> = {
  '√': 'voldoet',
  '✓': 'voldoet',
  '✔': 'voldoet',
  X: 'verbeterpunt',
  '✗': 'verbeterpunt',
  '✘': 'verbeterpunt',
};
const SYMBOL_ANYWHERE = /[√✓✔✗✘]/g;

const clean = (t: string) => t.replace(/\t/g, ' ').trim();

function isNoise(text: string): boolean {
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

/** Marks standing alone on a line ("√", or "√ X √" when a column of marks was flattened). */
function markOnlyLine(text: string, n: number): Mark[] | null {
  const tokens = clean(text).split(/\s+/);
  if (tokens.length === 0 || !tokens.every((tok) => tok in SYMBOLS)) return null;
  return tokens.map((symbol) => ({ symbol, line: n, teken: SYMBOLS[symbol] as Teken }));
}

/** A mark that opens a paragraph: "√ De gemeente ...", "X Er zijn ...". */
function leadingMark(text: string, n: number): { mark: Mark; rest: string } | null {
  const t = clean(text);
  const m = /^([√✓✔✗✘])\s*(.*)$/u.exec(t) ?? /^(X)\s+(?!\p{Ll})(.*)$/u.exec(t);
  if (!m) return null;
  const symbol = m[1] as string;
  return { mark: { symbol, line: n, teken: SYMBOLS[symbol] as Teken }, rest: m[2] ?? '' };
}

/** Every mark symbol in a table line, whether it opens a paragraph or not. */
function marksIn(text: string, n: number): Mark[] {
  const only = markOnlyLine(text, n);
  if (only) return only;
  const found: Mark[] = [];
  const lead = leadingMark(text, n);
  if (lead?.mark.symbol === 'X') found.push(lead.mark);
  if (lead) found.push(...xsAfterMark(lead.rest, n));
  for (const m of clean(text).matchAll(SYMBOL_ANYWHERE)) {
    found.push({ symbol: m[0], line: n, teken: SYMBOLS[m[0]] as Teken });
  }
  return found;
}

/**
 * Marks directly after an opening mark ("X X Er zijn ..."): a doubled mark, not text. Only the X's are
 * returned; the other symbols are found wherever they stand.
 */
function xsAfterMark(rest: string, n: number): Mark[] {
  const out: Mark[] = [];
  for (let next = leadingMark(rest, n); next; next = leadingMark(next.rest, n)) {
    if (next.mark.symbol === 'X') out.push(next.mark);
  }
  return out;
}

/** "?" or "\ufffd" where a mark should stand: the file went through an encoding without √/✓/✗. */
const UNREADABLE_MARK = /^[?\ufffd](?:\s|$)/u;

function unreadableMark(file: string, n: number, encoding: string): IngestError {
  return new IngestError(
    file,
    n,
    `onleesbaar teken ("?") op de plaats van een √ of X: het bestand is waarschijnlijk opgeslagen in een codering zonder √/✓/✗ (gelezen als ${encoding})`,
  );
}

function splitLetOp(text: string): { bevinding: string; letOp: string | null } {
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

function paraFromLines(lines: readonly SourceLine[], mark: Mark | null): Para {
  const texts = lines.map((l, i) => {
    if (i === 0 && mark) return leadingMark(l.text, l.n)?.rest ?? '';
    return l.text;
  });
  const { bevinding, letOp } = splitLetOp(joinWrapped(texts));
  return {
    mark,
    bevinding,
    letOp,
    from: lines[0]?.n ?? 0,
    to: lines[lines.length - 1]?.n ?? 0,
  };
}

/** Chunks of body text, with a LET OP chunk attached to the chunk it follows. */
function chunkParas(lines: readonly SourceLine[]): Para[] {
  const out: Para[] = [];
  for (const chunk of chunkLines(lines)) {
    const para = paraFromLines(chunk, null);
    const prev = out[out.length - 1];
    if (para.bevinding === '' && para.letOp !== null && prev) {
      out[out.length - 1] = {
        ...prev,
        letOp: prev.letOp ? `${prev.letOp} ${para.letOp}` : para.letOp,
        to: para.to,
      };
    } else {
      out.push(para);
    }
  }
  return out;
}

interface BodyItem {
  readonly line: SourceLine;
  readonly stacked: Mark[] | null;
  readonly lead: Mark | null;
}

function buildRawBlock(file: string, labelLines: SourceLine[], body: BodyItem[]): Block {
  const first = labelLines[0] as SourceLine;
  const labels = parseLabels(labelLines.map((l) => l.text));
  if (!labels)
    throw new IngestError(
      file,
      first.n,
      `onbekende indicator: "${clean(labelLines.map((l) => l.text).join(' '))}"`,
    );
  const marks: Mark[] = [];
  const textLines: SourceLine[] = [];
  const inline: { mark: Mark | null; lines: SourceLine[] }[] = [];
  let stackedCount = 0;
  for (const item of body) {
    if (item.stacked) {
      marks.push(...item.stacked);
      stackedCount += item.stacked.length;
      continue;
    }
    if (item.lead) {
      marks.push(item.lead);
      inline.push({ mark: item.lead, lines: [item.line] });
    } else if (inline.length > 0) {
      inline[inline.length - 1]?.lines.push(item.line);
    } else {
      inline.push({ mark: null, lines: [item.line] });
    }
    textLines.push(item.line);
  }
  const explicit = stackedCount === 0 && inline.every((p) => p.mark !== null);
  const paras = inline.map((p) => paraFromLines(p.lines, p.mark));
  const last = body[body.length - 1]?.line ?? labelLines[labelLines.length - 1] ?? first;
  return {
    labelLines,
    labels,
    slots: indicatorSlots(labels),
    marks,
    paras,
    explicitParas: explicit,
    chunks: explicit ? paras : chunkParas(textLines),
    from: first.n,
    to: last.n,
  };
}

/**
 * A criterium cell always opens a new table row: label lines in which a criterium follows an indicator
 * are two rows, and the first one lost its mark and bevinding (a lost line). Splits the lines there, so
 * the first row is reported as an indicator without a mark instead of sharing the next row's mark.
 */
function splitAtCriteria(lines: readonly SourceLine[]): SourceLine[][] {
  const parse = parseLabels(lines.map((l) => l.text));
  if (!parse) return [[...lines]];
  const ends: number[] = [];
  let acc = 0;
  for (const l of lines) {
    acc += squash(l.text).length;
    ends.push(acc);
  }
  const cuts: number[] = [];
  let offset = 0;
  let seenIndicator = false;
  for (const piece of parse.pieces) {
    if (piece.kind === 'indicator') seenIndicator = true;
    else if (seenIndicator) {
      const at = ends.findIndex((e) => e > offset);
      if (at > 0 && !cuts.includes(at)) cuts.push(at);
      seenIndicator = false;
    }
    offset += piece.text.length;
  }
  const rows: SourceLine[][] = [];
  let from = 0;
  for (const cut of cuts) {
    rows.push(lines.slice(from, cut));
    from = cut;
  }
  rows.push(lines.slice(from));
  return rows;
}

/** Tables in the raw PDF-to-text layout: labels, then marks (inline or stacked), then bevinding text. */
function parseRawTables(
  file: string,
  region: readonly SourceLine[],
  encoding: string,
): { blocks: Block[]; found: Mark[]; unplaced: SourceLine[] } {
  const items = region.filter((l) => clean(l.text) !== '' && !isNoise(l.text));
  const unreadable = items.find((l) => UNREADABLE_MARK.test(clean(l.text)));
  if (unreadable) throw unreadableMark(file, unreadable.n, encoding);
  const found = items.flatMap((l) => marksIn(l.text, l.n));
  const blocks: Block[] = [];
  const unplaced: SourceLine[] = [];
  let labelLines: SourceLine[] | null = null;
  let body: BodyItem[] = [];
  const flush = () => {
    if (labelLines) blocks.push(buildRawBlock(file, labelLines, body));
    labelLines = null;
    body = [];
  };
  const markish = items.map((l) => markOnlyLine(l.text, l.n) !== null || leadingMark(l.text, l.n) !== null);
  // runEnd[k]: the end of the run of label fragments (without marks) that starts at k.
  const runEnd = new Array<number>(items.length + 1).fill(items.length);
  for (let k = items.length - 1; k >= 0; k--) {
    const labelish = !markish[k] && isLabelFragment((items[k] as SourceLine).text);
    runEnd[k] = labelish ? (runEnd[k + 1] as number) : k;
  }
  let i = 0;
  while (i < items.length) {
    const line = items[i] as SourceLine;
    if (markish[i]) {
      const stacked = markOnlyLine(line.text, line.n);
      if (!labelLines) {
        throw new IngestError(
          file,
          line.n,
          `teken "${clean(line.text).slice(0, 1)}" staat niet bij een indicator`,
        );
      }
      body.push({ line, stacked, lead: stacked ? null : (leadingMark(line.text, line.n)?.mark ?? null) });
      i++;
      continue;
    }
    const j = runEnd[i] as number;
    if (j > i && markish[j]) {
      const run = items.slice(i, j);
      let bestStart = 0;
      let bestCost = Number.POSITIVE_INFINITY;
      for (let s = 0; s < run.length; s++) {
        const parse = parseLabels(run.slice(s).map((l) => l.text));
        if (parse && indicatorSlots(parse).length > 0 && parse.cost < bestCost) {
          bestCost = parse.cost;
          bestStart = s;
        }
      }
      const leading = run.slice(0, bestStart);
      if (labelLines) body.push(...leading.map((l) => ({ line: l, stacked: null, lead: null })));
      else unplaced.push(...leading);
      flush();
      const rows = splitAtCriteria(run.slice(bestStart));
      for (const row of rows.slice(0, -1)) blocks.push(buildRawBlock(file, row, []));
      labelLines = rows[rows.length - 1] as SourceLine[];
      i = j;
      continue;
    }
    if (labelLines) body.push({ line, stacked: null, lead: null });
    else unplaced.push(line);
    i++;
  }
  flush();
  return { blocks, found, unplaced };
}

/** The paragraphs of a cell as text: `<p>` elements, or the whole cell. */
function cellParts(cell: string): string[] {
  const parts = /<p>/i.test(cell)
    ? [...cell.matchAll(/<p>([\s\S]*?)(?:<\/p>|$)/gi)].map((m) => m[1] ?? '')
    : [cell];
  // Only the extraction's own markup goes; any other "<...>" is source text and stays.
  return parts.map((p) => p.replace(/<\/?(p|br)\b[^>]*>/gi, ' ').trim()).filter((p) => p !== '');
}

function cellParas(cell: string, n: number): Para[] {
  return cellParts(cell).map((p) => {
    const lead = leadingMark(p, n);
    const { bevinding, letOp } = splitLetOp(lead ? lead.rest : p);
    return { mark: lead?.mark ?? null, bevinding, letOp, from: n, to: n };
  });
}

/** Tables in the tab-separated layout: one row per line, cells split by tabs, paragraphs as `<p>`. */
function parseTabTables(
  file: string,
  region: readonly SourceLine[],
  encoding: string,
): { blocks: Block[]; found: Mark[]; unplaced: SourceLine[] } {
  const found: Mark[] = [];
  /** Paragraphs of one bevinding cell; in this layout each `<p>` of a cell opens with its own mark. */
  const cellOf = (cell: string, n: number): Para[] => {
    const parts = cellParts(cell);
    if (parts.some((p) => UNREADABLE_MARK.test(p))) throw unreadableMark(file, n, encoding);
    const paras = cellParas(cell, n);
    const bare = paras.find((p) => p.mark === null && p.bevinding !== '');
    if (parts.length > 1 && bare && paras.some((p) => p.mark !== null)) {
      throw new IngestError(
        file,
        n,
        `alinea zonder teken (√ of X) tussen alinea's met een teken: "${bare.bevinding.slice(0, 60)}…" (teken verloren?)`,
      );
    }
    for (const p of paras) if (p.mark) found.push(...xsAfterMark(p.bevinding, n));
    return paras;
  };
  const blocks: Block[] = [];
  const unplaced: SourceLine[] = [];
  for (const line of region) {
    if (clean(line.text) === '' || isNoise(line.text)) continue;
    const cells = line.text.split('\t');
    if (cells.length < 3) {
      const prev = blocks[blocks.length - 1];
      const paras = cellOf(line.text, line.n);
      found.push(
        ...paras.flatMap((p) => (p.mark ? [p.mark] : [])),
        ...marksIn(line.text, line.n).filter((m) => m.symbol !== 'X'),
      );
      if (prev) {
        blocks[blocks.length - 1] = {
          ...prev,
          paras: [...prev.paras, ...paras],
          chunks: [...prev.chunks, ...paras],
          to: line.n,
        };
        if (paras.some((p) => p.mark)) {
          blocks[blocks.length - 1] = {
            ...(blocks[blocks.length - 1] as Block),
            marks: [...prev.marks, ...paras.flatMap((p) => (p.mark ? [p.mark] : []))],
          };
        }
      } else {
        unplaced.push(line);
      }
      continue;
    }
    const [crit = '', ind = '', ...rest] = cells;
    const cell = rest.join(' ');
    const labelLines = [crit, ind].filter((t) => t.trim() !== '').map((text) => ({ n: line.n, text }));
    const labels = parseLabels(labelLines.map((l) => l.text));
    if (!labels || indicatorSlots(labels).length === 0) {
      throw new IngestError(file, line.n, `onbekende indicator: "${clean(ind || crit).slice(0, 120)}"`);
    }
    const paras = cellOf(cell, line.n);
    const marks = paras.flatMap((p) => (p.mark ? [p.mark] : []));
    found.push(...marks);
    for (const m of cell.matchAll(SYMBOL_ANYWHERE))
      found.push({ symbol: m[0], line: line.n, teken: SYMBOLS[m[0]] as Teken });
    // A leading ✓/✗ was counted twice above (as paragraph mark and as symbol); keep one.
    for (const m of marks) {
      if (m.symbol !== 'X') found.splice(found.lastIndexOf(found.find((f) => f === m) as Mark), 1);
    }
    blocks.push({
      labelLines,
      labels,
      slots: indicatorSlots(labels),
      marks,
      paras,
      explicitParas: paras.every((p) => p.mark !== null),
      chunks: paras,
      from: line.n,
      to: line.n,
    });
  }
  return { blocks, found, unplaced };
}

function parseConclusies(region: readonly SourceLine[]): ParsedConclusie[] {
  const out: ParsedConclusie[] = [];
  let current: {
    c: ParsedConclusie;
    col: 'goed' | 'beter' | 'onbepaald' | 'tab' | null;
    buf: SourceLine[];
  } | null = null;
  const flushBuf = () => {
    if (!current || current.buf.length === 0) return;
    const col = current.col === 'goed' || current.col === 'beter' ? current.col : 'onbepaald';
    for (const p of paragraphs(current.buf).split('\n\n')) if (p.trim()) current.c[col].push(p);
    current.buf = [];
  };
  let inIntro = false;
  for (const line of region) {
    const t = clean(line.text);
    if (t === '') continue;
    if (/^Hieronder leest u een conclusie/.test(t)) inIntro = true;
    if (THEMA_NAMES.includes(t)) {
      inIntro = false;
      flushBuf();
      current = {
        c: { thema: t, goed: [], beter: [], onbepaald: [], from: line.n, to: line.n },
        col: null,
        buf: [],
      };
      out.push(current.c);
      continue;
    }
    if (inIntro) {
      if (/behelzen\.?$/.test(t)) inIntro = false;
      continue;
    }
    if (isNoise(line.text) || !current) continue;
    const c = current.c as { to: number };
    c.to = line.n;
    if (/^Wat gaat goed\?\s*\tWat kan beter\?$/.test(line.text.trim())) {
      flushBuf();
      current.col = 'tab';
    } else if (/^Wat gaat goed\?\s*Wat kan beter\?$/.test(t)) {
      flushBuf();
      current.col = 'onbepaald';
    } else if (/^Wat gaat goed\?$/.test(t)) {
      flushBuf();
      current.col = 'goed';
    } else if (/^Wat kan beter\?$/.test(t)) {
      flushBuf();
      current.col = 'beter';
    } else if (current.col === 'tab' && line.text.includes('\t')) {
      const [goed = '', beter = ''] = line.text.split('\t');
      for (const [col, cell] of [
        ['goed', goed],
        ['beter', beter],
      ] as const) {
        for (const p of cellParas(cell, line.n)) if (p.bevinding) current.c[col].push(p.bevinding);
      }
    } else {
      current.buf.push(line);
    }
  }
  flushBuf();
  return out;
}

const firstIndex = (lines: readonly SourceLine[], re: RegExp, from = 0, to = lines.length) => {
  for (let i = from; i < to; i++) if (re.test(clean((lines[i] as SourceLine).text))) return i;
  return -1;
};

function numberPhrase(text: string, re: RegExp): { value: number; phrase: string } | null {
  const m = re.exec(text);
  if (!m?.[1]) return null;
  return { value: parseDutchInt(m[1]), phrase: m[0].trim() };
}

function aantalGezinnen(beschrijving: string): { value: number; phrase: string } | null {
  const sentences = beschrijving.split(/(?<=[.!?])\s+/);
  for (const s of sentences.reverse()) {
    const m = /(?:(circa|ongeveer|ruim|bijna|zo'n)\s+)?(\d[\d.]*)\s+gezinnen\b/i.exec(s);
    if (m?.[2]) return { value: parseDutchInt(m[2]), phrase: s.trim() };
  }
  return null;
}

const nextNonEmpty = (lines: readonly SourceLine[], from: number): number => {
  for (let i = from; i < lines.length; i++) if (clean((lines[i] as SourceLine).text) !== '') return i;
  return -1;
};

/** The sentence that opens every aanpak, right under its name. */
const AANPAK_INTRO = /vragenlijst/i;

/** A name is a few words, not a sentence. */
function looksLikeName(text: string): boolean {
  return /\p{L}/u.test(text) && text.split(/\s+/).length <= 8 && !/[.,;:!?]$/.test(text);
}

interface Start {
  readonly index: number;
  readonly naam: string;
}

/**
 * The aanpakken: a line "Aanpak: <naam>" (or "Aanpak:" with the name on the next line) directly
 * followed by the sentence about the vragenlijst. Running heads "Aanpak: <naam>" on every page are not
 * followed by that sentence.
 */
function findStarts(file: string, lines: readonly SourceLine[]): Start[] {
  const starts: Start[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^Aanpak:\s*(.*)$/.exec(clean((lines[i] as SourceLine).text));
    if (!m) continue;
    let naam = (m[1] ?? '').trim();
    let naamAt = i;
    if (naam === '') {
      naamAt = nextNonEmpty(lines, i + 1);
      if (naamAt < 0) continue;
      naam = clean((lines[naamAt] as SourceLine).text);
      if (AANPAK_INTRO.test(naam)) {
        throw new IngestError(
          file,
          (lines[i] as SourceLine).n,
          `aanpak zonder naam: na "Aanpak:" volgt direct "${naam.slice(0, 80)}"`,
        );
      }
    }
    const introAt = nextNonEmpty(lines, naamAt + 1);
    if (introAt < 0 || !AANPAK_INTRO.test(clean((lines[introAt] as SourceLine).text))) continue;
    if (!looksLikeName(naam)) {
      throw new IngestError(
        file,
        (lines[naamAt] as SourceLine).n,
        `"${naam.slice(0, 80)}" is geen naam van een aanpak (kop "Aanpak:" beschadigd?)`,
      );
    }
    const twin = starts.find((s) => squash(s.naam) === squash(naam));
    if (twin) {
      throw new IngestError(
        file,
        (lines[i] as SourceLine).n,
        `aanpak "${naam}" staat twee keer in het bestand (ook op regel ${(lines[twin.index] as SourceLine).n})`,
      );
    }
    starts.push({ index: i, naam });
  }
  return starts;
}

/** Headings that every aanpak has exactly once. */
const ONCE_PER_AANPAK: readonly RegExp[] = [
  /^Beschrijving$/,
  /^Bevindingen toezichtonderzoek$/,
  /^Conclusie$/,
];
const TABLE_HEAD = /^Criteria\s+Indicatoren\s+Bevindingen$/;

/**
 * Every aanpak heading, table and conclusie must belong to exactly one aanpak. When a line
 * "Aanpak: <naam>" is lost, the aanpak's content would be read as part of the one before it (or as
 * context); this finds that and names the line.
 */
function checkSections(file: string, lines: readonly SourceLine[], starts: readonly Start[]): void {
  const lost = 'de kop "Aanpak: <naam>" ontbreekt of is onleesbaar';
  const first = (starts[0] as Start).index;
  for (const line of lines.slice(0, first)) {
    const t = clean(line.text);
    if (TABLE_HEAD.test(t) || ONCE_PER_AANPAK.some((re) => re.test(t))) {
      throw new IngestError(
        file,
        line.n,
        `"${t}" staat niet onder een aanpak: ${lost} (met de zin over de vragenlijst eronder)`,
      );
    }
  }
  starts.forEach((start, idx) => {
    const end = starts[idx + 1]?.index ?? lines.length;
    if (start.index >= lines.length) return;
    const seen = new Map<RegExp, number>();
    let conclusie = false;
    for (const line of lines.slice(start.index, end)) {
      const t = clean(line.text);
      if (conclusie && TABLE_HEAD.test(t)) {
        throw new IngestError(
          file,
          line.n,
          `tabel na de conclusie van aanpak "${start.naam}": ${lost} (of de regel "Conclusie" staat op de verkeerde plaats)`,
        );
      }
      const re = ONCE_PER_AANPAK.find((r) => r.test(t));
      if (!re) continue;
      if (re.source === '^Conclusie$') conclusie = true;
      const prev = seen.get(re);
      if (prev !== undefined) {
        throw new IngestError(
          file,
          line.n,
          `aanpak "${start.naam}" heeft een tweede "${t}" (de eerste staat op regel ${prev}): ${lost} voor de volgende aanpak`,
        );
      }
      seen.set(re, line.n);
    }
  });
}

const NUMBER_WORDS: Record<string, number> = { twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6 };

/**
 * How many aanpakken the context says the factsheet assesses: a sentence about assessing
 * ("beoordeeld", "beoordelen") that names a number of aanpakken ("de volgende twee aanpakken", "twee al
 * langer bestaande aanpakken"), or "Deze aanpak wordt in deze factsheet beoordeeld".
 */
function announcedCount(lines: readonly SourceLine[]): { count: number; line: number } | null {
  let text = '';
  const at: { offset: number; n: number }[] = [];
  for (const l of lines) {
    const t = clean(l.text);
    if (t === '') continue;
    at.push({ offset: text.length, n: l.n });
    text += `${t} `;
  }
  const lineAt = (offset: number) => [...at].reverse().find((a) => a.offset <= offset)?.n ?? 0;
  const sentence = /[^.!?]*[.!?:]?/g;
  for (const m of text.matchAll(sentence)) {
    const s = m[0];
    if (!/\bbeoordee?l(d|en)\b/i.test(s)) continue;
    const many = /\b(twee|drie|vier|vijf|zes|\d+)\s+(?:[\p{L}’'-]+\s+){0,3}?aanpakken\b/iu.exec(s);
    if (many) {
      const word = (many[1] ?? '').toLowerCase();
      const count = NUMBER_WORDS[word] ?? Number(word);
      return { count, line: lineAt(m.index + many.index) };
    }
    const one = /deze aanpak wordt in deze factsheet beoordeeld/i.exec(s);
    if (one) return { count: 1, line: lineAt(m.index + one.index) };
  }
  return null;
}

const PAGE_END = /^(Aanpak:\s*\S.*|Uitkomsten toezichtonderzoek\b.*\|\s*\d+|\d{1,2})$/;

/**
 * A factsheet ends with the last sentence of its last conclusie; a file that stops mid-sentence was
 * cut off. In the raw PDF layout every page, the last one too, ends with its running head or footer
 * ("Aanpak: <naam>", "Uitkomsten toezichtonderzoek ... | 7"); a raw file without one was cut off.
 */
export function checkEnd({ file, lines }: DecodedSource, layout: Layout): string[] {
  const warnings: string[] = [];
  const content = lines.filter((l) => clean(l.text) !== '');
  const last = content[content.length - 1];
  if (!last) return warnings;
  // Only a warning: the oordelen are complete by then, and a good file from another extraction may lack it.
  if (layout === 'raw' && !PAGE_END.test(clean(last.text))) {
    warnings.push(
      `${file}:${last.n}: het bestand eindigt niet op een kop- of voettekst ("…${clean(last.text).slice(-40)}"); de laatste conclusie kan onvolledig zijn`,
    );
  }
  for (let i = content.length - 1; i >= 0; i--) {
    const line = content[i] as SourceLine;
    const t = clean(line.text.replace(/<[^>]*>/g, ' '));
    if (t === '' || isNoise(line.text)) continue;
    if (!/[.!?)”’"']$/.test(t)) {
      throw new IngestError(
        file,
        line.n,
        `het bestand houdt midden in een zin op ("…${t.slice(-50)}"): afgebroken bestand?`,
      );
    }
    return warnings;
  }
  return warnings;
}

/** Parses one factsheet, in either layout, into its gemeente, aanpakken, table blocks and conclusies. */
export function parseDocument(src: DecodedSource): ParsedDocument {
  const { file, lines } = src;
  const layout: Layout = lines.some((l) => /^Criteria\tIndicatoren\tBevindingen/.test(l.text))
    ? 'tab'
    : 'raw';
  const contextAt = firstIndex(lines, /^Context\s+\S/);
  const titleAt = firstIndex(lines, /^Uitkomsten toezichtonderzoek\s+\S/);
  const hasTable = firstIndex(lines, /^Criteria\s+Indicatoren\s+Bevindingen$/) >= 0;
  if (!hasTable && (contextAt >= 0 || titleAt >= 0)) {
    const last = [...lines].reverse().find((l) => clean(l.text) !== '') as SourceLine;
    throw new IngestError(
      file,
      last.n,
      `factsheet zonder tabel "Criteria Indicatoren Bevindingen": het bestand houdt hier op (afgebroken bestand?)`,
    );
  }
  if (hasTable && contextAt < 0 && titleAt < 0) {
    throw new IngestError(
      file,
      null,
      'geen gemeente gevonden: de regel "Context <gemeente>" (of de titel "Uitkomsten toezichtonderzoek <gemeente>") ontbreekt',
    );
  }
  if (!hasTable || (contextAt < 0 && titleAt < 0)) {
    throw new IngestError(
      file,
      null,
      'geen factsheet van STJ: geen "Context <gemeente>" en geen tabel "Criteria Indicatoren Bevindingen" gevonden',
    );
  }
  const gemeenteLine = contextAt >= 0 ? contextAt : titleAt;
  const gemeente =
    contextAt >= 0
      ? clean((lines[contextAt] as SourceLine).text).replace(/^Context\s+/, '')
      : clean((lines[titleAt] as SourceLine).text)
          .replace(/^Uitkomsten toezichtonderzoek\s+/, '')
          .replace(/\s+-\s.*$/, '');

  const starts = findStarts(file, lines);
  if (starts.length === 0) {
    checkSections(file, lines, [{ index: lines.length, naam: '' }]);
    throw new IngestError(
      file,
      null,
      'geen factsheet van STJ: geen aanpak gevonden ("Aanpak: <naam>" met vragenlijst)',
    );
  }
  checkSections(file, lines, starts);

  const contextEnd = (starts[0] as { index: number }).index;
  const contextLines: SourceLine[] = [];
  let boiler = false;
  for (const l of lines.slice(gemeenteLine + 1, contextEnd)) {
    const t = clean(l.text);
    if (/^In deze factsheet leest u de uitkomsten/.test(t)) boiler = true;
    if (!boiler && !isNoise(l.text)) contextLines.push(l);
    if (boiler && /www\.toezichtggsr\.nl/.test(t)) boiler = false;
  }
  const context = paragraphs(contextLines.map((l) => ({ ...l, text: l.text.replace(/^-\s+/, '') })));
  const flat = context.replace(/\n+/g, ' ');
  const inwoners = numberPhrase(flat, /(?:(?:ruim|bijna|ongeveer|circa)\s+)?(\d[\d.]*)\s+inwoners/i);
  const huishoudens = numberPhrase(
    flat,
    /(?:(?:ruim|bijna|ongeveer|circa)\s+)?(\d[\d.]*)\s+meerpersoonshuishoudens/i,
  );
  let ggsr: { value: number; phrase: string } | null = null;
  for (const sentence of flat.split(/(?<=[.!?])\s+/)) {
    if (!/GGSR|geringe sociale redzaamheid/i.test(sentence)) continue;
    const m = /(\d[\d.]*)\s+(gezinnen|huishoudens)\b/i.exec(sentence);
    if (m?.[1]) {
      ggsr = { value: parseDutchInt(m[1]), phrase: sentence.trim() };
      break;
    }
  }
  const maand =
    /\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+(20\d\d)\b/i;
  const maandLine = lines.find(
    (l) =>
      /^Uitkomsten toezichtonderzoek\b.*\|\s*\d+$/.test(clean(l.text)) ||
      /^(\p{L}+)\s+20\d\d$/u.test(clean(l.text)),
  );
  const maandInDocument = maandLine ? (maand.exec(maandLine.text)?.[0] ?? null) : null;

  const aanpakken: ParsedAanpak[] = starts.map((start, idx) => {
    const end = (starts[idx + 1]?.index ?? lines.length) - 1;
    const section = lines.slice(start.index, end + 1);
    const at = (re: RegExp, from = 0) => firstIndex(section, re, from);
    const partnersAt = at(/ingevuld door:$/);
    const partnersEnd = at(/^Deze netwerkpartners/, Math.max(partnersAt, 0));
    const netwerkpartners =
      partnersAt >= 0 && partnersEnd > partnersAt
        ? section
            .slice(partnersAt + 1, partnersEnd)
            .map((l) => clean(l.text).replace(/^[-•]\s*/, ''))
            .filter((t) => t !== '')
        : [];
    const beschrijvingAt = at(/^Beschrijving$/);
    const bevindingenAt = at(/^Bevindingen toezichtonderzoek$/);
    const tableAt = at(/^Criteria\s+Indicatoren\s+Bevindingen$/, Math.max(bevindingenAt, 0));
    const naamLine = start.naam;
    if (bevindingenAt < 0 || tableAt < 0) {
      throw new IngestError(
        file,
        (section[0] as SourceLine).n,
        `aanpak "${naamLine}" is onvolledig: geen tabel met bevindingen`,
      );
    }
    const beschrijving =
      beschrijvingAt >= 0 && beschrijvingAt < bevindingenAt
        ? paragraphs(section.slice(beschrijvingAt + 1, bevindingenAt).filter((l) => !isNoise(l.text)))
        : '';
    const conclusieAt = at(/^Conclusie$/, tableAt);
    if (conclusieAt < 0) {
      throw new IngestError(
        file,
        (section[section.length - 1] as SourceLine).n,
        `aanpak "${naamLine}" is onvolledig: de tabel houdt op zonder conclusie (afgebroken bestand?)`,
      );
    }
    const region = section.slice(tableAt, conclusieAt);
    const tables =
      layout === 'tab'
        ? parseTabTables(file, region, src.encoding)
        : parseRawTables(file, region, src.encoding);
    const conclusies = parseConclusies(section.slice(conclusieAt + 1));
    const gezinnen = aantalGezinnen(beschrijving);
    return {
      naam: start.naam,
      line: (section[0] as SourceLine).n,
      netwerkpartners,
      beschrijving,
      aantalGezinnen: gezinnen?.value ?? null,
      aantalGezinnenTekst: gezinnen?.phrase ?? null,
      blocks: tables.blocks,
      marksFound: tables.found,
      conclusies,
      unplacedText: tables.unplaced,
      tableLines: region.filter((l) => clean(l.text) !== ''),
      from: (section[0] as SourceLine).n,
      to: (section[section.length - 1] as SourceLine).n,
    };
  });

  const announced = announcedCount(lines.slice(0, contextEnd));
  if (announced && announced.count !== aanpakken.length) {
    throw new IngestError(
      file,
      announced.line,
      `de factsheet kondigt ${announced.count} aanpak(ken) aan, maar ${aanpakken.length} gevonden (${aanpakken.map((a) => a.naam).join(', ')}): ontbreekt een deel van het bestand?`,
    );
  }
  return {
    file,
    layout,
    encoding: src.encoding,
    lineCount: lines.length,
    gemeente,
    gemeenteLine: (lines[gemeenteLine] as SourceLine).n,
    maandInDocument,
    context,
    inwoners: inwoners?.value ?? null,
    inwonersTekst: inwoners?.phrase ?? null,
    huishoudens: huishoudens?.value ?? null,
    huishoudensTekst: huishoudens?.phrase ?? null,
    ggsrGeschat: ggsr?.value ?? null,
    ggsrTekst: ggsr?.phrase ?? null,
    aanpakken,
  };
}
