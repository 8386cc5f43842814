import { describe, expect, it } from 'vitest';
import type { DataBestand, DataManifest } from '../../src/db/manifest';
import { tekstDeel } from '../helpers/tekstDeel';
import { deelPlan, isDeelTabel, perDeel, type DeelMotor } from '../../src/db/perDeel';

const deel = tekstDeel;
const conclusies = { ...deel(0, 'a', 'b'), name: 'conclusies-000.arrow', tabel: 'conclusies' as const };
const manifest = (...bestanden: DataBestand[]): DataManifest => ({ synthetisch: true, bestanden });
const M = manifest(deel(0, 'a', 'b'), conclusies, deel(1, 'c'), deel(2, 'd', 'e'));
const rang = (...ids: string[]) => ids.map((gemeente_id, i) => ({ gemeente_id, rang: i + 1 }));
const stappen = (plan: ReturnType<typeof deelPlan>) =>
  plan?.map((s) => `${s.bestand.name}:${s.gemeenten.join(',')}`) ?? null;

describe('deelPlan', () => {
  it('gives one step per run of gemeenten in the same teksten part, in result order', () => {
    expect(stappen(deelPlan(M, rang('a', 'b', 'c', 'd', 'e')))).toEqual([
      'teksten-000.arrow:a,b',
      'teksten-001.arrow:c',
      'teksten-002.arrow:d,e',
    ]);
    expect(stappen(deelPlan(M, rang('e', 'd', 'c', 'b')))).toEqual([
      'teksten-002.arrow:e,d',
      'teksten-001.arrow:c',
      'teksten-000.arrow:b',
    ]);
    expect(stappen(deelPlan(M, rang('d')))).toEqual(['teksten-002.arrow:d']);
    expect(deelPlan(M, [])).toEqual([]);
  });
  it('is null when a part would be needed twice with another in between', () => {
    expect(deelPlan(M, rang('a', 'c', 'b'))).toBeNull();
  });
  it('is null when gemeenten that tie in the order lie in different parts', () => {
    expect(
      deelPlan(M, [
        { gemeente_id: 'b', rang: 1 },
        { gemeente_id: 'c', rang: 1 },
      ]),
    ).toBeNull();
    expect(
      stappen(
        deelPlan(M, [
          { gemeente_id: 'a', rang: 1 },
          { gemeente_id: 'b', rang: 1 },
        ]),
      ),
    ).toEqual(['teksten-000.arrow:a,b']);
  });
  it('is null for a gemeente in no part or in two', () => {
    expect(deelPlan(M, rang('a', 'x'))).toBeNull();
    expect(deelPlan(manifest(deel(0, 'a'), deel(1, 'a')), rang('a'))).toBeNull();
  });
});

describe('isDeelTabel', () => {
  it('accepts teksten and deel_teksten_<n> only', () => {
    expect(['teksten', 'deel_teksten_1', 'deel_teksten_204'].every(isDeelTabel)).toBe(true);
    expect(
      ['conclusies', 'deel_teksten_', 'teksten; DROP TABLE x', 'deel_teksten_1 t'].some(isDeelTabel),
    ).toBe(false);
  });
});

describe('perDeel', () => {
  const plan = deelPlan(M, rang('a', 'b', 'c', 'd', 'e'))!;
  const motor = (gelezen: string[]): DeelMotor => ({
    manifest: M,
    run: () => Promise.reject(new Error('not used')),
    metDeel: async (b, bouw) => {
      gelezen.push(b.name);
      return [bouw('deel_teksten_1').params] as never[];
    },
  });

  it('reads the parts in turn, reporting each before it is read and once at the end', async () => {
    const gelezen: string[] = [];
    const rijen: unknown[] = [];
    const meldingen: string[] = [];
    await perDeel(
      motor(gelezen),
      plan,
      (gemeenten, tabel) => ({ sql: tabel, params: [...gemeenten] }),
      (r) => void rijen.push(...r),
      (v) => meldingen.push(`${v.deel}/${v.van} ${v.gedaan}`),
    );
    expect(gelezen).toEqual(['teksten-000.arrow', 'teksten-001.arrow', 'teksten-002.arrow']);
    expect(rijen).toEqual([['a', 'b'], ['c'], ['d', 'e']]);
    expect(meldingen).toEqual(['1/3 0', '2/3 1', '3/3 2', '3/3 3']);
  });

  it('stops at once when cancelled: no later part is read', async () => {
    const gelezen: string[] = [];
    const ac = new AbortController();
    const run = perDeel(
      motor(gelezen),
      plan,
      (gemeenten, tabel) => ({ sql: tabel, params: [...gemeenten] }),
      () => ac.abort(),
      () => {},
      ac.signal,
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(gelezen).toEqual(['teksten-000.arrow']);
  });
});
