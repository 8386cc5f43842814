import type { SourceLine } from '../decode';
import { IngestError } from '../errors';
import { indicatorSlots, isLabelFragment, parseLabels } from '../labels';
import { chunkLines, joinWrapped, squash } from '../text';
import type { Block, LayoutReader, Mark, Para, TableRead } from '../types';
import { PLAIN_TEXT_READER } from './tab';
import {
  UNREADABLE_MARK,
  checkLetterMarks,
  clean,
  isNoise,
  leadingMark,
  markOnlyLine,
  marksIn,
  splitLetOp,
  unreadableMark,
} from './marks';

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
function parseRawTables(file: string, region: readonly SourceLine[], encoding: string): TableRead {
  const items = region.filter((l) => clean(l.text) !== '' && !isNoise(l.text));
  const unreadable = items.find((l) => UNREADABLE_MARK.test(clean(l.text)));
  if (unreadable) throw unreadableMark(file, unreadable.n, encoding);
  checkLetterMarks(file, items);
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

/**
 * The raw PDF-to-text layout: hard-wrapped lines, running heads and footers, marks inline or stacked in a
 * column, lines lost in extraction. The fallback when no other layout is recognised.
 */
export const RAW: LayoutReader = {
  ...PLAIN_TEXT_READER,
  layout: 'raw',
  tables: parseRawTables,
  pageFooters: true,
};
