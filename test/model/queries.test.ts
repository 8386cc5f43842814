import { describe, expect, it } from 'vitest';
import {
  aanpakOpties,
  celDetail,
  gemeenteOpties,
  heatmapCellen,
  kolomTotalen,
  ranking,
  rijTotalen,
  zelfdeIndicator,
} from '../../src/model/queries';
import { DB_ENGINES, useDb } from '../helpers/db';
import { AANPAK_NAMEN, AANPAKKEN } from '../scripts/ingest/fixtures';

// Expected values come from the STJ factsheets (data/raw), not from this code's output.
const A9_X = [
  'emmen.cjg-aanpak',
  'emmen.oggz',
  'oosterhout.bemoeizorg',
  'oosterhout.gezinsmanager',
  'dordrecht.reset-thuisbegeleiding',
].sort();
const A9_VOLDOET = ['dordrecht.gezinscoaching', 'gouda.mpg-overleg'].sort();
const HOSTILE = "'); DROP TABLE oordelen; --";

describe.each(DB_ENGINES)('query builders on %s', (_name, open) => {
  const db = useDb(open);

  it('lists 4 gemeenten and 7 aanpakken', async () => {
    const gemeenten = await db.run(gemeenteOpties());
    expect(gemeenten.map((g) => g.naam)).toEqual(['Dordrecht', 'Emmen', 'Gouda', 'Oosterhout']);
    expect(gemeenten.map((g) => g.aanpakken)).toEqual([2, 2, 1, 2]);
    const aanpakken = await db.run(aanpakOpties());
    expect(aanpakken).toHaveLength(7);
    expect(aanpakken.map((a) => `${a.gemeente}/${a.naam}`)).toEqual(AANPAK_NAMEN);
  });

  it('heatmap: 7 x 30 cells, A9 as in the factsheets', async () => {
    const cells = await db.run(heatmapCellen());
    expect(cells).toHaveLength(210);
    const a9 = cells.filter((c) => c.indicator === 'A9');
    expect(
      a9
        .filter((c) => c.oordeel === 'verbeterpunt')
        .map((c) => c.aanpak_id)
        .sort(),
    ).toEqual(A9_X);
    expect(
      a9
        .filter((c) => c.oordeel === 'voldoet')
        .map((c) => c.aanpak_id)
        .sort(),
    ).toEqual(A9_VOLDOET);
    const emmenA9 = a9.find((c) => c.aanpak_id === 'emmen.oggz');
    expect(emmenA9).toMatchObject({ gemeente: 'Emmen', aanpak: 'OGGz', label: 'Doorzettingsmacht' });
    expect(typeof emmenA9?.heeft_let_op).toBe('boolean');
  });

  it('heatmap: Gouda MPG-overleg has only T2 and C2 as verbeterpunt', async () => {
    const cells = await db.run(heatmapCellen({ gemeenten: ['gouda'] }));
    expect(cells).toHaveLength(30);
    expect(cells.filter((c) => c.oordeel === 'verbeterpunt').map((c) => c.indicator)).toEqual(['T2', 'C2']);
  });

  it('heatmap: Emmen OGGz G1-G3 are all verbeterpunt, from one shared mark', async () => {
    const cells = await db.run(heatmapCellen({ aanpakken: ['emmen.oggz'], themas: ['G'] }));
    expect(cells.map((c) => [c.indicator, c.oordeel, c.gedeeld])).toEqual([
      ['G1', 'verbeterpunt', true],
      ['G2', 'verbeterpunt', true],
      ['G3', 'verbeterpunt', true],
    ]);
  });

  it('heatmap filters combine (gemeente AND aanpak AND thema)', async () => {
    const cells = await db.run(
      heatmapCellen({ gemeenten: ['emmen', 'gouda'], aanpakken: ['emmen.oggz', 'dordrecht.gezinscoaching'] }),
    );
    expect(new Set(cells.map((c) => c.aanpak_id))).toEqual(new Set(['emmen.oggz']));
    const thema = await db.run(heatmapCellen({ themas: ['T', 'C'] }));
    expect(thema).toHaveLength(7 * 7);
    expect(new Set(thema.map((c) => c.indicator))).toEqual(
      new Set(['T1', 'T2', 'T3', 'T4', 'C1', 'C2', 'C3']),
    );
  });

  it('alleenVerbeterpunten keeps only indicators with an X in the selection', async () => {
    const gouda = await db.run(heatmapCellen({ gemeenten: ['gouda'], alleenVerbeterpunten: true }));
    expect(gouda.map((c) => [c.indicator, c.oordeel])).toEqual([
      ['T2', 'verbeterpunt'],
      ['C2', 'verbeterpunt'],
    ]);
    const rows = await db.run(rijTotalen({ gemeenten: ['gouda'], alleenVerbeterpunten: true }));
    expect(rows.map((r) => r.indicator)).toEqual(['T2', 'C2']);
    // A9 has X elsewhere, so with all aanpakken its row stays, including the voldoet cells.
    const all = await db.run(heatmapCellen({ alleenVerbeterpunten: true, themas: ['A'] }));
    expect(all.filter((c) => c.indicator === 'A9')).toHaveLength(7);
  });

  it('row totals: A9 "2 van 7 voldoen"; sorted by number of X', async () => {
    const rows = await db.run(rijTotalen());
    expect(rows).toHaveLength(30);
    expect(rows.map((r) => r.indicator).slice(0, 4)).toEqual(['T1', 'T2', 'T3', 'T4']);
    const a9 = rows.find((r) => r.indicator === 'A9');
    expect(a9).toMatchObject({
      voldoet: 2,
      verbeterpunt: 5,
      onduidelijk: 0,
      totaal: 7,
      label: 'Doorzettingsmacht',
      thema: 'Aanpak',
      criterium: 'Een toegeruste regisseur',
    });
    const sorted = await db.run(rijTotalen({}, 'verbeterpunten'));
    expect(sorted).toHaveLength(30);
    const xs = sorted.map((r) => r.verbeterpunt);
    expect(xs).toEqual([...xs].sort((a, b) => b - a));
    expect(xs[0]).toBeGreaterThanOrEqual(5);
  });

  it('column totals: Gouda MPG-overleg 28 van 30 voldoen, ordered by gemeente', async () => {
    const cols = await db.run(kolomTotalen());
    expect(cols.map((c) => c.aanpak_id)).toEqual(AANPAKKEN);
    expect(cols.find((c) => c.aanpak_id === 'gouda.mpg-overleg')).toMatchObject({
      voldoet: 28,
      verbeterpunt: 2,
      totaal: 30,
      gemeente: 'Gouda',
    });
    const onlyG = await db.run(kolomTotalen({ aanpakken: ['emmen.oggz'], themas: ['G'] }));
    expect(onlyG).toEqual([expect.objectContaining({ voldoet: 0, verbeterpunt: 3, totaal: 3 })]);
  });

  it('drill-down: Emmen OGGz A9 with texts, conclusie and source', async () => {
    const [d, ...rest] = await db.run(celDetail('emmen.oggz', 'A9'));
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({
      gemeente: 'Emmen',
      aanpak: 'OGGz',
      oordeel: 'verbeterpunt',
      tekst: 'De doorzettingsmacht voor de regisseur is geregeld',
      criterium: 'Een toegeruste regisseur',
      thema_code: 'A',
      thema: 'Aanpak',
      bron_bestand: '003_ad61aa6d5b713ddd.txt',
      teken_regel: 816,
    });
    expect(d?.bevinding).toMatch(
      /^De gemeente en één netwerkpartner geven aan dat de doorzettingsmacht niet/,
    );
    const conclusie = [d?.conclusie_goed, d?.conclusie_beter, d?.conclusie_onbepaald].filter(Boolean);
    expect(conclusie.length).toBeGreaterThan(0);
  });

  it('drill-down: Oosterhout Gezinsmanager A2 and Bemoeizorg T4 (LET OP)', async () => {
    const [a2] = await db.run(celDetail('oosterhout.gezinsmanager', 'A2'));
    expect(a2?.oordeel).toBe('verbeterpunt');
    expect(a2?.bevinding).toMatch(
      /^De gemeente geeft aan dat er nog geen sprake is van een gezamenlijke visie/,
    );
    const [t4] = await db.run(celDetail('oosterhout.bemoeizorg', 'T4'));
    expect(t4?.let_op).toMatch(/^Eén netwerkpartners geeft aan dat het inzetten van Bemoeizorg/);
    const [g2] = await db.run(celDetail('emmen.oggz', 'G2'));
    expect(g2).toMatchObject({ gedeeld: true, blok: 'G1,G2,G3' });
  });

  it('drill-down: the gaps of Gouda MPG-overleg C2 in its bevinding and its conclusie', async () => {
    const [c2] = await db.run(celDetail('gouda.mpg-overleg', 'C2'));
    // Factsheet 002, lines 620-622: "...wachten op zorg en ondersteuning." and then, a line later
    // lost, "netwerkpartners aan dat"; the conclusie (lines 762-774) lost a line at the same words.
    const voor =
      'Er zijn met de netwerkpartners geen afspraken gemaakt om te voorkomen dat gezinnen binnen de aanpak moeten wachten op zorg en ondersteuning. ';
    expect(c2?.bevinding?.slice(0, voor.length)).toBe(voor);
    expect(JSON.parse(c2?.gaten ?? 'null')).toEqual([
      { veld: 'bevinding', offset: voor.length, reden: 'kleine-letter-na-punt' },
    ]);
    expect(c2?.conclusie_onbepaald?.slice(voor.length)).toMatch(/^waardoor de continuïteit van zorg/);
    expect(JSON.parse(c2?.conclusie_gaten ?? 'null')).toEqual([
      { veld: 'onbepaald', offset: voor.length, reden: 'kleine-letter-na-punt' },
    ]);
    const [t3] = await db.run(celDetail('gouda.mpg-overleg', 'T3'));
    expect(t3?.gaten).toBeNull();
  });

  it('same indicator elsewhere: A9 in the 6 other aanpakken', async () => {
    const others = await db.run(zelfdeIndicator('A9', 'emmen.oggz'));
    expect(others).toHaveLength(6);
    expect(others.some((o) => o.aanpak_id === 'emmen.oggz')).toBe(false);
    expect(
      others
        .filter((o) => o.oordeel === 'voldoet')
        .map((o) => o.aanpak_id)
        .sort(),
    ).toEqual(A9_VOLDOET);
    expect(await db.run(zelfdeIndicator('A9'))).toHaveLength(7);
  });

  it('ranking: A9 verbeterpunt in 5 van 7 aanpakken (3 van 4 gemeenten)', async () => {
    const rows = await db.run(ranking());
    expect(rows).toHaveLength(30);
    const a9 = rows.find((r) => r.indicator === 'A9');
    expect(a9).toMatchObject({
      aanpakken: 7,
      aanpakken_verbeterpunt: 5,
      aanpakken_voldoet: 2,
      gemeenten: 4,
      gemeenten_verbeterpunt: 3,
    });
    expect(a9?.aandeel_aanpakken).toBeCloseTo(5 / 7);
    expect(a9?.aandeel_gemeenten).toBeCloseTo(3 / 4);
    const xs = rows.map((r) => r.aanpakken_verbeterpunt);
    expect(xs).toEqual([...xs].sort((a, b) => b - a));
    const gouda = await db.run(ranking({ gemeenten: ['gouda'] }));
    expect(gouda.filter((r) => r.aanpakken_verbeterpunt > 0).map((r) => r.indicator)).toEqual(['T2', 'C2']);
  });

  it('hostile string params match nothing and change nothing', async () => {
    expect(await db.run(heatmapCellen({ gemeenten: [HOSTILE] }))).toEqual([]);
    expect(await db.run(heatmapCellen({ aanpakken: [HOSTILE], themas: [HOSTILE] }))).toEqual([]);
    expect(await db.run(celDetail(HOSTILE, "A9' OR '1'='1"))).toEqual([]);
    expect(await db.run(zelfdeIndicator(HOSTILE))).toEqual([]);
    expect(await db.run(ranking({ gemeenten: [HOSTILE] }))).toEqual([]);
    expect(await db.run(heatmapCellen())).toHaveLength(210);
  });
});

describe('builder SQL text', () => {
  it('never contains the values, only placeholders', () => {
    const q = heatmapCellen({ gemeenten: [HOSTILE, 'emmen'], aanpakken: ['x'], themas: ['A'] });
    expect(q.sql).not.toContain('DROP');
    expect(q.sql).not.toContain('emmen');
    expect(q.params).toEqual([HOSTILE, 'emmen', 'x', 'A']);
    expect(q.sql).toContain('IN ($1, $2)');
    const d = celDetail(HOSTILE, 'A9');
    expect(d.sql).not.toContain(HOSTILE);
    expect(d.params).toEqual([HOSTILE, 'A9']);
  });

  it('an empty list means no filter', () => {
    expect(heatmapCellen({ gemeenten: [] })).toEqual(heatmapCellen());
  });
});
