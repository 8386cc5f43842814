/**
 * `npx tsx scripts/markdown-fixtures.ts`: writes test/fixtures/markdown/, seed factsheets as
 * PDF-to-Markdown converters (docling, marker) write them: `#` headings, pipe tables with a head row and
 * a `|---|` row, paragraphs of a cell joined with `<br>`, the marks in an Oordeel column, `|` in text
 * escaped as `\|`.
 * - oosterhout.md from 001 (tab layout): a plain text rewrite, without the ingest.
 * - gouda.md from 002 (raw layout): where a cell of a raw table begins and ends is only known after
 *   reading it, so the tables are written from the raw reader's rows (labels, marks, paragraphs); every
 *   line outside the tables is copied as it is, with Markdown headings.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeSource } from './ingest/decode';
import { THEMA_NAMES } from './ingest/layouts/marks';
import { parseDocument } from './ingest/parse';
import type { Block, Para } from './ingest/types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const THEMAS = ['Toeleiding', 'Gezin centraal', 'Aanpak', 'Samenwerking', 'Continu'];
const MARK = /^([√✓✔✗✘]|X(?=\s))\s*/u;

const escape = (t: string) => t.replace(/\|/g, '\\|');

/** The `<p>` paragraphs of a tab-layout cell, or the whole cell. */
function parts(cell: string): string[] {
  const ps = /<p>/i.test(cell)
    ? [...cell.matchAll(/<p>([\s\S]*?)(?:<\/p>|$)/gi)].map((m) => m[1] ?? '')
    : [cell];
  return ps.map((p) => p.trim()).filter((p) => p !== '');
}

/** A bevinding cell as Markdown: paragraphs without their marks, and the marks for the Oordeel column. */
function bevindingCell(cell: string): { text: string; marks: string } {
  const texts: string[] = [];
  const marks: string[] = [];
  for (const p of parts(cell)) {
    const m = MARK.exec(p);
    if (m) marks.push(m[1] as string);
    texts.push(escape(m ? p.slice(m[0].length) : p));
  }
  return { text: texts.join('<br>'), marks: marks.join('<br>') };
}

/** Rewrites one factsheet in the tab layout as Markdown. */
function tabToMarkdown(text: string): string {
  const out: string[] = [];
  let conclusieRow = false;
  for (const line of text.split('\n')) {
    const t = line.replace(/\t+$/, '').trim();
    const cells = line.split('\t');
    if (/^Uitkomsten toezichtonderzoek\s/.test(t)) out.push(`# ${t}`);
    else if (/^(Context|Aanpak:)\s/.test(t)) out.push(`## ${t}`);
    else if (/^(Beschrijving|Bevindingen toezichtonderzoek|Conclusie)$/.test(t)) out.push(`### ${t}`);
    else if (THEMAS.includes(t)) {
      conclusieRow = false;
      out.push(`#### ${t}`);
    } else if (/^Criteria\tIndicatoren\tBevindingen$/.test(line)) {
      out.push('| Criteria | Indicatoren | Bevindingen | Oordeel |', '|---|---|---|---|');
    } else if (/^Wat gaat goed\?\tWat kan beter\?$/.test(line)) {
      conclusieRow = true;
      out.push('| Wat gaat goed? | Wat kan beter? |', '|---|---|');
    } else if (/^Wat (gaat goed|kan beter)\?$/.test(t)) out.push(`**${t}**`);
    else if (conclusieRow && cells.length === 2) {
      const cell = (c: string) => parts(c).map(escape).join('<br>');
      out.push(`| ${cell(cells[0] ?? '')} | ${cell(cells[1] ?? '')} |`);
    } else if (cells.length >= 3) {
      const [crit = '', ind = '', ...rest] = cells;
      const { text: bevinding, marks } = bevindingCell(rest.join(' '));
      out.push(`| ${escape(crit.trim())} | ${escape(ind.trim())} | ${bevinding} | ${marks} |`);
    } else out.push(line);
  }
  return out.join('\n');
}

/** A raw-layout row as Markdown; paragraphs as the raw reader delimited them, one per mark if it could. */
function rawRow(block: Block): string {
  const k = block.marks.length;
  const chosen: readonly Para[] =
    !block.explicitParas && k > 1 && block.chunks.length === k ? block.chunks : block.paras;
  const texts = chosen
    .map((p) => (p.letOp === null ? p.bevinding : `${p.bevinding} LET OP: ${p.letOp}`.trim()))
    .filter((t) => t !== '');
  const labels = block.labelLines.map((l) => l.text.trim()).join(' ');
  return `|  | ${escape(labels)} | ${texts.map(escape).join('<br>')} | ${block.marks.map((m) => m.symbol).join('<br>')} |`;
}

/** Rewrites one factsheet in the raw layout as Markdown. */
function rawToMarkdown(file: string, bytes: Uint8Array): string {
  const src = decodeSource(file, bytes);
  const doc = parseDocument(src);
  const tables = new Map<number, { to: number; rows: Map<number, Block> }>();
  for (const a of doc.aanpakken) {
    const from = a.tableLines[0]?.n ?? 0;
    const to = a.tableLines[a.tableLines.length - 1]?.n ?? 0;
    tables.set(from, { to, rows: new Map(a.blocks.map((b) => [b.from, b])) });
  }
  const out: string[] = [];
  let table: { to: number; rows: Map<number, Block> } | null = null;
  for (const line of src.lines) {
    const t = line.text.trim();
    table = tables.get(line.n) ?? table;
    if (table && line.n <= table.to) {
      const block = table.rows.get(line.n);
      if (block) out.push(rawRow(block));
      else if (/^Criteria\s+Indicatoren\s+Bevindingen$/.test(t))
        out.push('| Criteria | Indicatoren | Bevindingen | Oordeel |', '|---|---|---|---|');
      else if (THEMA_NAMES.includes(t)) out.push('', `#### ${t}`);
      continue;
    }
    table = null;
    if (/^Context\s/.test(t)) out.push(`## ${t}`);
    else if (/^(Beschrijving|Bevindingen toezichtonderzoek|Conclusie)$/.test(t)) out.push(`### ${t}`);
    else out.push(line.text);
  }
  return out.join('\n');
}

function main(): void {
  const dir = join(root, 'test', 'fixtures', 'markdown');
  mkdirSync(dir, { recursive: true });
  const seed = readFileSync(join(root, 'data', 'raw', '001_a407417e61b012a9.txt'), 'utf8');
  writeFileSync(join(dir, 'oosterhout.md'), tabToMarkdown(seed));
  const gouda = '002_f5bffbaba2d921af.txt';
  const bytes = new Uint8Array(readFileSync(join(root, 'data', 'raw', gouda)));
  writeFileSync(join(dir, 'gouda.md'), rawToMarkdown(gouda, bytes));
}

main();
