import type { SourceLine } from '../decode';
import { IngestError } from '../errors';
import { indicatorSlots, parseLabels } from '../labels';
import type { Block, ConclusieColumns, LayoutReader, Mark, Para, TableRead } from '../types';
import {
  SYMBOL_ANYWHERE,
  UNREADABLE_MARK,
  checkLetterMarks,
  clean,
  isNoise,
  leadingMark,
  markOf,
  marksIn,
  splitLetOp,
  unreadableMark,
  xsAfterMark,
} from './marks';

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
function parseTabTables(file: string, region: readonly SourceLine[], encoding: string): TableRead {
  const found: Mark[] = [];
  checkLetterMarks(
    file,
    region.flatMap((l) => {
      const cells = l.text.split('\t');
      return cellParts(cells.length < 3 ? l.text : cells.slice(2).join(' ')).map((text) => ({
        n: l.n,
        text,
      }));
    }),
  );
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
    for (const m of cell.matchAll(SYMBOL_ANYWHERE)) found.push(markOf(m[0], line.n));
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

/** A conclusie in two columns as one tab-separated row per line, cells with `<p>` paragraphs. */
export const TAB_COLUMNS: ConclusieColumns = {
  head: (text) => /^Wat gaat goed\?\s*\tWat kan beter\?$/.test(text.trim()),
  row: (text) => {
    if (!text.includes('\t')) return null;
    const [goed = '', beter = '', ...meer] = text.split('\t');
    // More than two cells: not a row of the two columns. The line is kept whole, as onbepaald text.
    if (meer.some((c) => c.trim() !== '')) return null;
    return [goed, beter];
  },
  paragraphs: (cell, n) => cellParas(cell, n).map((p) => p.bevinding),
};

/** What the plain-text layouts (tab and raw) share: lines as read, the same table head and conclusie columns. */
export const PLAIN_TEXT_READER = {
  plainLines: (src) => src.lines,
  tableHead: /^Criteria\s+Indicatoren\s+Bevindingen$/,
  conclusieColumns: TAB_COLUMNS,
  endText: (text) => text,
} satisfies Partial<LayoutReader>;

/**
 * The tab-separated layout: one table row per line, cells split by tabs, paragraphs in a cell as `<p>`,
 * each opening with its mark (√/✓ or X/✗).
 */
export const TAB: LayoutReader = {
  ...PLAIN_TEXT_READER,
  layout: 'tab',
  tables: parseTabTables,
  pageFooters: false,
};
