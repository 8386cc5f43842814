import type { SourceLine } from '../decode';
import { IngestError } from '../errors';
import { indicatorSlots, parseLabels } from '../labels';
import type { Block, ConclusieColumns, LayoutReader, Mark, Para, TableRead } from '../types';
import {
  SYMBOLS,
  SYMBOL_ANYWHERE,
  THEMA_NAMES,
  UNREADABLE_MARK,
  clean,
  isNoise,
  leadingMark,
  letterMark,
  markOf,
  splitLetOp,
  unreadableMark,
} from './marks';

/**
 * The head of a findings table as PDF-to-Markdown converters (docling, marker) write it:
 * `| Criteria | Indicatoren | Bevindingen | Oordeel |`, the criterium column optional, singular or plural.
 */
export const MARKDOWN_TABLE_HEAD =
  /^\|\s*(?:Criteri(?:a|um)\s*\|\s*)?Indicator(?:en)?\s*\|\s*Bevinding(?:en)?\s*\|\s*Oordeel\s*\|$/i;

const SEPARATOR = /^\|(?:\s*:?-{3,}:?\s*\|)+$/;
const BR = /<br\s*\/?>/gi;

/** Markdown's backslash escapes (`\|`, `\*`, `\_`, …) back to the characters. */
const unescape = (t: string) => t.replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1');

/** The cells of a pipe-table row, split at every `|` that is not escaped as `\|`; null for no row. */
export function pipeCells(text: string): string[] | null {
  const t = text.trim();
  if (!t.startsWith('|')) return null;
  const cells: string[] = [];
  let cell = '';
  for (let i = 1; i < t.length; i++) {
    const ch = t[i] as string;
    if (ch === '\\' && i + 1 < t.length) {
      cell += ch + (t[i + 1] as string);
      i++;
    } else if (ch === '|') {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += ch;
    }
  }
  if (cell.trim() !== '') cells.push(cell.trim());
  return cells;
}

/** The paragraphs of a cell: parts between `<br>`, unescaped; a "LET OP:" part joins the one before. */
function cellTexts(cell: string): string[] {
  const out: string[] = [];
  for (const part of cell.split(BR).map((p) => unescape(p).replace(/\s+/g, ' ').trim())) {
    if (part === '') continue;
    if (/^LET OP\s*:/.test(part) && out.length > 0) out[out.length - 1] += ` ${part}`;
    else out.push(part);
  }
  return out;
}

/** The marks of an Oordeel cell; anything else there is an error naming the line. */
function oordeelMarks(file: string, cell: string, n: number, encoding: string): Mark[] {
  const tokens = unescape(cell.replace(BR, ' '))
    .split(/\s+/)
    .filter((t) => t !== '');
  return tokens.map((tok) => {
    if (tok in SYMBOLS) return markOf(tok, n);
    if (/^[Vv]$/.test(tok)) throw letterMark(file, n, tok);
    if (UNREADABLE_MARK.test(tok)) throw unreadableMark(file, n, encoding);
    throw new IngestError(file, n, `"${tok.slice(0, 40)}" in de kolom Oordeel is geen teken (√ of X)`);
  });
}

interface TableHead {
  readonly line: number;
  readonly width: number;
  readonly criterium: number;
  readonly indicator: number;
  readonly bevinding: number;
  readonly oordeel: number;
}

function headOf(cells: readonly string[], n: number): TableHead {
  const at = (re: RegExp) => cells.findIndex((c) => re.test(c));
  return {
    line: n,
    width: cells.length,
    criterium: at(/^Criteri/i),
    indicator: at(/^Indicator/i),
    bevinding: at(/^Bevinding/i),
    oordeel: at(/^Oordeel/i),
  };
}

/**
 * One table row: the labels, the paragraphs of the bevinding and the marks of the Oordeel column. The
 * paragraphs carry the marks in order when there are as many of each; otherwise the marks stay with the
 * row and are placed as in a merged cell.
 */
function rowBlock(file: string, head: TableHead, cells: readonly string[], n: number, enc: string) {
  const cell = (i: number) => (i >= 0 ? (cells[i] ?? '') : '');
  const marks = oordeelMarks(file, cell(head.oordeel), n, enc);
  const texts = cellTexts(cell(head.bevinding));
  const paired = marks.length === texts.length;
  const paras: Para[] = texts.map((t, i) => ({
    mark: paired ? (marks[i] as Mark) : null,
    ...splitLetOp(t),
    from: n,
    to: n,
  }));
  // A mark left in the text ("√ De …", "X Er …") is counted, so the accounting finds it unused.
  const stray = [
    ...[...cell(head.bevinding).matchAll(SYMBOL_ANYWHERE)].map((m) => markOf(m[0], n)),
    ...texts.flatMap((t) => (leadingMark(t, n)?.mark.symbol === 'X' ? [markOf('X', n)] : [])),
  ];
  const labelTexts = [cell(head.criterium), cell(head.indicator)].map((t) => unescape(t).replace(BR, ' '));
  return { marks, paras, paired, stray, labelTexts };
}

/** Tables in Markdown: pipe rows under a head and a `|---|` row, a bevinding and an Oordeel column. */
function parseMarkdownTables(file: string, region: readonly SourceLine[], encoding: string): TableRead {
  const blocks: Block[] = [];
  const found: Mark[] = [];
  const unplaced: SourceLine[] = [];
  let head: TableHead | null = null;
  let separatorDue = false;
  for (const line of region) {
    const cells = pipeCells(line.text);
    if (!cells) {
      if (clean(line.text) !== '' && !isNoise(line.text)) unplaced.push(line);
      continue;
    }
    if (MARKDOWN_TABLE_HEAD.test(clean(line.text))) {
      head = headOf(cells, line.n);
      separatorDue = true;
      continue;
    }
    if (SEPARATOR.test(line.text.trim())) {
      if (!separatorDue) throw new IngestError(file, line.n, 'scheidingsregel |---| zonder tabelkop erboven');
      separatorDue = false;
      continue;
    }
    if (!head || separatorDue) {
      throw new IngestError(
        file,
        line.n,
        head
          ? `na de tabelkop (regel ${head.line}) ontbreekt de scheidingsregel |---|`
          : 'tabelrij zonder kop "| Indicator | Bevinding | Oordeel |"',
      );
    }
    if (cells.length !== head.width) {
      throw new IngestError(
        file,
        line.n,
        `tabelrij met ${cells.length} cellen, maar de kop op regel ${head.line} heeft er ${head.width} (een "|" in de tekst zonder "\\|"?)`,
      );
    }
    const filled = cells.filter((c) => c !== '');
    if (filled.length > 0 && filled.every((c) => THEMA_NAMES.includes(c))) continue;
    const row = rowBlock(file, head, cells, line.n, encoding);
    found.push(...row.marks, ...row.stray);
    const labelLines = row.labelTexts.filter((t) => t.trim() !== '').map((text) => ({ n: line.n, text }));
    const prev = blocks[blocks.length - 1];
    if (labelLines.length === 0) {
      // A merged cell that the converter continued on a row of its own.
      if (!prev) {
        unplaced.push(line);
        continue;
      }
      blocks[blocks.length - 1] = {
        ...prev,
        marks: [...prev.marks, ...row.marks],
        paras: [...prev.paras, ...row.paras],
        explicitParas: prev.explicitParas && row.paired,
        chunks: [...prev.chunks, ...row.paras],
        to: line.n,
      };
      continue;
    }
    const labels = parseLabels(labelLines.map((l) => l.text));
    if (!labels || indicatorSlots(labels).length === 0) {
      const ind = row.labelTexts[1] || row.labelTexts[0] || '';
      throw new IngestError(file, line.n, `onbekende indicator: "${clean(ind).slice(0, 120)}"`);
    }
    blocks.push({
      labelLines,
      labels,
      slots: indicatorSlots(labels),
      marks: row.marks,
      paras: row.paras,
      explicitParas: row.paired,
      chunks: row.paras,
      from: line.n,
      to: line.n,
    });
  }
  return { blocks, found, unplaced };
}

/** A heading (`## Conclusie`) or a line in bold (`**Wat gaat goed?**`) as its plain text. */
function plainLine(text: string): string {
  if (text.trim().startsWith('|')) return text;
  const heading = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(text);
  const t = heading ? (heading[1] ?? '') : text;
  const bold = /^\s*\*\*(.+?)\*\*\s*$/.exec(t);
  return unescape(bold ? (bold[1] ?? '') : t);
}

const MARKDOWN_COLUMNS: ConclusieColumns = {
  head: (text) => {
    const cells = pipeCells(text);
    return (
      cells !== null &&
      cells.length === 2 &&
      /^Wat gaat goed\?$/.test(cells[0] ?? '') &&
      /^Wat kan beter\?$/.test(cells[1] ?? '')
    );
  },
  row: (text) => {
    const cells = pipeCells(text);
    if (!cells || cells.length !== 2) return null;
    if (SEPARATOR.test(text.trim())) return ['', ''];
    return [cells[0] ?? '', cells[1] ?? ''];
  },
  paragraphs: (cell) => cellTexts(cell).map((t) => splitLetOp(t).bevinding),
};

/**
 * The Markdown that PDF-to-Markdown converters write: `#` headings, pipe tables with a head row and a
 * `|---|` row, paragraphs in a cell joined with `<br>`, the marks in their own Oordeel column.
 */
export const MARKDOWN: LayoutReader = {
  layout: 'markdown',
  plainLines: (src) => src.lines.map((l) => ({ n: l.n, text: plainLine(l.text) })),
  tableHead: MARKDOWN_TABLE_HEAD,
  tables: parseMarkdownTables,
  conclusieColumns: MARKDOWN_COLUMNS,
  pageFooters: false,
  // A file may end inside a table row ("| … | … |"): the row's text counts.
  endText: (text) => text.replace(/^\s*\||\|\s*$/g, ''),
};
