import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import {
  verdeelZoekindex,
  zoekindexArrow,
  zoekindexRijen,
  zoekWoorden,
} from '../../../scripts/ingest/zoekindex';
import { maakBestanden } from '../../../scripts/ingest/write';
import { kalibratieUitEchteData, synthTabellen } from '../../../scripts/synth';

describe('zoekWoorden', () => {
  it('gives the distinct words per gemeente as DuckDB normalises them: whitespace, case and accents', async () => {
    const w = await zoekWoorden([
      { gemeente_id: 'b', bevinding: 'Cliënt\tkreeg  ÉÉN plan.', let_op: null },
      { gemeente_id: 'a', bevinding: 'x', let_op: 'Coördinatie\nvan zorg' },
      { gemeente_id: 'b', bevinding: ' plan. ', let_op: 'Geïnformeerd' },
    ]);
    expect([...w]).toEqual([
      ['a', ['coordinatie', 'van', 'x', 'zorg']],
      ['b', ['client', 'een', 'geinformeerd', 'kreeg', 'plan.']],
    ]);
  });
});

describe('zoekindexRijen and verdeelZoekindex', () => {
  const woorden = new Map([
    ['g1', ['ab']],
    ['g2', ['b']],
    ['g3', ['ca']],
  ]);

  it('map every suffix key to the parts holding a word with it, sorted by key', () => {
    // Parts: 0 = g1 (ab: keys ab, b), 1 = g2 and g3 (b: b; ca: ca, a).
    expect(zoekindexRijen([['g1'], ['g2', 'g3']], woorden)).toEqual([
      { sleutel: 'a', delen: '2' },
      { sleutel: 'ab', delen: '1' },
      { sleutel: 'b', delen: '3' },
      { sleutel: 'ca', delen: '2' },
    ]);
  });

  it('put each key in the file of its first character, characters together up to the target', () => {
    const rijen = zoekindexRijen([['g1'], ['g2', 'g3']], woorden);
    expect(verdeelZoekindex(rijen, 1).map((d) => [d.tekens, d.rijen.map((r) => r.sleutel)])).toEqual([
      [['a'], ['a', 'ab']],
      [['b'], ['b']],
      [['c'], ['ca']],
    ]);
    expect(verdeelZoekindex(rijen, 1e6).map((d) => d.tekens)).toEqual([['a', 'b', 'c']]);
    const t = tableFromIPC(zoekindexArrow(rijen));
    expect(t.schema.fields.map((f) => f.name)).toEqual(['sleutel', 'delen']);
    expect(t.numRows).toBe(4);
  });
});

describe('maakBestanden with zoekWoorden', () => {
  const t = synthTabellen({ gemeenten: 9, jaren: 1, seed: 3 }, kalibratieUitEchteData());

  it('writes an index after the parts when there is more than one part, and none for one part', async () => {
    const woorden = await zoekWoorden(t.teksten);
    const veel = maakBestanden(t, 60_000, woorden).map((b) => b.info);
    const index = veel.filter((b) => b.tabel === 'zoekindex');
    expect(veel.filter((b) => b.tabel === 'teksten').length).toBeGreaterThan(2);
    expect(index.length).toBeGreaterThan(0);
    expect(index.every((b) => b.tekens?.length && !b.gemeente_ids)).toBe(true);
    expect(veel.slice(-index.length)).toEqual(index);
    const tekens = index.flatMap((b) => b.tekens ?? []);
    expect(new Set(tekens).size).toBe(tekens.length);
    const een = maakBestanden(t, 1e9, woorden).map((b) => b.info);
    expect(een.filter((b) => b.tabel === 'teksten')).toHaveLength(1);
    expect(een.some((b) => b.tabel === 'zoekindex')).toBe(false);
    expect(een.map((b) => b.sha256)).toEqual(maakBestanden(t, 1e9).map((b) => b.info.sha256));
  });
});
