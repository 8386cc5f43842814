import { describe, expect, it } from 'vitest';
import { BOM, bevindingenCsv, csvVeld, naarCsv } from '../../src/model/csv';
import { INDICATOREN } from '../../src/model/toetsingskader';
import {
  BEVINDING_KOLOMMEN,
  MAX_ZOEK,
  PAGINA_GROOTTE,
  bevindingen,
  bevindingenAantal,
  zoekPatroon,
  type BevindingKolom,
  type BevindingRij,
  type BevindingenFilter,
} from '../../src/model/queries-bevindingen';
import { readRows } from '../helpers/data';
import { DB_ENGINES, useDb } from '../helpers/db';
import { AANPAKKEN, EXPECTED_X } from '../scripts/ingest/fixtures';
import { BEVINDINGEN_CSV_KOP, leesCsv } from '../helpers/csv';
import { zoekNorm } from '../helpers/zoek';

// Expected texts come from the STJ factsheets (data/raw), not from this code's output.
const EMMEN_OGGZ_A9 =
  'De gemeente en één netwerkpartner geven aan dat de doorzettingsmacht niet is geregeld.';
const OOSTERHOUT_GM_A9 = /^De doorzettingsmacht is nog onvoldoende geregeld\. /;
const GOUDA_A10_LET_OP = 'Er zijn geen afspraken gemaakt ten aanzien van de maximale caseload.';
const HOSTILE = "'); DROP TABLE oordelen; --";
const TOTAAL_X = Object.values(EXPECTED_X).reduce((n, xs) => n + xs.length, 0);

const key = (r: { aanpak_id: string; indicator: string }) => `${r.aanpak_id}~${r.indicator}`;

function verwacht(zoek: string): string[] {
  const z = zoekNorm(zoek.slice(0, MAX_ZOEK)).trim();
  return readRows('teksten')
    .filter((r) => zoekNorm(r.bevinding).includes(z) || zoekNorm(r.let_op).includes(z))
    .map((r) => `${String(r.aanpak_id)}~${String(r.indicator)}`)
    .sort();
}

describe.each(DB_ENGINES)('bevindingen builders on %s', (_name, open) => {
  const db = useDb(open);

  const alle = (f: BevindingenFilter, s: Parameters<typeof bevindingen>[1] = null) =>
    db.run(bevindingen(f, s, null));
  const aantal = async (f: BevindingenFilter) => (await db.run(bevindingenAantal(f)))[0]?.aantal;

  it('every oordeel is a row (210), with names, thema, criterium and indicator label', async () => {
    const rows = await alle({});
    expect(rows).toHaveLength(210);
    expect(await aantal({})).toBe(210);
    const a9 = rows.find((r) => key(r) === 'emmen.oggz~A9');
    expect(a9).toMatchObject({
      gemeente: 'Emmen',
      aanpak: 'OGGz',
      thema: 'Aanpak',
      criterium: 'Een toegeruste regisseur',
      indicator: 'A9',
      label: 'Doorzettingsmacht',
      oordeel: 'verbeterpunt',
      bevinding: EMMEN_OGGZ_A9,
      let_op: null,
      bron: expect.stringMatching(/^003_ad61aa6d5b713ddd\.txt:\d+-\d+$/),
    });
    // Default order: gemeente, aanpak as in the factsheet, indicator.
    expect(rows.slice(0, 2).map(key)).toEqual([
      'dordrecht.reset-thuisbegeleiding~T1',
      'dordrecht.reset-thuisbegeleiding~T2',
    ]);
    expect(key(rows[29] as BevindingRij)).toBe('dordrecht.reset-thuisbegeleiding~C3');
    expect(key(rows[30] as BevindingRij)).toBe('dordrecht.gezinscoaching~T1');
    expect(key(rows[209] as BevindingRij)).toBe('oosterhout.bemoeizorg~C3');
  });

  it('search "doorzettingsmacht" finds the A9 bevindingen of Emmen OGGz and Oosterhout Gezinsmanager', async () => {
    const rows = await alle({ zoek: 'doorzettingsmacht' });
    expect(rows.find((r) => key(r) === 'emmen.oggz~A9')?.bevinding).toBe(EMMEN_OGGZ_A9);
    expect(rows.find((r) => key(r) === 'oosterhout.gezinsmanager~A9')?.bevinding).toMatch(OOSTERHOUT_GM_A9);
    expect(rows.map(key).sort()).toEqual(verwacht('doorzettingsmacht'));
    expect(await aantal({ zoek: 'doorzettingsmacht' })).toBe(rows.length);
    // Upper case gives the same rows.
    expect((await alle({ zoek: 'DOORZETTINGSMACHT' })).map(key)).toEqual(rows.map(key));
  });

  it('search "caseload" finds LET OP texts (Gouda, Emmen OGGz, Dordrecht Gezinscoaching A10)', async () => {
    const rows = await alle({ zoek: 'caseload' });
    expect(rows.find((r) => key(r) === 'gouda.mpg-overleg~A10')?.let_op).toBe(GOUDA_A10_LET_OP);
    expect(rows.map(key).sort()).toEqual(verwacht('caseload'));
    const metLetOp = await alle({ zoek: 'caseload', letOp: 'met' });
    expect(metLetOp.map(key).sort()).toEqual([
      'dordrecht.gezinscoaching~A10',
      'emmen.oggz~A10',
      'gouda.mpg-overleg~A10',
    ]);
    for (const r of metLetOp) expect(r.let_op).toMatch(/caseload/);
  });

  it('search ignores accents and case ("een" finds "één", "ÉÉN" finds "één")', async () => {
    const zonder = await alle({ zoek: 'een netwerkpartner geven' });
    expect(zonder.map(key)).toContain('emmen.oggz~A9');
    expect((await alle({ zoek: 'één netwerkpartner geven' })).map(key)).toEqual(zonder.map(key));
    expect((await alle({ zoek: 'ÉÉN NETWERKPARTNER GEVEN' })).map(key)).toEqual(zonder.map(key));
    const centraal = await alle({ zoek: 'een centrale' });
    expect(centraal.map(key)).toEqual(
      expect.arrayContaining(['oosterhout.gezinsmanager~A8', 'oosterhout.bemoeizorg~A8']),
    );
    expect((await alle({ zoek: 'één centrale' })).map(key)).toEqual(centraal.map(key));
    expect(centraal.map(key).sort()).toEqual(verwacht('een centrale'));
    // Extra spaces in the input do not matter.
    expect((await alle({ zoek: '  een   centrale ' })).map(key)).toEqual(centraal.map(key));
  });

  it(`oordeel = verbeterpunt gives ${TOTAAL_X} rows, per aanpak as in the factsheets`, async () => {
    expect(TOTAAL_X).toBe(47);
    const rows = await alle({ oordelen: ['verbeterpunt'] });
    expect(rows).toHaveLength(TOTAAL_X);
    expect(await aantal({ oordelen: ['verbeterpunt'] })).toBe(TOTAAL_X);
    for (const [aanpak, xs] of Object.entries(EXPECTED_X)) {
      expect(
        rows.filter((r) => r.aanpak_id === aanpak).map((r) => r.indicator),
        aanpak,
      ).toEqual(xs);
    }
    expect(await aantal({ oordelen: ['voldoet'] })).toBe(210 - TOTAAL_X);
    expect(await aantal({ oordelen: ['voldoet', 'verbeterpunt'] })).toBe(210);
    const [telling] = await db.run(bevindingenAantal({ zoek: 'doorzettingsmacht' }));
    expect((telling?.voldoet ?? 0) + (telling?.verbeterpunt ?? 0) + (telling?.onduidelijk ?? 0)).toBe(
      telling?.aantal,
    );
  });

  it('column filters combine with each other and with the search', async () => {
    const emmenA = await alle({ gemeenten: ['emmen'], themas: ['A'] });
    expect(emmenA).toHaveLength(2 * 14);
    expect(new Set(emmenA.map((r) => r.gemeente))).toEqual(new Set(['Emmen']));
    const a9 = await alle({ indicatoren: ['A9'], oordelen: ['verbeterpunt'] });
    expect(a9.map((r) => r.aanpak_id).sort()).toEqual(
      Object.entries(EXPECTED_X)
        .filter(([, xs]) => xs.includes('A9'))
        .map(([a]) => a)
        .sort(),
    );
    const gouda = await alle({ aanpakken: ['gouda.mpg-overleg'], oordelen: ['verbeterpunt'] });
    expect(gouda.map((r) => r.indicator)).toEqual(['T2', 'C2']);
    const both = await alle({ oordelen: ['verbeterpunt'], zoek: 'doorzettingsmacht' });
    expect(both.map(key)).toContain('emmen.oggz~A9');
    expect(both.every((r) => r.oordeel === 'verbeterpunt')).toBe(true);
    expect(await alle({ letOp: 'met' })).toHaveLength(readRows('teksten').filter((r) => r.let_op).length);
    expect(await aantal({ letOp: 'met' })).toBeGreaterThan(0);
    expect((await aantal({ letOp: 'met' })) ?? 0).toBe(210 - ((await aantal({ letOp: 'zonder' })) ?? 0));
  });

  it('hostile and odd search input matches literally or not at all, and never errors', async () => {
    for (const zoek of ['%', '_', '%%', '\\', '\\%', "'", HOSTILE, "' OR '1'='1", 'a'.repeat(10_000), '😀']) {
      const rows = await alle({ zoek });
      expect(rows.map(key).sort(), JSON.stringify(zoek.slice(0, 20))).toEqual(verwacht(zoek));
      expect(await aantal({ zoek })).toBe(rows.length);
    }
    expect(await alle({ zoek: '%' })).toEqual([]);
    expect(await alle({ zoek: HOSTILE })).toEqual([]);
    expect(
      await alle({ gemeenten: [HOSTILE], oordelen: [HOSTILE as never], indicatoren: [HOSTILE] }),
    ).toEqual([]);
    // Control characters count as spaces; whitespace only is no search.
    expect(await aantal({ zoek: 'doorzettings\u0000macht' })).toBe(0);
    expect(await aantal({ zoek: 'de\u0000doorzettingsmacht' })).toBe(verwacht('de doorzettingsmacht').length);
    expect(await aantal({ zoek: '\u0000' })).toBe(210);
    expect(await aantal({ zoek: '   ' })).toBe(210);
    expect(await aantal({})).toBe(210);
  });

  it('pages of 25 with LIMIT/OFFSET; all pages together are the full list in order', async () => {
    const volledig = await alle({});
    const paginas: BevindingRij[][] = [];
    for (let p = 1; p <= 10; p++) paginas.push(await db.run(bevindingen({}, null, p)));
    expect(paginas.map((p) => p.length)).toEqual([25, 25, 25, 25, 25, 25, 25, 25, 10, 0]);
    expect(paginas.flat().map(key)).toEqual(volledig.map(key));
    // Filtered: 47 verbeterpunten = 25 + 22.
    expect((await db.run(bevindingen({ oordelen: ['verbeterpunt'] }, null, 2))).length).toBe(TOTAAL_X - 25);
    // A nonsense page number falls back to page 1.
    expect((await db.run(bevindingen({}, null, -3))).map(key)).toEqual(paginas[0]?.map(key));
  });

  it('sorts on every column, both ways, with a stable tie order', async () => {
    const oordeelRang = { voldoet: 1, onduidelijk: 2, verbeterpunt: 3 } as const;
    const volgorde = new Map(INDICATOREN.map((i, n) => [i.code, n]));
    const sleutel: Record<BevindingKolom, (r: BevindingRij) => string | number | null> = {
      gemeente: (r) => r.gemeente,
      aanpak: (r) => r.aanpak.toLowerCase(),
      thema: (r) => 'TGASC'.indexOf(r.thema_code),
      criterium: (r) => r.criterium_code,
      indicator: (r) => volgorde.get(r.indicator) ?? -1,
      oordeel: (r) => oordeelRang[r.oordeel],
      let_op: (r) => r.let_op?.toLowerCase() ?? null,
      bevinding: (r) => r.bevinding?.toLowerCase() ?? null,
    };
    for (const kolom of BEVINDING_KOLOMMEN) {
      for (const aflopend of [false, true]) {
        const rows = await alle({}, { kolom, aflopend });
        expect(rows).toHaveLength(210);
        const waarden = rows.map(sleutel[kolom]);
        const nietNull = waarden.filter((v) => v !== null);
        // NULLS LAST in both directions.
        expect(
          waarden.slice(nietNull.length).every((v) => v === null),
          kolom,
        ).toBe(true);
        for (let i = 1; i < nietNull.length; i++) {
          const [a, b] = [nietNull[i - 1], nietNull[i]] as [string | number, string | number];
          if (kolom === 'criterium') continue; // checked below via toetsingskader order
          const cmp = typeof a === 'number' ? a - (b as number) : a < b ? -1 : a > b ? 1 : 0;
          if (aflopend) expect(cmp, `${kolom} desc at ${i}`).toBeGreaterThanOrEqual(0);
          else expect(cmp, `${kolom} asc at ${i}`).toBeLessThanOrEqual(0);
        }
      }
    }
    const x = await alle({}, { kolom: 'oordeel', aflopend: true });
    expect(x.slice(0, TOTAAL_X).every((r) => r.oordeel === 'verbeterpunt')).toBe(true);
    expect(x[TOTAAL_X]?.oordeel).toBe('voldoet');
    const ind = await alle({}, { kolom: 'indicator', aflopend: false });
    expect(ind.slice(0, 7).map((r) => r.indicator)).toEqual(Array(7).fill('T1'));
    // Ties in the default order: gemeente, then aanpak as in the factsheet.
    expect(ind.slice(0, 7).map((r) => r.aanpak_id)).toEqual(AANPAKKEN);
    const a = await alle({}, { kolom: 'indicator', aflopend: false });
    const i10 = a.findIndex((r) => r.indicator === 'A10');
    const i2 = a.findIndex((r) => r.indicator === 'A2');
    expect(i2).toBeLessThan(i10);
    const crit = await alle({}, { kolom: 'criterium', aflopend: false });
    expect([...new Set(crit.map((r) => r.criterium_code))]).toEqual([
      'T-a',
      'T-b',
      'G-a',
      'A-a',
      'A-b',
      'A-c',
      'A-d',
      'S-a',
      'S-b',
      'S-c',
      'C-a',
      'C-b',
      'C-c',
    ]);
    const gemDesc = await alle({}, { kolom: 'gemeente', aflopend: true });
    expect(gemDesc[0]?.gemeente).toBe('Oosterhout');
    // Sort and page together.
    const p2 = await db.run(bevindingen({}, { kolom: 'oordeel', aflopend: true }, 2));
    expect(p2.map(key)).toEqual(x.slice(25, 50).map(key));
  });

  it('the CSV export holds exactly the matched rows, in order, and reads back', async () => {
    const f: BevindingenFilter = { oordelen: ['verbeterpunt'], zoek: 'doorzettingsmacht' };
    const rows = await alle(f, { kolom: 'gemeente', aflopend: true });
    const csv = bevindingenCsv(rows);
    expect(csv.startsWith(BOM)).toBe(true);
    const parsed = leesCsv(csv.slice(1));
    expect(parsed[0]).toEqual([...BEVINDINGEN_CSV_KOP, 'gedeeld_teken', 'mogelijk_onvolledig', 'bron']);
    expect(parsed).toHaveLength(rows.length + 1);
    const emmen = parsed.find((r) => r[1] === 'OGGz');
    expect(emmen).toEqual([
      'Emmen',
      'OGGz',
      'Aanpak',
      'Een toegeruste regisseur',
      'A9',
      'Doorzettingsmacht',
      'verbeterpunt',
      'X',
      '',
      EMMEN_OGGZ_A9,
      'nee',
      'nee',
      expect.stringMatching(/^003_ad61aa6d5b713ddd\.txt:/),
    ]);
    expect(parsed.slice(1).map((r) => r[0])).toEqual(rows.map((r) => r.gemeente));
    // Multi-line texts survive the round trip.
    const alles = await alle({});
    const terug = leesCsv(bevindingenCsv(alles).slice(1));
    expect(terug.slice(1).map((r) => r[9])).toEqual(alles.map((r) => r.bevinding ?? ''));
    expect(terug.slice(1).map((r) => r[8])).toEqual(alles.map((r) => r.let_op ?? ''));
  });
});

describe('bevindingen SQL text', () => {
  it('never contains the values, only placeholders; one per list value', () => {
    const q = bevindingen(
      { gemeenten: [HOSTILE, 'emmen'], oordelen: ['verbeterpunt'], zoek: HOSTILE },
      { kolom: 'bevinding', aflopend: true },
      3,
    );
    expect(q.sql).not.toContain('DROP');
    expect(q.sql).not.toContain('emmen');
    expect(q.sql).toContain('o.gemeente_id IN ($1, $2)');
    expect(q.sql).toContain('o.oordeel IN ($3)');
    expect(q.sql).toContain('t.gemeente_id IN ($1, $2)');
    // The pattern, then its pieces (checked first, each on its own).
    expect(q.params).toEqual([
      HOSTILE,
      'emmen',
      'verbeterpunt',
      `%${HOSTILE}%`,
      "');",
      'DROP',
      'TABLE',
      'oordelen;',
      '--',
      PAGINA_GROOTTE,
      50,
    ]);
    expect(q.sql).toMatch(/LIMIT \$10 OFFSET \$11$/);
  });

  it('sort column and direction come only from the whitelist', () => {
    expect(() =>
      bevindingen({}, { kolom: 'bevinding; DROP TABLE oordelen' as BevindingKolom, aflopend: false }),
    ).toThrow(/invalid sort column/);
    expect(() => bevindingen({}, { kolom: 'toString' as BevindingKolom, aflopend: false })).toThrow();
    const q = bevindingen({}, { kolom: 'oordeel', aflopend: 'DESC; --' as unknown as boolean });
    expect(q.sql).not.toContain('DESC');
    expect(bevindingen({}, { kolom: 'oordeel', aflopend: true }).sql).toContain('END DESC NULLS LAST');
  });

  it('the search pattern escapes LIKE wildcards', () => {
    expect(zoekPatroon('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
    expect(zoekPatroon('  twee   woorden ')).toBe('%twee woorden%');
    expect(zoekPatroon('   ')).toBeNull();
    expect(zoekPatroon(undefined)).toBeNull();
    expect(zoekPatroon('x'.repeat(5000))?.length).toBe(MAX_ZOEK + 2);
  });

  it('an empty list means no filter; no export has LIMIT', () => {
    expect(bevindingen({ gemeenten: [], oordelen: [] })).toEqual(bevindingen());
    expect(bevindingen({}, null, null).sql).not.toContain('LIMIT');
  });
});

describe('CSV (RFC 4180)', () => {
  it('quotes fields with comma, quote or line break; doubles quotes', () => {
    expect(csvVeld('a,b')).toBe('"a,b"');
    expect(csvVeld('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvVeld('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvVeld('één')).toBe('één');
    expect(csvVeld(null)).toBe('');
    expect(csvVeld(true)).toBe('ja');
    expect(csvVeld(3)).toBe('3');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvVeld('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvVeld('+1')).toBe("'+1");
    expect(csvVeld('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('CRLF line ends and a trailing CRLF', () => {
    const csv = naarCsv([{ kop: 'a', waarde: (r: { a: string }) => r.a }], [{ a: 'x' }, { a: 'y,z' }]);
    expect(csv).toBe('a\r\nx\r\n"y,z"\r\n');
    expect(leesCsv(csv)).toEqual([['a'], ['x'], ['y,z']]);
  });
});
