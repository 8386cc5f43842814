import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/ingest/dataset';
import { entryMeta } from '../../../scripts/ingest/meta';
import { readRows } from '../../helpers/data';
import { SEEDS, seed } from './fixtures';

const ds = buildDataset(Object.values(SEEDS).map(seed));
const key = (r: Record<string, unknown>) => `${String(r.aanpak_id)}~${String(r.indicator)}`;

describe('public/data split into marks and text parts', () => {
  const marks = new Map(readRows('oordelen').map((r) => [key(r), r]));
  const teksten = readRows('teksten');
  const tekst = new Map(teksten.map((r) => [key(r), r]));

  it('joining oordelen.arrow with the teksten parts gives back every oordeel of the parsed factsheets, field for field', () => {
    expect(marks.size).toBe(210);
    expect(teksten).toHaveLength(210);
    expect(tekst.size).toBe(210);
    for (const o of ds.oordelen) {
      const m = marks.get(key(o as unknown as Record<string, unknown>));
      const t = tekst.get(key(o as unknown as Record<string, unknown>));
      const { bevinding, let_op, toelichting, bronnen, gaten, ...rest } = o;
      expect(m, key(o as never)).toMatchObject({ ...rest, heeft_let_op: let_op !== null });
      expect(t).toEqual({
        aanpak_id: o.aanpak_id,
        gemeente_id: o.gemeente_id,
        indicator: o.indicator,
        bevinding,
        let_op,
        toelichting,
        bronnen,
        gaten,
      });
    }
  });

  it('keeps a known bevinding and LET OP from the factsheets (Oosterhout Gezinsmanager A1/A2)', () => {
    expect(tekst.get('oosterhout.gezinsmanager~A1')?.let_op).toBe(
      'Dit beleid is niet specifiek voor de groep GGSR.',
    );
    expect(marks.get('oosterhout.gezinsmanager~A1')?.heeft_let_op).toBe(true);
    expect(tekst.get('oosterhout.gezinsmanager~A2')?.bevinding).toBe(
      'De gemeente geeft aan dat er nog geen sprake is van een gezamenlijke visie op de aanpak voor GGSR.',
    );
    expect(marks.get('oosterhout.gezinsmanager~A2')?.heeft_let_op).toBe(false);
  });

  it('keeps every conclusie and every gemeente context and aanpak description', () => {
    const c = readRows('conclusies');
    expect(c).toEqual(ds.conclusies.map((x) => ({ ...x })));
    const b = readRows('beschrijvingen');
    for (const g of ds.gemeenten)
      expect(b.find((x) => x.gemeente_id === g.gemeente_id && x.aanpak_id === null)?.tekst).toBe(g.context);
    for (const a of ds.aanpakken)
      expect(b.find((x) => x.aanpak_id === a.aanpak_id)?.tekst).toBe(a.beschrijving);
  });

  it('has the provincie of each gemeente (CBS indeling 2013) and jaar 2013 on every aanpak', () => {
    const p = Object.fromEntries(readRows('gemeenten').map((g) => [g.naam, g.provincie]));
    expect(p).toEqual({
      Dordrecht: 'Zuid-Holland',
      Emmen: 'Drenthe',
      Gouda: 'Zuid-Holland',
      Oosterhout: 'Noord-Brabant',
    });
    expect(new Set(readRows('aanpakken').map((a) => a.jaar))).toEqual(new Set([2013]));
  });
});

describe('entryMeta (data/raw/manifest.json)', () => {
  const e = { bestand: '002_x.txt', gemeente: 'Gouda', layout: 'raw', publicatiemaand: '2013-11' };
  it('reads provincie and the year of publicatiemaand', () => {
    expect(entryMeta({ ...e, provincie: 'Zuid-Holland' })).toEqual({ provincie: 'Zuid-Holland', jaar: 2013 });
  });
  it('names manifest.json and the file when provincie or publicatiemaand is missing', () => {
    expect(() => entryMeta(e)).toThrow('data/raw/manifest.json: geen provincie bij 002_x.txt (Gouda)');
    expect(() => entryMeta({ ...e, provincie: 'Zuid-Holland', publicatiemaand: 'nov' })).toThrow(
      /data\/raw\/manifest\.json: geen publicatiemaand/,
    );
  });
});
