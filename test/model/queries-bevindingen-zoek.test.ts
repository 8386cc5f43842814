import { describe, expect, it } from 'vitest';
import { maakVocabulaire } from '../../scripts/synth/woorden';
import type { Query, ZoekBehoefte } from '../../src/db/query';
import { zoekbaar, zoekbaarPatroon, zoekDelen } from '../../src/db/zoekindex';
import {
  bevindingen,
  bevindingenAantal,
  zoekPatroon,
  type BevindingenFilter,
} from '../../src/model/queries-bevindingen';
import { dataManifest, readRows } from '../helpers/data';
import { DB_ENGINES, metEigenDb } from '../helpers/db';
import { useSynth } from '../helpers/synth';
import { zoekNorm } from '../helpers/zoek';

// A search through the index (#18) gives what the full scan of every text part gives, on a synthetic
// dataset cut into many small text parts (24 gemeenten, 2 jaren), with its search index.
let dir = '';
useSynth((f) => ({ dir } = f), 24, 2, '--deel-bytes', '120000');

const gid = (g: number) => `synthetisch-${String(g).padStart(3, '0')}`;
const zonderAccent = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
const sleutel = (r: { aanpak_id: unknown; indicator: unknown }) =>
  `${String(r.aanpak_id)}~${String(r.indicator)}`;

/**
 * The match by its definition, on every text: `zoekbaar(text) LIKE pattern`, without the pieces the
 * builder checks first or its join of the hits (the oordelen of the texts it finds).
 */
function definitie(patroon: string): Query<{ aanpak_id: string; indicator: string }> {
  const p = zoekbaarPatroon('$1');
  return {
    sql: `SELECT aanpak_id, indicator FROM teksten
      WHERE ${zoekbaar('bevinding')} LIKE ${p} ESCAPE '\\' OR ${zoekbaar('let_op')} LIKE ${p} ESCAPE '\\'`,
    params: [patroon],
    teksten: 'alle',
  };
}

/** The searches: whole words, fragments, phrases, accents and case, no hit, literal % and _, filters. */
function gevallen(): BevindingenFilter[] {
  const v = maakVocabulaire();
  const [wijk5 = '', partner5 = ''] = v.lokaal(5);
  const [wijk7 = ''] = v.lokaal(7);
  const [wijk6 = ''] = v.lokaal(6);
  // A phrase and a phrase across a word boundary, from a text as written.
  const tekst = readRows('teksten', dir).map((r) => String(r.bevinding))[40] ?? '';
  const w = tekst.split(' ');
  const zinsdeel = w.slice(3, 6).join(' ');
  const grens = `${(w[3] ?? '').slice(-2)} ${(w[4] ?? '').slice(0, 3)}`;
  const zoek = [
    wijk5,
    wijk5.toUpperCase(),
    zonderAccent(wijk5).toLowerCase(),
    partner5,
    wijk7.slice(2, 8),
    `${wijk5.slice(3)} `,
    zinsdeel,
    zinsdeel.toUpperCase(),
    grens,
    'zorg',
    'de',
    'e',
    'cliënt',
    'CLIENT',
    'coordinatie',
    'één',
    'een',
    'xyzzy',
    'qq',
    'zorg zorg zorg zorg zorg',
    `${wijk5} ${wijk6}`,
    '%',
    '_',
    'a%b',
    'k_',
    '\\',
    '[synthetisch]',
    'Synthetisch] De',
    '.',
    '  Aanpak \t  zorg ',
    'regie'.repeat(50),
  ];
  return [
    ...zoek.map((z) => ({ zoek: z })),
    { zoek: wijk5, gemeenten: [gid(5)] },
    { zoek: wijk5, gemeenten: [gid(6)] },
    { zoek: 'zorg', themas: ['A'], jaar: 2014 },
    { zoek: 'de', gemeenten: [gid(2), gid(19)] },
    { zoek: wijk7.slice(2, 8), oordelen: ['verbeterpunt'] },
    { zoek: 'cliënt', letOp: 'met' },
  ];
}

describe.each(DB_ENGINES)('a search through the index on %s', (_name, open) => {
  it(
    'gives the rows and counts of the full scan, and picks every text part with a hit',
    () =>
      metEigenDb(open, dir, async (db) => {
        const m = dataManifest(dir);
        const alleDelen = m.bestanden.filter((b) => b.tabel === 'teksten');
        expect(alleDelen.length).toBeGreaterThan(4);
        expect(m.bestanden.filter((b) => b.tabel === 'zoekindex').length).toBeGreaterThan(1);
        const filters = gevallen();
        const viaIndex: unknown[] = [];
        const gekozen: string[][] = [];
        for (const f of filters) {
          const q = bevindingen(f, null, null);
          viaIndex.push([await db.run(q), await db.run(bevindingenAantal(f))]);
          const z = q.teksten as ZoekBehoefte;
          gekozen.push((await zoekDelen(m, z, db.run, async () => undefined)).map((b) => b.name));
        }
        const allesGelezen = <R>(q: Query<R>): Query<R> => ({ ...q, teksten: 'alle' });
        for (const [i, f] of filters.entries()) {
          const rijen = await db.run(allesGelezen(bevindingen(f, null, null)));
          const aantal = await db.run(allesGelezen(bevindingenAantal(f)));
          expect(viaIndex[i], JSON.stringify(f)).toEqual([rijen, aantal]);
          if (Object.keys(f).length === 1) {
            const treffers = await db.run(definitie(zoekPatroon(f.zoek) ?? ''));
            expect(rijen.map(sleutel).sort(), JSON.stringify(f)).toEqual(treffers.map(sleutel).sort());
          }
          const metTreffer = alleDelen
            .filter((b) => rijen.some((r) => b.gemeente_ids?.includes(r.gemeente_id)))
            .map((b) => b.name);
          expect(gekozen[i], JSON.stringify(f)).toEqual(expect.arrayContaining(metTreffer));
          // The hits as a plain-JS reading of the texts finds them (the search is no empty filter).
          const n = zoekNorm(f.zoek).trim();
          for (const r of rijen)
            expect(zoekNorm(r.bevinding).includes(n) || zoekNorm(r.let_op).includes(n)).toBe(true);
        }
        const aantal = (i: number) => (viaIndex[i] as [unknown[]])[0].length;
        // Some searches must hit, a local name in one part only; no-hit ones pick no part.
        for (const i of [0, 1, 2, 3, 4, 6, 7, 8, 9, 12, 13, 31])
          expect(aantal(i), String(i)).toBeGreaterThan(0);
        expect(gekozen[0]).toHaveLength(1);
        expect(gekozen[0]).toEqual(gekozen[1]);
        for (const i of [17, 18]) expect(gekozen[i]).toEqual([]);
        expect(aantal(32)).toBe(0);
      }),
    300_000,
  );
});
