import { describe, expect, it } from 'vitest';
import type { DataManifest } from '../../src/db/manifest';
import { tekstDeel } from '../helpers/tekstDeel';
import type { Query } from '../../src/db/query';
import { zoekBereik, type ZoekMotor } from '../../src/db/zoekBereik';

const deel = tekstDeel;
const M: DataManifest = {
  synthetisch: true,
  bestanden: [deel(0, 'a', 'b'), deel(1, 'c'), deel(2, 'd', 'e'), deel(3, 'f')],
};
const VOLGORDE: Query<{ gemeente_id: string; rang: number }> = { sql: 'volgorde', params: [] };

/**
 * A motor over made-up hits per gemeente: the order is a..f, the index names `kandidaten`, and the
 * count query of a list of gemeenten sums their hits. It records every count asked for.
 */
function motor(hits: Record<string, number>, kandidaten: number[], manifest = M) {
  const geteld: string[][] = [];
  const m: ZoekMotor = {
    manifest,
    run: <Row>(q: Query<Row>): Promise<Row[]> => {
      if (q.sql === 'volgorde')
        return Promise.resolve(
          ['a', 'b', 'c', 'd', 'e', 'f'].map((g, i) => ({ gemeente_id: g, rang: i })) as Row[],
        );
      const gemeenten = q.params as string[];
      geteld.push(gemeenten);
      return Promise.resolve([{ aantal: gemeenten.reduce((n, g) => n + (hits[g] ?? 0), 0) }] as Row[]);
    },
    tekstDelen: () => Promise.resolve(kandidaten.map((n) => manifest.bestanden[n]!)),
  };
  return { m, geteld };
}
const opdracht = (nodig: number) => ({
  zoek: { zoek: '%x%' },
  volgorde: VOLGORDE,
  aantal: (gemeenten: readonly string[]) =>
    ({ sql: 'aantal', params: [...gemeenten] }) as Query<{ aantal: number }>,
  nodig,
});

describe('zoekBereik', () => {
  it('stops at the first start of the order whose candidate parts hold the hits wanted', async () => {
    const { m, geteld } = motor({ a: 10, b: 10, c: 0, d: 20, e: 5, f: 40 }, [0, 2, 3]);
    expect(await zoekBereik(m, opdracht(20))).toEqual({
      gemeenten: ['a', 'b'],
      telling: { aantal: 20 },
      gelezen: 1,
      van: 3,
    });
    expect(geteld).toEqual([['a', 'b']]);
  });

  it('takes in the gemeenten of parts without a candidate on the way, without counting them', async () => {
    const { m, geteld } = motor({ a: 10, b: 10, c: 0, d: 20, e: 5, f: 40 }, [0, 2, 3]);
    expect(await zoekBereik(m, opdracht(25))).toEqual({
      gemeenten: ['a', 'b', 'c', 'd', 'e'],
      telling: { aantal: 45 },
      gelezen: 2,
      van: 3,
    });
    expect(geteld).toEqual([
      ['a', 'b'],
      ['a', 'b', 'c', 'd', 'e'],
    ]);
  });

  it('is everywhere when only the last candidate part would give them, without counting it', async () => {
    const { m, geteld } = motor({ a: 10, b: 10, d: 20, e: 5, f: 40 }, [0, 2, 3]);
    expect(await zoekBereik(m, opdracht(46))).toEqual({ gemeenten: null, telling: null, gelezen: 3, van: 3 });
    expect(geteld).toHaveLength(2);
  });

  it('is everywhere, counting nothing, with one candidate part, none, or the texts in one part', async () => {
    for (const kandidaten of [[1], []]) {
      const { m, geteld } = motor({ c: 3 }, kandidaten);
      expect((await zoekBereik(m, opdracht(1))).gemeenten).toBeNull();
      expect(geteld).toEqual([]);
    }
    const een: DataManifest = { synthetisch: false, bestanden: [deel(0, 'a', 'b', 'c', 'd', 'e', 'f')] };
    const { m, geteld } = motor({ a: 100 }, [0], een);
    let gevraagd = 0;
    const tellend: ZoekMotor = { ...m, run: (q) => (gevraagd++, m.run(q)) };
    expect(await zoekBereik(tellend, opdracht(1))).toEqual({
      gemeenten: null,
      telling: null,
      gelezen: 0,
      van: 0,
    });
    expect([gevraagd, geteld.length]).toEqual([0, 0]);
  });

  it('is everywhere when the order cannot be cut by part', async () => {
    const kruislings: DataManifest = {
      synthetisch: true,
      bestanden: [deel(0, 'a', 'c'), deel(1, 'b', 'd', 'e', 'f')],
    };
    const { m, geteld } = motor({ a: 50 }, [0, 1], kruislings);
    expect((await zoekBereik(m, opdracht(1))).gemeenten).toBeNull();
    expect(geteld).toEqual([]);
  });
});
