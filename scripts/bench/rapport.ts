/** The bench's report: figures per metric, the targets, and where they are written (#4, #14, #18). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { CPU_RATE } from '../lib/throttle';

/** Median, min, max and p95 (nearest rank) of a metric's samples, and how many there are. */
export interface Statistiek {
  median: number;
  min: number;
  max: number;
  p95: number;
  n: number;
}

export function statistiek(xs: readonly number[]): Statistiek {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))] ?? NaN;
  return { median: at(0.5), min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN, p95: at(0.95), n: s.length };
}

/** What a bench run found, as written to bench/results/<naam>.json. */
export interface BenchResultaat {
  date: string;
  machine: string;
  conditions: { runs: number; first_view_pairs: number } & Record<string, unknown>;
  dataset: string;
  metrics: Record<string, Statistiek>;
  notes: string[];
}

type Doel = readonly [string, (x: Statistiek) => boolean];

const inp = (x: Statistiek) => x.p95 <= 100;
/** Each target: its text, and whether it holds (ratio on the median, bytes and CLS on the max, INP on p95). */
const DOELEN: Record<string, Doel> = {
  ratio_app_static: ['median ≤ 1.2', (x) => x.median <= 1.2],
  ratio_app_bare: ['median ≤ 1.3', (x) => x.median <= 1.3],
  first_filter_ms: ['max ≤ 1500 ms', (x) => x.max <= 1500],
  bytes_before_heatmap: ['max ≤ 150 KiB', (x) => x.max <= 150 * 1024],
  cls: ['max < 0.05', (x) => x.max < 0.05],
  filter_inp_ms: ['p95 ≤ 100 ms', inp],
  sort_inp_ms: ['p95 ≤ 100 ms', inp],
  zoom_inp_ms: ['p95 ≤ 100 ms', inp],
  drilldown_inp_ms: ['p95 ≤ 100 ms', inp],
  table_search_inp_ms: ['p95 ≤ 100 ms', inp],
  nav_inp_ms: ['p95 ≤ 100 ms', inp],
  all_inp_ms: ['p95 ≤ 100 ms', inp],
  search_first_selective_ms: ['max ≤ 3000 ms', (x) => x.max <= 3000],
  search_first_selective_bytes: ['max ≤ 1 MiB', (x) => x.max <= 1024 * 1024],
  search_first_common_ms: ['max ≤ 3000 ms', (x) => x.max <= 3000],
  search_first_common_bytes: ['max ≤ 1 MiB', (x) => x.max <= 1024 * 1024],
  page_next_ms: ['max ≤ 2000 ms', (x) => x.max <= 2000],
  page_next_bytes: ['max ≤ 1 MiB', (x) => x.max <= 1024 * 1024],
  page_last_ms: ['max ≤ 2000 ms', (x) => x.max <= 2000],
  page_last_bytes: ['max ≤ 1 MiB', (x) => x.max <= 1024 * 1024],
};

function doel(k: string): Doel | undefined {
  if (DOELEN[k]) return DOELEN[k];
  if (/^view_.*_ms$/.test(k)) return ['max ≤ 2000 ms', (y) => y.max <= 2000];
  if (/^view_.*_bytes$/.test(k)) return ['max ≤ 150 KiB', (y) => y.max <= 150 * 1024];
  return undefined;
}

function getal(k: string, v: number): string {
  if (k.includes('bytes')) return `${(v / 1024).toFixed(1)} KiB`;
  if (k === 'cls') return v.toFixed(3);
  if (k.startsWith('ratio')) return v.toFixed(2);
  return `${Math.round(v)} ms`;
}

/** The report as Markdown: the conditions, a row per metric with its target, the notes, the engines. */
export function rapportMarkdown(r: BenchResultaat, enginesTabel: string): string {
  const { runs, first_view_pairs: pairs } = r.conditions;
  return [
    `Benchmark ${r.date}, ${r.machine}; ${r.dataset}; throttled: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU ${CPU_RATE}x, no cache, gzip; ${runs} runs, plus ${pairs} first-view pairs.`,
    '',
    '| metric | median | min | max | p95 | target |',
    '|---|---:|---:|---:|---:|---|',
    ...Object.entries(r.metrics).map(([k, s]) => {
      const d = doel(k);
      const uitkomst = d ? `${d[0]}: ${d[1](s) ? 'met' : '**missed**'}` : '';
      return `| ${k} | ${getal(k, s.median)} | ${getal(k, s.min)} | ${getal(k, s.max)} | ${getal(k, s.p95)} | ${uitkomst} |`;
    }),
    '',
    ...r.notes.map((n) => `- ${n}`),
    '',
    ...(enginesTabel ? [enginesTabel, ''] : []),
  ].join('\n');
}

/**
 * Writes bench/results/<naam>.json and .md under `root`, and the table into README.md between the
 * markers `bench` (`latest`) or `bench-<naam>`, formatted as `npm test`'s prettier check expects.
 * Returns the Markdown.
 */
export async function schrijfRapport(
  root: string,
  naam: string,
  r: BenchResultaat,
  enginesTabel: string,
): Promise<string> {
  const outDir = path.join(root, 'bench/results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, `${naam}.json`), `${JSON.stringify(r, null, 2)}\n`);
  const md = rapportMarkdown(r, enginesTabel);
  writeFileSync(path.join(outDir, `${naam}.md`), md);
  const readmePath = path.join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const marker = naam === 'latest' ? 'bench' : `bench-${naam}`;
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  if (readme.includes(start) && readme.includes(end)) {
    const nieuw = `${readme.slice(0, readme.indexOf(start) + start.length)}\n${md}${readme.slice(readme.indexOf(end))}`;
    const opties = (await resolveConfig(readmePath)) ?? {};
    writeFileSync(readmePath, await format(nieuw, { ...opties, filepath: readmePath }));
  }
  return md;
}
