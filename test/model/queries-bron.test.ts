import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bronConclusies, bronOordelen } from '../../src/model/queries-bron';
import { ROOT } from '../helpers/data';
import { DB_ENGINES, useDb } from '../helpers/db';
import { GOUDA_GATEN } from '../scripts/ingest/fixtures';

// Expected lines are read from the factsheets in data/raw (line N is line N of the file).
const regels = (bestand: string) => readFileSync(path.join(ROOT, 'data/raw', bestand), 'utf8').split('\n');
const EMMEN = '003_ad61aa6d5b713ddd.txt';
const GOUDA = '002_f5bffbaba2d921af.txt';
const OOSTERHOUT_RAW = '000_62529c51c88b3a50.txt';
const OOSTERHOUT_TAB = '001_a407417e61b012a9.txt';
const HOSTILE = "'); DROP TABLE oordelen; --";

describe.each(DB_ENGINES)('source view builders on %s', (_name, open) => {
  const db = useDb(open);

  it('bronOordelen(Emmen): 2 aanpakken x 30 in document order; OGGz A9 on lines 813-817, X on 816', async () => {
    const rows = await db.run(bronOordelen(EMMEN, 'emmen'));
    expect(rows).toHaveLength(60);
    expect(rows.every((r) => r.primair)).toBe(true);
    const van = rows.map((r) => r.van);
    expect(van).toEqual([...van].sort((a, b) => a - b));
    const a9 = rows.find((r) => r.aanpak_id === 'emmen.oggz' && r.indicator === 'A9');
    expect(a9).toMatchObject({ aanpak: 'OGGz', label: 'Doorzettingsmacht', van: 813, tot: 817 });
    expect(a9?.teken_regel).toBe(816);
    const tekst = regels(EMMEN);
    expect(tekst[815]).toMatch(/^X De gemeente en één netwerkpartner/);
    expect(a9?.bevinding).toMatch(/^De gemeente en één netwerkpartner geven aan/);
    // A shared mark (G1-G3 of OGGz): one block, three oordelen.
    const g = rows.filter((r) => r.aanpak_id === 'emmen.oggz' && r.indicator.startsWith('G'));
    expect(g.map((r) => [r.indicator, r.van, r.tot, r.gedeeld])).toEqual([
      ['G1', 715, 740, true],
      ['G2', 715, 740, true],
      ['G3', 715, 740, true],
    ]);
  });

  it('bronOordelen(Oosterhout): both copies hold all 60 oordelen; the mark line only in the primary (001)', async () => {
    const tab = await db.run(bronOordelen(OOSTERHOUT_TAB, 'oosterhout'));
    const raw = await db.run(bronOordelen(OOSTERHOUT_RAW, 'oosterhout'));
    expect(tab).toHaveLength(60);
    expect(raw).toHaveLength(60);
    expect(tab.every((r) => r.primair && r.teken_regel !== null)).toBe(true);
    expect(raw.every((r) => !r.primair && r.teken_regel === null)).toBe(true);
    const sleutel = (r: { aanpak_id: string; indicator: string; oordeel: string }) =>
      `${r.aanpak_id}~${r.indicator}=${r.oordeel}`;
    expect(new Set(raw.map(sleutel))).toEqual(new Set(tab.map(sleutel)));
    const t1 = (rows: typeof tab) =>
      rows.find((r) => r.aanpak_id === 'oosterhout.bemoeizorg' && r.indicator === 'T1');
    expect(t1(tab)).toMatchObject({ van: 222, tot: 222, teken_regel: 222 });
    expect(t1(raw)).toMatchObject({ van: 963, tot: 983 });
    // The tab copy has a whole table row on one line; the raw copy wraps the bevinding over lines.
    const begin = 'De gemeenten en de netwerkpartners hanteren niet';
    expect(regels(OOSTERHOUT_TAB)[221]).toContain(begin);
    expect(regels(OOSTERHOUT_RAW).slice(962, 983).join(' ').replace(/\s+/g, ' ')).toContain(begin);
  });

  it('bronOordelen(Gouda) carries the gaps: C2 lost a line after "ondersteuning."', async () => {
    const rows = await db.run(bronOordelen(GOUDA, 'gouda'));
    expect(rows).toHaveLength(30);
    const c2 = rows.find((r) => r.indicator === 'C2');
    expect(c2).toMatchObject({ van: 604, tot: 626, teken_regel: 618 });
    expect(JSON.parse(c2?.gaten ?? 'null')).toEqual([
      { veld: 'bevinding', offset: 141, reden: 'kleine-letter-na-punt' },
    ]);
    const tekst = regels(GOUDA);
    expect(tekst[619]).toMatch(/wachten op zorg en ondersteuning\. *$/);
    expect(tekst[621]).toMatch(/^netwerkpartners aan dat/);
    expect(rows.filter((r) => r.gaten !== null).map((r) => r.indicator)).toEqual(GOUDA_GATEN);
  });

  it('bronConclusies(Gouda): five thema conclusies in order, Continu on lines 762-774 with its gap', async () => {
    const rows = await db.run(bronConclusies(GOUDA, 'gouda'));
    expect(rows.map((r) => r.thema_code)).toEqual(['T', 'G', 'A', 'S', 'C']);
    const c = rows.find((r) => r.thema_code === 'C');
    expect(c).toMatchObject({ aanpak: 'MPG-overleg', thema: 'Continu', van: 762, tot: 774 });
    expect(JSON.parse(c?.gaten ?? 'null')).toEqual([
      { veld: 'onbepaald', offset: 141, reden: 'kleine-letter-na-punt' },
    ]);
    expect(regels(GOUDA)[771]).toMatch(/^waardoor de continuïteit van zorg/);
    // The copy that is not the primary source has no conclusie lines.
    expect(await db.run(bronConclusies(OOSTERHOUT_RAW, 'oosterhout'))).toEqual([]);
    expect(await db.run(bronConclusies(OOSTERHOUT_TAB, 'oosterhout'))).toHaveLength(10);
  });

  it('an unknown or hostile document gives nothing and changes nothing', async () => {
    expect(await db.run(bronOordelen(HOSTILE, 'emmen'))).toEqual([]);
    expect(await db.run(bronOordelen(EMMEN, HOSTILE))).toEqual([]);
    expect(await db.run(bronConclusies(HOSTILE, HOSTILE))).toEqual([]);
    expect(await db.run(bronOordelen(EMMEN, 'emmen'))).toHaveLength(60);
  });
});

describe('source view builder SQL text', () => {
  it('holds no values, only placeholders, and reads only the gemeente’s text part', () => {
    const q = bronOordelen(HOSTILE, 'emmen');
    expect(q.sql).not.toContain('DROP');
    expect(q.params).toEqual([HOSTILE, 'emmen']);
    expect(q.teksten).toEqual(['emmen']);
    expect(bronConclusies(EMMEN, 'emmen').teksten).toEqual(['emmen']);
  });
});
