import { describe, expect, it } from 'vitest';
import { INDICATOREN } from '../../src/model/toetsingskader';
import { bronDocumenten, methodeTelling, toetsingskader } from '../../src/model/queries-methode';
import { DB_ENGINES, useDb } from '../helpers/db';
import { EXPECTED_X } from '../scripts/ingest/fixtures';

// Expected values come from the STJ factsheets (data/raw), not from this code's output.
const TOTAAL_X = Object.values(EXPECTED_X).reduce((n, xs) => n + xs.length, 0);

describe.each(DB_ENGINES)('methode builders on %s', (_name, open) => {
  const db = useDb(open);

  it('methode: the toetsingskader (30 indicators) as in toetsingskader.ts', async () => {
    const rows = await db.run(toetsingskader());
    expect(rows.map((r) => [r.code, r.tekst, r.label])).toEqual(
      INDICATOREN.map((i) => [i.code, i.tekst, i.label]),
    );
    expect(new Set(rows.map((r) => r.thema)).size).toBe(5);
    expect(new Set(rows.map((r) => r.criterium_code)).size).toBe(13);
  });

  it('methode: the five source files, Dordrecht footer "Oktober 2013", and the counts', async () => {
    const docs = await db.run(bronDocumenten());
    expect(docs.map((d) => [d.bestand, d.gemeente, d.layout])).toEqual([
      ['000_62529c51c88b3a50.txt', 'Oosterhout', 'raw'],
      ['001_a407417e61b012a9.txt', 'Oosterhout', 'tab'],
      ['002_f5bffbaba2d921af.txt', 'Gouda', 'raw'],
      ['003_ad61aa6d5b713ddd.txt', 'Emmen', 'raw'],
      ['004_c8426f7d3892abc2.txt', 'Dordrecht', 'raw'],
    ]);
    expect(docs.find((d) => d.gemeente === 'Dordrecht')?.maand_in_document).toBe('Oktober 2013');
    // The original publication, from data/raw/manifest.json (the Dordrecht footer says October).
    expect(docs.find((d) => d.gemeente === 'Dordrecht')).toMatchObject({
      titel: 'Uitkomsten toezichtonderzoek Dordrecht',
      uitgever: 'Samenwerkend Toezicht Jeugd (STJ)',
      publicatiemaand: '2013-11',
    });
    for (const d of docs) {
      expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(typeof d.regels).toBe('number');
    }
    const [t] = await db.run(methodeTelling());
    expect(t).toMatchObject({
      oordelen: 210,
      voldoet: 210 - TOTAAL_X,
      verbeterpunt: TOTAAL_X,
      onduidelijk: 0,
      conclusies: 35,
    });
    // Gouda's factsheet lost lines in extraction: two bevindingen start mid-sentence.
    expect(t?.mogelijk_onvolledig).toBe(2);
    expect(t?.gedeeld).toBeGreaterThan(0);
    expect(t?.conclusies_onbepaald).toBeGreaterThan(0);
  });
});
