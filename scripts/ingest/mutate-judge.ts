/**
 * The oracle of the mutation tests (mutate.ts): runs the ingest on a mutated factsheet and judges the
 * outcome against the original's; and the mutations it is known to get wrong.
 */
import { buildDataset, type SourceFile } from './dataset';
import { IngestError } from './errors';
import type { Mutation } from './mutate';

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
