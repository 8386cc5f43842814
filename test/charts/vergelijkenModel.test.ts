import { describe, expect, it } from 'vitest';
import { buildConclusieMatrix, buildVergelijkGrafiek, PANEEL } from '../../src/charts/vergelijkenModel';
import { conclusiesPerThema, voldoetPerThema } from '../../src/model/queries-vergelijken';
import { useDb } from '../helpers/db';

const db = useDb();

const GEKOZEN = { gemeenten: ['gouda', 'emmen'] };

describe('buildVergelijkGrafiek', () => {
  it('one panel per thema in framework order, the same aanpakken in the same order in each', async () => {
    const g = buildVergelijkGrafiek(await db.run(voldoetPerThema(GEKOZEN)));
    expect(g.panelen.map((p) => p.thema)).toEqual([
      'Toeleiding',
      'Gezin centraal',
      'Aanpak',
      'Samenwerking',
      'Continu',
    ]);
    for (const p of g.panelen) {
      expect(p.staven.map((s) => s.aanpak_id)).toEqual([
        'emmen.cjg-aanpak',
        'emmen.oggz',
        'gouda.mpg-overleg',
      ]);
      expect(p.staven.map((s) => s.y)).toEqual([0, 1, 2].map((i) => PANEEL.boven + i * PANEEL.rij));
      expect(p.hoogte).toBe(PANEEL.boven + 3 * PANEEL.rij + PANEEL.onder);
    }
    // Gouda MPG-overleg: T2 is X, so 3 van 4 in Toeleiding; Emmen OGGz 0 van 3 in Gezin centraal.
    const t = g.panelen[0]?.staven.find((s) => s.aanpak_id === 'gouda.mpg-overleg');
    expect(t).toMatchObject({ tekst: '3 van 4', breedte: (PANEEL.balk * 3) / 4 });
    const gz = g.panelen[1]?.staven.find((s) => s.aanpak_id === 'emmen.oggz');
    expect(gz).toMatchObject({ tekst: '0 van 3', breedte: 0 });
    expect(g.as.map((a) => a.label)).toEqual(['0%', '50%', '100%']);
    expect(g.as.at(-1)?.x).toBe(PANEEL.balk);
  });

  it('no rows, no panels', () => {
    expect(buildVergelijkGrafiek([]).panelen).toEqual([]);
  });
});

describe('buildConclusieMatrix', () => {
  it('thema rows x aanpak columns grouped by gemeente, with the counts per cell', async () => {
    const [c, t] = await Promise.all([db.run(conclusiesPerThema(GEKOZEN)), db.run(voldoetPerThema(GEKOZEN))]);
    const m = buildConclusieMatrix(c, t);
    expect(m.kolommen.map((k) => k.aanpak_id)).toEqual([
      'emmen.cjg-aanpak',
      'emmen.oggz',
      'gouda.mpg-overleg',
    ]);
    expect(m.groepen).toEqual([
      { gemeente_id: 'emmen', gemeente: 'Emmen', span: 2 },
      { gemeente_id: 'gouda', gemeente: 'Gouda', span: 1 },
    ]);
    expect(m.rijen.map((r) => r.thema_code)).toEqual(['T', 'G', 'A', 'S', 'C']);
    for (const r of m.rijen) {
      expect(r.cellen.map((cel) => cel?.conclusie.aanpak_id)).toEqual(m.kolommen.map((k) => k.aanpak_id));
      for (const cel of r.cellen) expect(cel?.conclusie.thema_code).toBe(r.thema_code);
    }
    expect(m.rijen[0]?.cellen[2]?.telling).toEqual({
      voldoet: 3,
      verbeterpunt: 1,
      onduidelijk: 0,
      totaal: 4,
    });
  });

  it('keeps onbepaald apart from goed and beter', async () => {
    const m = buildConclusieMatrix(
      await db.run(conclusiesPerThema({ gemeenten: ['oosterhout', 'gouda'], themas: ['G'] })),
    );
    expect(m.kolommen.map((k) => k.aanpak_id)).toEqual([
      'gouda.mpg-overleg',
      'oosterhout.gezinsmanager',
      'oosterhout.bemoeizorg',
    ]);
    const [mpg, gm, bz] = m.rijen[0]?.cellen ?? [];
    // Gouda (raw layout) prints "Wat gaat goed? Wat kan beter?" on one line: the column is not known.
    expect(mpg?.conclusie).toMatchObject({ goed: null, beter: null });
    expect(mpg?.conclusie.onbepaald).toMatch(/^Het sociale netwerk ofwel het steunsysteem/);
    // Oosterhout (tab layout): both conclusies stand under "Wat gaat goed?" only.
    expect(gm?.conclusie).toMatchObject({ beter: null, onbepaald: null });
    expect(gm?.conclusie.goed).toMatch(/^Het gezin en zijn sociale netwerk worden betrokken/);
    expect(bz?.conclusie).toMatchObject({ beter: null, onbepaald: null });
    expect(bz?.conclusie.goed).toMatch(/^Het uitgangspunt van de aanpak is het gezin/);
    expect(gm?.telling).toBeNull();
  });
});
