import { describe, expect, it } from 'vitest';
import {
  aanpakkenVan,
  conclusiesPerThema,
  gemeenteContext,
  indicatorOordelen,
  voldoetPerThema,
} from '../../src/model/queries-vergelijken';
import { DB_ENGINES, useDb } from '../helpers/db';
import { AANPAK_NAMEN, AANPAKKEN, AANTAL_GEZINNEN, EXPECTED_X } from '../scripts/ingest/fixtures';

// Expected values come from the STJ factsheets (data/raw): EXPECTED_X was written by reading them, the
// figures below were copied from the "Context" paragraphs and the aanpak descriptions.
const HOSTILE = "'); DROP TABLE oordelen; --";
/** Indicators per thema in the toetsingskader (T1-T4, G1-G3, A1-A14, S1-S6, C1-C3). */
const THEMA_GROOTTE: Record<string, number> = { T: 4, G: 3, A: 14, S: 6, C: 3 };
const THEMA_VOLGORDE = ['T', 'G', 'A', 'S', 'C'];

const xIn = (indicator: string) =>
  Object.entries(EXPECTED_X)
    .filter(([, xs]) => xs.includes(indicator))
    .map(([aanpak]) => aanpak)
    .sort();
const xInThema = (aanpak: string, thema: string) =>
  (EXPECTED_X[aanpak] ?? []).filter((code) => code.startsWith(thema)).length;

describe.each(DB_ENGINES)('vergelijken/indicator builders on %s', (_name, open) => {
  const db = useDb(open);

  it('indicator A9: all 7 aanpakken, X in 5 of them, by gemeente then aanpak', async () => {
    const rows = await db.run(indicatorOordelen('A9'));
    expect(rows.map((r) => r.aanpak_id)).toEqual(AANPAKKEN);
    expect(
      rows
        .filter((r) => r.oordeel === 'verbeterpunt')
        .map((r) => r.aanpak_id)
        .sort(),
    ).toEqual(xIn('A9'));
    expect(xIn('A9')).toHaveLength(5);
    expect(rows.filter((r) => r.oordeel === 'voldoet').map((r) => r.aanpak_id)).toEqual([
      'dordrecht.gezinscoaching',
      'gouda.mpg-overleg',
    ]);
    const oggz = rows.find((r) => r.aanpak_id === 'emmen.oggz');
    expect(oggz).toMatchObject({
      gemeente: 'Emmen',
      aanpak: 'OGGz',
      bron_bestand: '003_ad61aa6d5b713ddd.txt',
      teken_regel: 816,
    });
    expect(oggz?.bevinding).toMatch(
      /^De gemeente en één netwerkpartner geven aan dat de doorzettingsmacht niet/,
    );
  });

  it('indicator rows carry their source lines (the mark lies inside the block)', async () => {
    for (const code of ['A9', 'C2', 'G2', 'T4']) {
      const rows = await db.run(indicatorOordelen(code));
      expect(rows).toHaveLength(7);
      for (const r of rows) {
        expect(r.bron_bestand, `${r.aanpak_id} ${code}`).toMatch(/^00[0-4]_[0-9a-f]{16}\.txt$/);
        expect(typeof r.bron_van).toBe('number');
        expect(r.bron_tot).toBeGreaterThanOrEqual(r.bron_van as number);
        if (r.teken_regel !== null) {
          expect(r.teken_regel).toBeGreaterThanOrEqual(r.bron_van as number);
          expect(r.teken_regel).toBeLessThanOrEqual(r.bron_tot as number);
        }
        expect(typeof r.gedeeld).toBe('boolean');
        expect(typeof r.mogelijk_onvolledig).toBe('boolean');
      }
    }
    // Oosterhout is printed twice (000 and 001): both sources are kept.
    const [gm] = (await db.run(indicatorOordelen('A2'))).filter(
      (r) => r.aanpak_id === 'oosterhout.gezinsmanager',
    );
    expect(gm?.bronnen).toContain('000_62529c51c88b3a50.txt');
    expect(gm?.bronnen).toContain('001_a407417e61b012a9.txt');
  });

  it('indicator C2: X in 6 of 7 aanpakken, only Emmen OGGz voldoet', async () => {
    const rows = await db.run(indicatorOordelen('C2'));
    expect(
      rows
        .filter((r) => r.oordeel === 'verbeterpunt')
        .map((r) => r.aanpak_id)
        .sort(),
    ).toEqual(xIn('C2'));
    expect(xIn('C2')).toHaveLength(6);
    expect(rows.filter((r) => r.oordeel !== 'verbeterpunt').map((r) => r.aanpak_id)).toEqual(['emmen.oggz']);
    expect(await db.run(indicatorOordelen('Z9'))).toEqual([]);
  });

  it('context figures of all 4 gemeenten, by name, with the phrase of the source', async () => {
    const rows = await db.run(gemeenteContext());
    expect(rows.map((r) => [r.naam, r.inwoners, r.huishoudens, r.ggsr_geschat, r.aanpakken])).toEqual([
      ['Dordrecht', 120000, 19000, 80, 2],
      ['Emmen', 109000, 16849, 1000, 2],
      ['Gouda', 71000, 11000, null, 1],
      ['Oosterhout', 54000, 8400, null, 2],
    ]);
    const oosterhout = rows.find((r) => r.gemeente_id === 'oosterhout');
    expect(oosterhout?.inwoners_tekst).toBe('ruim 54.000 inwoners');
    expect(oosterhout?.huishoudens_tekst).toMatch(/^ruim 8\.400 meerpersoonshuishoudens/);
    expect(oosterhout?.ggsr_tekst).toBeNull();
    expect(rows.find((r) => r.gemeente_id === 'gouda')?.inwoners_tekst).toBe('ongeveer 71.000 inwoners');
    expect(rows.find((r) => r.gemeente_id === 'emmen')?.ggsr_tekst).toMatch(/ongeveer 1000 huishoudens/);
    expect(rows.find((r) => r.gemeente_id === 'dordrecht')?.ggsr_tekst).toMatch(/80 gezinnen/);

    const twee = await db.run(gemeenteContext(['gouda', 'emmen']));
    expect(twee.map((r) => r.gemeente_id)).toEqual(['emmen', 'gouda']);
  });

  it('aanpakken with netwerkpartners and number of gezinnen', async () => {
    const rows = await db.run(aanpakkenVan());
    expect(rows.map((r) => r.aanpak_id)).toEqual(AANPAKKEN);
    expect(Object.fromEntries(rows.map((r) => [r.aanpak_id, r.aantal_gezinnen]))).toEqual(AANTAL_GEZINNEN);
    for (const r of rows)
      expect(r.netwerkpartners?.split('\n').length, r.aanpak_id).toBeGreaterThanOrEqual(2);
    expect(rows.find((r) => r.aanpak_id === 'dordrecht.reset-thuisbegeleiding')?.netwerkpartners).toContain(
      'Careyn',
    );
    expect(rows.find((r) => r.aanpak_id === 'emmen.cjg-aanpak')?.aantal_gezinnen_tekst).toBeNull();

    const twee = await db.run(aanpakkenVan(['oosterhout', 'emmen']));
    expect(twee.map((r) => `${r.gemeente}/${r.naam}`)).toEqual(
      AANPAK_NAMEN.filter((n) => /^(Emmen|Oosterhout)\//.test(n)),
    );
  });

  it('voldoet per thema per aanpak matches the marks in the factsheets', async () => {
    const rows = await db.run(voldoetPerThema());
    expect(rows).toHaveLength(7 * 5);
    expect([...new Set(rows.map((r) => r.thema_code))]).toEqual(THEMA_VOLGORDE);
    expect(rows.slice(0, 7).map((r) => r.aanpak_id)).toEqual(AANPAKKEN);
    for (const r of rows) {
      const grootte = THEMA_GROOTTE[r.thema_code] as number;
      const x = xInThema(r.aanpak_id, r.thema_code);
      expect([r.totaal, r.verbeterpunt, r.voldoet, r.onduidelijk], `${r.aanpak_id} ${r.thema_code}`).toEqual([
        grootte,
        x,
        grootte - x,
        0,
      ]);
      expect(r.aandeel_voldoet).toBeCloseTo((grootte - x) / grootte);
    }
    // Emmen OGGz: G1-G3 all X, so 0 van 3 voldoen in Gezin centraal.
    expect(rows.find((r) => r.aanpak_id === 'emmen.oggz' && r.thema_code === 'G')).toMatchObject({
      thema: 'Gezin centraal',
      voldoet: 0,
      totaal: 3,
      aandeel_voldoet: 0,
    });

    const gekozen = await db.run(voldoetPerThema({ gemeenten: ['gouda', 'emmen'], themas: ['C', 'T'] }));
    expect(gekozen.map((r) => `${r.thema_code} ${r.aanpak_id} ${r.voldoet}/${r.totaal}`)).toEqual([
      'T emmen.cjg-aanpak 4/4',
      'T emmen.oggz 4/4',
      'T gouda.mpg-overleg 3/4',
      'C emmen.cjg-aanpak 1/3',
      'C emmen.oggz 2/3',
      'C gouda.mpg-overleg 2/3',
    ]);
  });

  it('conclusies per thema: goed/beter where the source shows the column, else onbepaald', async () => {
    const rows = await db.run(conclusiesPerThema());
    expect(rows).toHaveLength(7 * 5);
    expect([...new Set(rows.map((r) => r.thema_code))]).toEqual(THEMA_VOLGORDE);
    for (const r of rows) {
      expect([r.goed, r.beter, r.onbepaald].some(Boolean), `${r.aanpak_id} ${r.thema_code}`).toBe(true);
      // onbepaald is never mixed with goed/beter in one cell.
      if (r.onbepaald) expect([r.goed, r.beter]).toEqual([null, null]);
    }
    const gm = (thema: string) =>
      rows.find((r) => r.aanpak_id === 'oosterhout.gezinsmanager' && r.thema_code === thema);
    // 001 (tab layout), Toeleiding: "Wat gaat goed?" is empty, "Wat kan beter?" has the text.
    expect(gm('T')).toMatchObject({ thema: 'Toeleiding', goed: null, onbepaald: null });
    expect(gm('T')?.beter).toMatch(
      /^Om te voorkomen dat deze gezinnen van de benodigde zorg verstoken blijven/,
    );
    expect(gm('G')?.goed).toMatch(/^Het gezin en zijn sociale netwerk worden betrokken/);
    expect(gm('G')?.beter).toBeNull();
    expect(gm('A')?.beter).toMatch(/doorzettingsmacht voor de gezinsmanager niet geregeld/);
    // Emmen (raw layout, columns flattened): stored as onbepaald, never guessed.
    for (const r of rows.filter((x) => x.gemeente_id === 'emmen')) {
      expect(r.goed).toBeNull();
      expect(r.beter).toBeNull();
      expect(r.onbepaald).toBeTruthy();
    }

    const gekozen = await db.run(conclusiesPerThema({ gemeenten: ['gouda'], themas: ['S'] }));
    expect(gekozen).toHaveLength(1);
    expect(gekozen[0]).toMatchObject({ aanpak_id: 'gouda.mpg-overleg', thema: 'Samenwerking' });
  });

  it('hostile string params match nothing and change nothing', async () => {
    expect(await db.run(indicatorOordelen(HOSTILE))).toEqual([]);
    expect(await db.run(gemeenteContext([HOSTILE]))).toEqual([]);
    expect(await db.run(aanpakkenVan([HOSTILE, "emmen' OR '1'='1"]))).toEqual([]);
    expect(await db.run(voldoetPerThema({ gemeenten: [HOSTILE], themas: [HOSTILE] }))).toEqual([]);
    expect(await db.run(conclusiesPerThema({ themas: [HOSTILE] }))).toEqual([]);
    expect(await db.run(voldoetPerThema())).toHaveLength(35);
  });
});

describe('vergelijken builder SQL text', () => {
  it('never contains the values, only one placeholder per value', () => {
    const q = voldoetPerThema({ gemeenten: [HOSTILE, 'emmen'], themas: ['A'] });
    expect(q.sql).not.toContain('DROP');
    expect(q.sql).not.toContain('emmen');
    expect(q.sql).toContain('IN ($1, $2)');
    expect(q.sql).toContain('IN ($3)');
    expect(q.params).toEqual([HOSTILE, 'emmen', 'A']);
    const c = conclusiesPerThema({ gemeenten: ['gouda'], themas: ['S', 'C'] });
    expect(c.params).toEqual(['gouda', 'S', 'C']);
    expect(gemeenteContext([HOSTILE]).sql).not.toContain(HOSTILE);
    expect(indicatorOordelen(HOSTILE).params).toEqual([HOSTILE]);
  });

  it('an empty list means no filter', () => {
    expect(gemeenteContext([])).toEqual(gemeenteContext());
    expect(aanpakkenVan([])).toEqual(aanpakkenVan());
    expect(voldoetPerThema({ gemeenten: [], themas: [] })).toEqual(voldoetPerThema());
    expect(conclusiesPerThema({ gemeenten: [] })).toEqual(conclusiesPerThema());
  });
});
