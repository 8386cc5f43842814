import { describe, expect, it } from 'vitest';
import {
  PAGINA_GROOTTE,
  bevindingTeksten,
  bevindingen,
  kiestZonderTeksten,
  metTeksten,
  type BevindingSortering,
  type BevindingenFilter,
} from '../../src/model/queries-bevindingen';
import { methodeTelling } from '../../src/model/queries-methode';
import { dataManifest, readRows } from '../helpers/data';
import { DB_ENGINES, metEigenDb } from '../helpers/db';
import type { TestDb } from '../helpers/nodeDb';
import { useSynth } from '../helpers/synth';

// Bevindingen pages that fetch only their own texts, and Methode's counts from the core files (#18), on
// a synthetic dataset cut into many small text parts (24 gemeenten, 2 jaren). Expected counts are read
// here from the synth's Arrow files with apache-arrow.
let dir = '';
useSynth((f) => ({ dir } = f), 24, 2, '--deel-bytes', '120000');

/** A page as the view builds it: rows on the marks, then the texts of those rows. */
async function apartePagina(db: TestDb, f: BevindingenFilter, s: BevindingSortering | null, p: number) {
  const kaal = await db.run(bevindingen(f, s, p, 'apart'));
  const q = bevindingTeksten(kaal);
  return q ? metTeksten(kaal, await db.run(q)) : kaal;
}

describe.each(DB_ENGINES)('bevindingen pages on %s', (_name, open) => {
  it(
    'an unfiltered page loads only the text parts of its 25 rows, and equals the page read with every text',
    () =>
      metEigenDb(open, dir, async (db) => {
        const delen = dataManifest(dir).bestanden.filter((b) => b.tabel === 'teksten');
        expect(delen.length).toBeGreaterThan(4);
        const pagina = await apartePagina(db, {}, null, 2);
        expect(pagina).toHaveLength(PAGINA_GROOTTE);
        const gemeenten = new Set(pagina.map((r) => r.gemeente_id));
        const nodig = delen.filter((d) => d.gemeente_ids?.some((g) => gemeenten.has(g))).map((d) => d.name);
        {
          const geladen = db.geladenDelen().filter((n) => n.startsWith('teksten-'));
          expect(geladen.sort()).toEqual(nodig.sort());
          expect(geladen.length).toBeLessThan(delen.length);
        }
        expect(
          pagina.every((r) => typeof r.bevinding === 'string' && r.bevinding.startsWith('[Synthetisch]')),
        ).toBe(true);
        expect(pagina).toEqual(await db.run(bevindingen({}, null, 2)));
      }),
    120_000,
  );

  it(
    'with filters and every sort on the marks, each page equals the page read with every text',
    () =>
      metEigenDb(open, dir, async (db) => {
        const gevallen: [BevindingenFilter, BevindingSortering | null, number][] = [
          [{}, null, 1],
          [{ oordelen: ['verbeterpunt'] }, { kolom: 'indicator', aflopend: true }, 3],
          [{ letOp: 'met', themas: ['A'] }, { kolom: 'oordeel', aflopend: false }, 1],
          [{ jaar: 2014 }, { kolom: 'gemeente', aflopend: true }, 2],
          [{ letOp: 'zonder' }, { kolom: 'aanpak', aflopend: false }, 4],
        ];
        for (const [f, s, p] of gevallen) {
          expect(kiestZonderTeksten(f, s)).toBe(true);
          expect(await apartePagina(db, f, s, p), JSON.stringify([f, s, p])).toEqual(
            await db.run(bevindingen(f, s, p)),
          );
        }
      }),
    120_000,
  );

  it(
    'methodeTelling counts every conclusie from the core files, without a text part',
    () =>
      metEigenDb(open, dir, async (db) => {
        const conclusies = readRows('conclusies', dir);
        const [t] = await db.run(methodeTelling());
        expect(t?.conclusies).toBe(conclusies.length);
        expect(t?.conclusies_onbepaald).toBe(conclusies.filter((c) => c.onbepaald !== null).length);
        expect(t?.oordelen).toBe(readRows('oordelen', dir).length);
        expect(db.geladenDelen()).toEqual([]);
      }),
    120_000,
  );
});

describe('bevindingen pages without texts: SQL', () => {
  it('a search or a sort on a text column needs the texts', () => {
    expect(kiestZonderTeksten({ zoek: 'regie' }, null)).toBe(false);
    expect(kiestZonderTeksten({}, { kolom: 'let_op', aflopend: false })).toBe(false);
    expect(kiestZonderTeksten({}, { kolom: 'bevinding', aflopend: true })).toBe(false);
    expect(kiestZonderTeksten({ zoek: '   ' }, { kolom: 'gemeente', aflopend: false })).toBe(true);
    expect(() => bevindingen({ zoek: 'regie' }, null, 1, 'apart')).toThrow(/needs the texts/);
  });

  it('a page without texts declares no part; its texts declare only the gemeenten of its rows, values as params', () => {
    expect(bevindingen({}, null, 1, 'apart').teksten).toBeUndefined();
    expect(bevindingen({}, null, 1).teksten).toBe('alle');
    const q = bevindingTeksten([
      { aanpak_id: "x.y'; DROP", gemeente_id: 'x', indicator: 'A9' },
      { aanpak_id: 'b.c', gemeente_id: 'b', indicator: 'T1' },
      { aanpak_id: 'b.d', gemeente_id: 'b', indicator: 'T2' },
    ]);
    expect(q?.teksten).toEqual(['b', 'x']);
    expect(q?.params).toEqual(["x.y'; DROP~A9", 'b.c~T1', 'b.d~T2']);
    expect(q?.sql).not.toContain('DROP');
    expect(bevindingTeksten([])).toBeNull();
  });
});
