/**
 * `npx tsx scripts/markdown-fixtures.ts`: writes test/fixtures/markdown/, the seed factsheet in the tab
 * layout (001, Oosterhout) as PDF-to-Markdown converters (docling, marker) write it: `#` headings,
 * pipe tables with a head row and a `|---|` row, paragraphs of a cell joined with `<br>`, the marks in an
 * Oordeel column, `|` in text escaped as `\|`. A plain text rewrite: it does not use the ingest.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
export function tabToMarkdown(text: string): string {
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

function main(): void {
  const dir = join(root, 'test', 'fixtures', 'markdown');
  mkdirSync(dir, { recursive: true });
  const seed = readFileSync(join(root, 'data', 'raw', '001_a407417e61b012a9.txt'), 'utf8');
  writeFileSync(join(dir, 'oosterhout.md'), tabToMarkdown(seed));
}

main();
