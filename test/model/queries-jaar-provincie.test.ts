import { describe, expect, it } from 'vitest';
import { bevindingen, bevindingenAantal } from '../../src/model/queries-bevindingen';
import {
  aanpakkenVan,
  conclusiesPerThema,
  gemeenteContext,
  voldoetPerThema,
} from '../../src/model/queries-vergelijken';
import { DB_ENGINES, useDb } from '../helpers/db';
import { synthFeiten, useSynth } from '../helpers/synth';

// The jaar and provincie filters of Bevindingen and Gemeenten vergelijken (#18) on a small synthetic
// national dataset (24 gemeenten, 2 jaren, 2 text parts). Expected values are counted here from the
// synth's own Arrow files (apache-arrow, plain JS), never from the builders' output.
let { dir, oordelen, aanpakken, jaarVan, provincieVan, jaren, provincies } = synthFeiten();
useSynth((f) => ({ dir, oordelen, aanpakken, jaarVan, provincieVan, jaren, provincies } = f), 24, 2);

const sleutel = (r: { aanpak_id?: unknown; indicator?: unknown }) =>
  `${String(r.aanpak_id)}~${String(r.indicator)}`;
/** The oordelen of a jaar and/or provincie, as `aanpak~indicator`, sorted. */
function oordelenIn(jaar: number | null, provincie: string | null): string[] {
  return oordelen
    .filter(
      (o) =>
        (jaar === null || jaarVan.get(String(o.aanpak_id)) === jaar) &&
        (provincie === null || provincieVan.get(String(o.gemeente_id)) === provincie),
    )
    .map(sleutel)
    .sort();
}

describe.each(DB_ENGINES)('jaar and provincie filters on %s', (_name, open) => {
  const db = useDb(open, () => dir);

  it('the synthetic data has two jaren and several provincies, each with oordelen in both jaren', () => {
    expect(jaren).toHaveLength(2);
    expect(provincies.length).toBeGreaterThan(1);
    expect(oordelenIn(jaren[0]!, provincies[0]!).length).toBeGreaterThan(0);
    expect(oordelenIn(jaren[1]!, provincies[0]!).length).toBeGreaterThan(0);
  });

  it('bevindingen and bevindingenAantal with a jaar: exactly the oordelen of that jaar', async () => {
    for (const jaar of jaren) {
      const rows = await db.run(bevindingen({ jaar }, null, null));
      expect(rows.map(sleutel).sort()).toEqual(oordelenIn(jaar, null));
      expect((await db.run(bevindingenAantal({ jaar })))[0]?.aantal).toBe(oordelenIn(jaar, null).length);
    }
  });

  it('bevindingen with a provincie, and with both: exactly those oordelen, each with its text', async () => {
    const provincie = provincies[1]!;
    const rows = await db.run(bevindingen({ provincies: [provincie] }, null, null));
    expect(rows.map(sleutel).sort()).toEqual(oordelenIn(null, provincie));
    expect(
      rows.every((r) => typeof r.bevinding === 'string' && r.bevinding.startsWith('[Synthetisch]')),
    ).toBe(true);
    const jaar = jaren[0]!;
    const beide = await db.run(bevindingen({ jaar, provincies: [provincie] }, null, null));
    expect(beide.map(sleutel).sort()).toEqual(oordelenIn(jaar, provincie));
    const x = await db.run(bevindingenAantal({ jaar, provincies: [provincie], oordelen: ['verbeterpunt'] }));
    const verwachtX = oordelen.filter(
      (o) =>
        o.oordeel === 'verbeterpunt' &&
        jaarVan.get(String(o.aanpak_id)) === jaar &&
        provincieVan.get(String(o.gemeente_id)) === provincie,
    ).length;
    expect(x[0]).toMatchObject({ aantal: verwachtX, verbeterpunt: verwachtX, voldoet: 0 });
  });

  it('a provincie that is not in the data, or a jaar without aanpakken, gives no rows', async () => {
    expect(
      (await db.run(bevindingenAantal({ provincies: ["'); DROP TABLE oordelen; --"] })))[0]?.aantal,
    ).toBe(0);
    expect((await db.run(bevindingenAantal({ jaar: 1999 })))[0]?.aantal).toBe(0);
    expect((await db.run(bevindingenAantal({})))[0]?.aantal).toBe(oordelen.length);
  });

  it('gemeenteContext with a provincie and jaar: its gemeenten, aanpakken of that jaar counted', async () => {
    const provincie = provincies[0]!;
    const jaar = jaren[1]!;
    const rows = await db.run(gemeenteContext([], { jaar, provincies: [provincie] }));
    const verwacht = [...provincieVan].filter(([, p]) => p === provincie).map(([g]) => g);
    expect(rows.map((r) => r.gemeente_id).sort()).toEqual(verwacht.sort());
    for (const r of rows)
      expect(r.aanpakken, r.gemeente_id).toBe(
        aanpakken.filter((a) => a.gemeente_id === r.gemeente_id && Number(a.jaar) === jaar).length,
      );
    // Without a jaar every aanpak counts.
    const alle = await db.run(gemeenteContext([verwacht[0]!]));
    expect(alle[0]?.aanpakken).toBe(aanpakken.filter((a) => a.gemeente_id === verwacht[0]).length);
  });

  it('aanpakkenVan, voldoetPerThema and conclusiesPerThema with a jaar: only that jaar', async () => {
    const gemeenten = [...provincieVan.keys()].sort().slice(0, 3);
    const jaar = jaren[0]!;
    const verwacht = aanpakken
      .filter((a) => gemeenten.includes(String(a.gemeente_id)) && Number(a.jaar) === jaar)
      .map((a) => String(a.aanpak_id))
      .sort();
    expect(verwacht.length).toBeGreaterThan(0);
    const a = await db.run(aanpakkenVan(gemeenten, { jaar }));
    expect(a.map((r) => r.aanpak_id).sort()).toEqual(verwacht);

    const tellingen = await db.run(voldoetPerThema({ gemeenten, jaar }));
    expect(tellingen).toHaveLength(verwacht.length * 5);
    for (const r of tellingen) {
      const van = oordelen.filter(
        (o) => o.aanpak_id === r.aanpak_id && String(o.indicator).startsWith(r.thema_code),
      );
      expect([r.totaal, r.voldoet], `${r.aanpak_id} ${r.thema_code}`).toEqual([
        van.length,
        van.filter((o) => o.oordeel === 'voldoet').length,
      ]);
    }
    const conclusies = await db.run(conclusiesPerThema({ gemeenten, jaar }));
    expect(new Set(conclusies.map((r) => r.aanpak_id))).toEqual(new Set(verwacht));
    expect(conclusies).toHaveLength(verwacht.length * 5);
  });

  it('vergelijken with a provincie: the chosen gemeenten outside it drop out', async () => {
    const provincie = provincies[0]!;
    const binnen = [...provincieVan].find(([, p]) => p === provincie)![0];
    const buiten = [...provincieVan].find(([, p]) => p !== provincie)![0];
    const f = { gemeenten: [binnen, buiten], provincies: [provincie] };
    const a = await db.run(aanpakkenVan(f.gemeenten, f));
    expect(new Set(a.map((r) => r.gemeente_id))).toEqual(new Set([binnen]));
    expect(new Set((await db.run(voldoetPerThema(f))).map((r) => r.gemeente_id))).toEqual(new Set([binnen]));
    expect(new Set((await db.run(conclusiesPerThema(f))).map((r) => r.gemeente_id))).toEqual(
      new Set([binnen]),
    );
    expect((await db.run(gemeenteContext(f.gemeenten, f))).map((r) => r.gemeente_id)).toEqual([binnen]);
  });
});

describe('jaar and provincie SQL text', () => {
  it('values only as placeholders; without them the SQL is as before', () => {
    const q = bevindingen({ jaar: 2014, provincies: ['Utrecht'] });
    expect(q.sql).not.toContain('Utrecht');
    expect(q.sql).not.toContain('2014');
    expect(q.params).toEqual([2014, 'Utrecht', 25, 0]);
    expect(bevindingen({ jaar: null, provincies: [] })).toEqual(bevindingen());
    const v = conclusiesPerThema({ gemeenten: ['a', 'b'], jaar: 2015, provincies: ['Zeeland'] });
    expect(v.params).toEqual(['a', 'b', 2015, 'Zeeland']);
    expect(v.sql).not.toMatch(/2015|Zeeland/);
    expect(gemeenteContext(['a'], {})).toEqual(gemeenteContext(['a']));
    expect(aanpakkenVan(['a'], { jaar: null })).toEqual(aanpakkenVan(['a']));
  });
});
