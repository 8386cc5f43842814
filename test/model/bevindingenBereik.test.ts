/**
 * #18: a search ordered by gemeente reads the text parts in that order only until its page is whole
 * (src/db/zoekBereik.ts through src/model/bevindingenBereik.ts), on a synthetic dataset cut into many
 * small text parts, on both engines. The page within the range is the page of the full search.
 */
import { describe, expect, it } from 'vitest';
import { maakVocabulaire } from '../../scripts/synth/woorden';
import type { Query } from '../../src/db/query';
import { zoekBereik } from '../../src/db/zoekBereik';
import { bevindingenBereik, binnenBereik } from '../../src/model/bevindingenBereik';
import {
  bevindingen,
  bevindingenAantal,
  PAGINA_GROOTTE,
  type BevindingenFilter,
  type BevindingSortering,
} from '../../src/model/queries-bevindingen';
import { DB_ENGINES, metEigenDb, useDb } from '../helpers/db';
import { openNodeDb } from '../helpers/nodeDb';
import { useSynth } from '../helpers/synth';

let dir = '';
useSynth((f) => ({ dir } = f), 24, 2, '--deel-bytes', '120000');

const gid = (g: number) => `synthetisch-${String(g).padStart(3, '0')}`;
const allesGelezen = <R>(q: Query<R>): Query<R> => ({ ...q, teksten: 'alle' });
const sleutels = (rijen: readonly { aanpak_id: string; indicator: string }[]) =>
  rijen.map((r) => `${r.aanpak_id}~${r.indicator}`);
const AFLOPEND: BevindingSortering = { kolom: 'gemeente', aflopend: true };

function gevallen(): [BevindingenFilter, BevindingSortering | null][] {
  const [wijk5 = ''] = maakVocabulaire().lokaal(5);
  return [
    [{ zoek: 'zorg' }, null],
    [{ zoek: 'de' }, null],
    [{ zoek: 'zorg' }, AFLOPEND],
    [{ zoek: 'zorg' }, { kolom: 'gemeente', aflopend: false }],
    [{ zoek: 'zorg', oordelen: ['verbeterpunt'], jaar: 2014 }, null],
    [{ zoek: 'zorg', gemeenten: [gid(2), gid(11), gid(19)] }, null],
    [{ zoek: wijk5 }, null],
    [{ zoek: 'xyzzy' }, null],
  ];
}

describe.each(DB_ENGINES)('bevindingenBereik and zoekBereik on %s', (_naam, open) => {
  const db = useDb(open, () => dir);

  it('the page within the range is the page of the full search; the count there is a lower bound', async () => {
    let ingekort = 0;
    for (const [f, s] of gevallen()) {
      const volledig = (await db.run(allesGelezen(bevindingenAantal(f))))[0]!.aantal;
      const paginas = Math.max(1, Math.ceil(volledig / PAGINA_GROOTTE));
      for (const p of [...new Set([1, 3, paginas, paginas + 1])]) {
        const o = bevindingenBereik(f, s, p);
        expect(o, JSON.stringify(f)).not.toBeNull();
        const bereik = await zoekBereik(db, o!);
        const binnen = binnenBereik(f, bereik);
        const context = `${JSON.stringify(f)} ${JSON.stringify(s)} page ${p}: ${JSON.stringify(bereik)}`;
        expect(sleutels(await db.run(bevindingen(binnen, s, p))), context).toEqual(
          sleutels(await db.run(allesGelezen(bevindingen(f, s, p)))),
        );
        const telling = (await db.run(bevindingenAantal(binnen)))[0]!;
        const aantal = telling.aantal;
        if (bereik.gemeenten === null) {
          expect(aantal, context).toBe(volledig);
          expect(bereik.telling, context).toBeNull();
          continue;
        }
        expect(bereik.telling, context).toEqual(telling);
        ingekort++;
        expect(aantal, context).toBeGreaterThanOrEqual(p * PAGINA_GROOTTE);
        expect(aantal, context).toBeLessThanOrEqual(volledig);
        expect(bereik.gelezen, context).toBeLessThan(bereik.van);
      }
    }
    // The common words end early on their first pages.
    expect(ingekort).toBeGreaterThan(8);
  }, 300_000);

  it(
    'a common word reads only the first candidate part for page 1, then more for later pages',
    () =>
      metEigenDb(open, dir, async (eigen) => {
        const teksten = () => eigen.geladenDelen().filter((n) => n.startsWith('teksten'));
        const aantalDelen = eigen.manifest.bestanden.filter((b) => b.tabel === 'teksten').length;
        const f = { zoek: 'zorg' };
        const een = await zoekBereik(eigen, bevindingenBereik(f, null, 1)!);
        expect(een.gelezen).toBe(1);
        expect(teksten()).toHaveLength(1);
        await eigen.run(bevindingen(binnenBereik(f, een), null, 1));
        await eigen.run(bevindingenAantal(binnenBereik(f, een)));
        expect(teksten()).toHaveLength(1);
        const verder = await zoekBereik(eigen, bevindingenBereik(f, null, 8)!);
        expect(verder.gelezen).toBeGreaterThan(1);
        expect(teksten().length).toBe(verder.gelezen);
        expect(teksten().length).toBeLessThan(aantalDelen);
      }),
    120_000,
  );
});

describe('bevindingenBereik', () => {
  it('is null without a search, for an order not by gemeente, and when the reader asks for all', () => {
    expect(bevindingenBereik({}, null, 1)).toBeNull();
    expect(bevindingenBereik({ zoek: '  ' }, null, 1)).toBeNull();
    expect(bevindingenBereik({ zoek: 'zorg' }, { kolom: 'oordeel', aflopend: false }, 1)).toBeNull();
    expect(bevindingenBereik({ zoek: 'zorg' }, null, 1, true)).toBeNull();
    expect(bevindingenBereik({ zoek: 'zorg' }, null, 3)?.nodig).toBe(3 * PAGINA_GROOTTE);
  });

  it('on the real data (one text part) is everywhere without a query', async () => {
    const echt = await openNodeDb();
    try {
      let gevraagd = 0;
      const bereik = await zoekBereik(
        { ...echt, run: (q) => (gevraagd++, echt.run(q)) },
        bevindingenBereik({ zoek: 'doorzettingsmacht' }, null, 1)!,
      );
      expect(bereik.gemeenten).toBeNull();
      expect(gevraagd).toBe(0);
      expect(echt.geladenDelen()).toEqual([]);
    } finally {
      await echt.close();
    }
  });
});
