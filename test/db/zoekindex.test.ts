import { describe, expect, it } from 'vitest';
import {
  kernBestanden,
  leesDataManifest,
  tekstBestandenVoor,
  zoekindexBestanden,
} from '../../src/db/manifest';
import {
  delenCode,
  delenUit,
  eersteTeken,
  SLEUTEL_LENGTE,
  zoekSleutels,
  patroonStukken,
  zoekStukken,
} from '../../src/db/zoekindex';
import { bevindingen, bevindingenAantal, zoekPatroon } from '../../src/model/queries-bevindingen';
import { dataManifest } from '../helpers/data';
import { DB_ENGINES, metEigenDb } from '../helpers/db';
import { DATA_DIR } from '../helpers/data';

describe('zoekSleutels', () => {
  it('gives every suffix of the word, cut to SLEUTEL_LENGTE code points', () => {
    expect(SLEUTEL_LENGTE).toBe(8);
    expect(zoekSleutels('overdracht')).toEqual([
      'overdrac',
      'verdrach',
      'erdracht',
      'rdracht',
      'dracht',
      'racht',
      'acht',
      'cht',
      'ht',
      't',
    ]);
    expect(zoekSleutels('aa')).toEqual(['aa', 'a']);
    // Code points, not UTF-16 units: the emoji stays whole.
    expect(zoekSleutels('a😀b')).toEqual(['a😀b', '😀b', 'b']);
    expect(eersteTeken('😀b')).toBe('😀');
  });
});

describe('zoekStukken', () => {
  it('splits the normalised pattern on spaces, unescapes \\ % _, and cuts each piece to SLEUTEL_LENGTE', () => {
    expect(zoekStukken('%jeugd\\_zorgketen 100\\% wijk%')).toEqual(['jeugd_zo', '100%', 'wijk']);
    expect(zoekStukken('%a\\\\%')).toEqual(['a\\']);
    expect(zoekStukken('%plan plan%')).toEqual(['plan']);
    expect(zoekStukken('%%')).toEqual([]);
  });

  it('turns zoekPatroon output back into the words typed, lower-cased only by DuckDB', () => {
    expect(zoekStukken(zoekPatroon('  Regie\tover  de_zorg ') ?? '')).toEqual(['Regie', 'over', 'de_zorg']);
  });
});

describe('patroonStukken', () => {
  it('gives the whole pieces of a pattern as literal text, distinct, without cutting them', () => {
    expect(patroonStukken('%jeugd\\_zorgketen 100\\% wijk wijk%')).toEqual([
      'jeugd_zorgketen',
      '100%',
      'wijk',
    ]);
    expect(patroonStukken(zoekPatroon('Cliënt\\ a%b') ?? '')).toEqual(['Cliënt\\', 'a%b']);
    expect(patroonStukken('%%')).toEqual([]);
  });
});

describe('delenCode and delenUit', () => {
  it('write part n as bit n % 4 of hex digit n / 4, and read it back', () => {
    expect(delenCode([0, 5, 6])).toBe('16');
    expect(delenCode([3])).toBe('8');
    expect(delenCode([53])).toBe('00000000000002');
    expect(delenUit('16')).toEqual([0, 5, 6]);
    expect(delenUit(delenCode([1, 2, 17, 40, 41]))).toEqual([1, 2, 17, 40, 41]);
    expect(delenUit('')).toEqual([]);
  });
});

describe('leesDataManifest with a search index', () => {
  const kern = dataManifest().bestanden.filter((b) => !b.gemeente_ids);
  const deel = {
    name: 'teksten-000.arrow',
    tabel: 'teksten',
    bytes: 1,
    rows: 1,
    sha256: 'x',
    gemeente_ids: ['g'],
  };
  const index = { name: 'zoekindex-000.arrow', tabel: 'zoekindex', bytes: 1, rows: 1, sha256: 'x' };

  it('reads index parts with their first characters, never as core files', () => {
    const m = leesDataManifest({ bestanden: [...kern, deel, { ...index, tekens: ['a', 'b'] }] });
    expect(zoekindexBestanden(m).map((b) => [b.name, b.tekens])).toEqual([
      ['zoekindex-000.arrow', ['a', 'b']],
    ]);
    expect(kernBestanden(m).map((b) => b.name)).not.toContain('zoekindex-000.arrow');
    expect(tekstBestandenVoor(m, 'alle').map((b) => b.name)).toEqual(['teksten-000.arrow']);
    expect(tekstBestandenVoor(m, { zoek: '%x%' }).map((b) => b.name)).toEqual(['teksten-000.arrow']);
    expect(tekstBestandenVoor(m, { zoek: '%x%', gemeenten: ['h'] })).toEqual([]);
  });

  it('refuses an index part without tekens, or an index without text parts', () => {
    expect(() => leesDataManifest({ bestanden: [...kern, deel, index] })).toThrow(/manifest\.json/);
    expect(() => leesDataManifest({ bestanden: [...kern, deel, { ...index, tekens: ['a', ''] }] })).toThrow(
      /manifest\.json/,
    );
    expect(() => leesDataManifest({ bestanden: [...kern, { ...index, tekens: ['a'] }] })).toThrow(
      /manifest\.json/,
    );
  });
});

describe.each(DB_ENGINES)('a search on the real data (one text part) on %s', (_name, open) => {
  it('has no index and loads the text parts a search loaded before the index: nothing more', () =>
    metEigenDb(open, DATA_DIR, async (db) => {
      const m = dataManifest();
      expect(zoekindexBestanden(m)).toEqual([]);
      expect(m.bestanden.filter((b) => b.tabel === 'teksten')).toHaveLength(1);
      // Emmen, OGGz, A9 (data/raw/003_ad61aa6d5b713ddd.txt): "… geven aan dat de doorzettingsmacht niet is geregeld."
      const [n] = await db.run(bevindingenAantal({ zoek: 'DOORZETTINGSMACHT niet is' }));
      expect(n?.aantal).toBeGreaterThan(0);
      const rijen = await db.run(bevindingen({ zoek: 'doorzettingsmacht niet is' }, null, null));
      expect(rijen.some((r) => r.gemeente === 'Emmen' && r.indicator === 'A9')).toBe(true);
      expect(db.geladenDelen()).toEqual(tekstBestandenVoor(m, 'alle').map((b) => b.name));
    }));
});
