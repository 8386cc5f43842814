import { describe, expect, it } from 'vitest';
import { heatmapCellen, ranking } from '../../src/model/queries';
import {
  INDICATOR_PER_PAGINA,
  indicatorOordelenVan,
  overzichtCellen,
  overzichtKolommen,
} from '../../src/model/queries-schaal';
import { DB_ENGINES, useDb } from '../helpers/db';
import { synthFeiten, useSynth } from '../helpers/synth';

// A small synthetic national dataset (24 gemeenten, 2 jaren). Expected values are counted here from
// the synth's own Arrow files (apache-arrow, plain JS), never from the builders' output.
let { dir, oordelen, jaarVan, provincieVan, jaren, provincies } = synthFeiten();
useSynth((f) => ({ dir, oordelen, jaarVan, provincieVan, jaren, provincies } = f), 24, 2);

/** Oordelen of one jaar (and optionally one provincie), counted per key. */
function tel(jaar: number, sleutel: (o: Record<string, unknown>) => string, provincie?: string) {
  const m = new Map<string, Telling>();
  for (const o of oordelen) {
    if (jaarVan.get(String(o.aanpak_id)) !== jaar) continue;
    if (provincie !== undefined && provincieVan.get(String(o.gemeente_id)) !== provincie) continue;
    const k = sleutel(o);
    const t = m.get(k) ?? { verbeterpunt: 0, voldoet: 0, onduidelijk: 0, totaal: 0 };
    t[o.oordeel as 'verbeterpunt' | 'voldoet' | 'onduidelijk'] += 1;
    t.totaal += 1;
    m.set(k, t);
  }
  return m;
}

type Telling = { verbeterpunt: number; voldoet: number; onduidelijk: number; totaal: number };
/** The X, √, ? and total of a count, in that order. */
const telling = (t: Telling | undefined) => [t?.verbeterpunt, t?.voldoet, t?.onduidelijk, t?.totaal];

describe.each(DB_ENGINES)('schaal builders on %s', (_name, open) => {
  const db = useDb(open, () => dir);

  it('the synthetic data has two jaren and several provincies', () => {
    expect(jaren).toHaveLength(2);
    expect(provincies.length).toBeGreaterThan(1);
  });

  it('overzichtCellen per provincie: every cell counts the X, √ and ? of that jaar', async () => {
    const jaar = jaren[1]!;
    const verwacht = tel(jaar, (o) => `${provincieVan.get(String(o.gemeente_id))}~${String(o.indicator)}`);
    const rows = await db.run(overzichtCellen({ jaar }, 'provincie'));
    expect(rows).toHaveLength(verwacht.size);
    for (const r of rows) {
      expect(r.groep).toBe(r.naam);
      expect(telling(r)).toEqual(telling(verwacht.get(`${r.groep}~${r.indicator}`)));
    }
    // Onduidelijk is counted on its own, never folded into √ or X.
    expect(rows.every((r) => r.verbeterpunt + r.voldoet + r.onduidelijk === r.totaal)).toBe(true);
  });

  it('overzichtKolommen per provincie: aanpakken and gemeenten of that jaar, by name', async () => {
    const jaar = jaren[0]!;
    const rows = await db.run(overzichtKolommen({ jaar }, 'provincie'));
    expect(rows.map((r) => r.groep)).toEqual([...rows.map((r) => r.groep)].sort());
    for (const r of rows) {
      const aanpakken = new Set<string>();
      const gemeenten = new Set<string>();
      for (const o of oordelen)
        if (
          jaarVan.get(String(o.aanpak_id)) === jaar &&
          provincieVan.get(String(o.gemeente_id)) === r.groep
        ) {
          aanpakken.add(String(o.aanpak_id));
          gemeenten.add(String(o.gemeente_id));
        }
      expect([r.aanpakken, r.gemeenten, r.provincie]).toEqual([aanpakken.size, gemeenten.size, r.groep]);
      expect(r.totaal).toBe(aanpakken.size * 30);
    }
  });

  it('overzichtCellen per gemeente within one provincie: only its gemeenten, same counts', async () => {
    const jaar = jaren[1]!;
    const provincie = provincies[0]!;
    const verwacht = tel(jaar, (o) => `${String(o.gemeente_id)}~${String(o.indicator)}`, provincie);
    const rows = await db.run(overzichtCellen({ jaar, provincies: [provincie] }, 'gemeente'));
    expect(rows).toHaveLength(verwacht.size);
    for (const r of rows) {
      expect(provincieVan.get(String(r.groep))).toBe(provincie);
      expect(telling(r)).toEqual(telling(verwacht.get(`${r.groep}~${r.indicator}`)));
    }
    const kolommen = await db.run(overzichtKolommen({ jaar, provincies: [provincie] }, 'gemeente'));
    expect(new Set(kolommen.map((k) => k.groep))).toEqual(
      new Set([...verwacht.keys()].map((k) => k.split('~')[0])),
    );
  });

  it('heatmapCellen and ranking with a jaar: only the aanpakken of that jaar', async () => {
    const jaar = jaren[0]!;
    const cellen = await db.run(heatmapCellen({ jaar, themas: ['T'] }));
    const verwacht = [...jaarVan].filter(([, j]) => j === jaar).map(([a]) => a);
    expect(new Set(cellen.map((c) => c.aanpak_id))).toEqual(new Set(verwacht));
    const rows = await db.run(ranking({ jaar }));
    expect(rows).toHaveLength(30);
    expect(rows.every((r) => r.aanpakken === verwacht.length)).toBe(true);
  });

  it('indicatorOordelenVan: pages of the gemeenten asked for, that jaar only, with their texts', async () => {
    const jaar = jaren[1]!;
    const gemeenten = [...provincieVan.keys()];
    const verwacht = oordelen
      .filter(
        (o) =>
          o.indicator === 'A9' &&
          gemeenten.includes(String(o.gemeente_id)) &&
          jaarVan.get(String(o.aanpak_id)) === jaar,
      )
      .map((o) => String(o.aanpak_id));
    expect(verwacht.length).toBeGreaterThan(INDICATOR_PER_PAGINA / 2);
    const pagina0 = await db.run(indicatorOordelenVan('A9', gemeenten, jaar, 0));
    const pagina1 = await db.run(indicatorOordelenVan('A9', gemeenten, jaar, 1));
    expect(pagina0).toHaveLength(Math.min(INDICATOR_PER_PAGINA, verwacht.length));
    const samen = [...pagina0, ...pagina1].map((r) => r.aanpak_id);
    expect(new Set(samen)).toEqual(new Set(verwacht));
    expect(samen).toHaveLength(verwacht.length);
    expect(pagina0.every((r) => typeof r.bevinding === 'string' && r.bevinding.length > 0)).toBe(true);
    expect(await db.run(indicatorOordelenVan('A9', [], null))).toEqual([]);
  });

  it('a hostile provincie or an unknown jaar matches nothing and changes nothing', async () => {
    const hostile = "Utrecht'); DROP TABLE oordelen; --";
    expect(await db.run(overzichtCellen({ provincies: [hostile] }, 'provincie'))).toEqual([]);
    expect(await db.run(overzichtKolommen({ jaar: 1900 }, 'gemeente'))).toEqual([]);
    const alle = await db.run(overzichtKolommen({}, 'provincie'));
    expect(alle.reduce((n, r) => n + r.totaal, 0)).toBe(oordelen.length);
  });
});
