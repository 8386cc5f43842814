/**
 * Every page of a content folder, both languages, checked against each other: the tree the app gets as
 * `virtual:inhoud`. A file that is not `<pagina>.<taal>.md`, a page in one language only, or two
 * languages whose headings or parts differ stop the build with the files and lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PAGINAS, type Inhoud, type PaginaId } from '../../src/content/inhoud.ts';
import { TALEN, type Taal } from '../../src/i18n/core.ts';
import { InhoudFout, parseInhoud, type Pagina } from './parse.ts';

/** Parse and check every `*.md` in `map` (paths in messages relative to `basis`). */
export function leesInhoud(map: string, basis = process.cwd()): Inhoud {
  const paginas: Partial<Record<PaginaId, Partial<Record<Taal, Pagina>>>> = {};
  const bestanden = readdirSync(map)
    .filter((f) => f.endsWith('.md'))
    .sort();
  for (const f of bestanden) {
    const pad = path.relative(basis, path.join(map, f)).split(path.sep).join('/');
    const m = /^([a-z-]+)\.([a-z]+)\.md$/.exec(f);
    const pagina = m?.[1] ?? '';
    const taal = m?.[2] ?? '';
    if (!(pagina in PAGINAS))
      throw new InhoudFout(
        pad,
        undefined,
        `onbekende pagina; bekend zijn ${Object.keys(PAGINAS).join(', ')}`,
      );
    if (!(TALEN as readonly string[]).includes(taal))
      throw new InhoudFout(pad, undefined, `onbekende taal "${taal}"; bekend zijn ${TALEN.join(', ')}`);
    const p = parseInhoud(pad, pagina as PaginaId, readFileSync(path.join(map, f), 'utf8'));
    (paginas[pagina as PaginaId] ??= {})[taal as Taal] = p;
  }
  const uit: Partial<Record<PaginaId, Record<Taal, Pagina['blokken']>>> = {};
  for (const id of Object.keys(PAGINAS) as PaginaId[]) {
    const [nl, en] = TALEN.map((t) => paginas[id]?.[t]);
    if (!nl || !en) {
      const er = nl ?? en;
      const mist = nl ? 'en' : 'nl';
      throw new InhoudFout(
        er?.pad ?? path.relative(basis, path.join(map, `${id}.nl.md`)),
        undefined,
        er ? `er is geen ${id}.${mist}.md` : `pagina "${id}" ontbreekt in beide talen`,
      );
    }
    controleerPaar(nl, en);
    uit[id] = { nl: nl.blokken, en: en.blokken };
  }
  return uit as Inhoud;
}

/** The two languages of a page have the same headings (level and id, in order), terms and parts. */
export function controleerPaar(a: Pagina, b: Pagina): void {
  if (a.koppen.length !== b.koppen.length)
    throw new InhoudFout(
      a.pad,
      undefined,
      `${a.koppen.length} koppen, maar ${b.pad} heeft er ${b.koppen.length}`,
    );
  for (const [i, k] of a.koppen.entries()) {
    const l = b.koppen[i];
    if (l && (k.niveau !== l.niveau || k.id !== l.id))
      throw new InhoudFout(
        a.pad,
        k.regel,
        `kop ${'#'.repeat(k.niveau)} {#${k.id ?? ''}} hoort bij ${b.pad}:${l.regel}, ` +
          `die is ${'#'.repeat(l.niveau)} {#${l.id ?? ''}}`,
      );
  }
  if (a.termen.join() !== b.termen.join())
    throw new InhoudFout(
      a.pad,
      undefined,
      `termen ${a.termen.join(', ')}; ${b.pad} heeft ${b.termen.join(', ')}`,
    );
  if (a.onderdelen.join() !== b.onderdelen.join())
    throw new InhoudFout(
      a.pad,
      undefined,
      `onderdelen ${a.onderdelen.join(', ')}; ${b.pad} heeft ${b.onderdelen.join(', ')}`,
    );
}
