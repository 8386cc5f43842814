import { describe, expect, it } from 'vitest';
import { verdeelGemeenten, type Tabellen } from '../../../scripts/ingest/write';

/** Tables with only what `verdeelGemeenten` reads: gemeenten, and one teksten row of `bytes` per gemeente. */
function tabellen(gemeenten: readonly [id: string, naam: string][], bytes: number): Tabellen {
  return {
    gemeenten: gemeenten.map(([gemeente_id, naam]) => ({ gemeente_id, naam })),
    teksten: gemeenten.map(([gemeente_id]) => ({ gemeente_id, bevinding: 'x'.repeat(bytes) })),
    conclusies: [],
    beschrijvingen: [],
    aanpakken: [],
    oordelen: [],
    documenten: [],
    indicatoren: [],
  };
}

describe('verdeelGemeenten', () => {
  it('verdeelGemeenten cuts the parts in name order, not id order (CBS codes do not follow the alphabet)', () => {
    // Ids as CBS codes: 0505 Dordrecht, 0114 Emmen, 0513 Gouda, 0826 Oosterhout, 0034 Almere.
    const t = tabellen(
      [
        ['0505', 'Dordrecht'],
        ['0114', 'Emmen'],
        ['0513', 'Gouda'],
        ['0826', 'Oosterhout'],
        ['0034', 'Almere'],
      ],
      100,
    );
    // Each text row weighs 120 bytes (its two strings plus 8 each): two gemeenten fit in 250 bytes.
    expect(verdeelGemeenten(t, 250)).toEqual([['0034', '0505'], ['0114', '0513'], ['0826']]);
  });

  it('verdeelGemeenten orders names as UTF-8 bytes (as DuckDB does) and same names by id', () => {
    const t = tabellen(
      [
        ['b', 'Ée'],
        ['a', 'Zz'],
        ['d', 'Aa'],
        ['c', 'Aa'],
      ],
      10,
    );
    // "É" (0xC3 0x89) sorts after "Z" (0x5A) in bytes; the two "Aa" by id.
    expect(verdeelGemeenten(t, 1_000_000)).toEqual([['c', 'd', 'a', 'b']]);
  });
});
