import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leesGaten, plaatsGat, tekstMetGaten } from '../../src/model/gaten';
import { readOordelenMetTeksten, readRows, ROOT } from '../helpers/data';

const GOUDA = '002_f5bffbaba2d921af.txt';
const regels = readFileSync(path.join(ROOT, 'data/raw', GOUDA), 'utf8').split('\n');
const gouda = (indicator: string) =>
  readOordelenMetTeksten().find((o) => o.aanpak_id === 'gouda.mpg-overleg' && o.indicator === indicator)!;

describe('leesGaten', () => {
  it('reads the column, and drops what does not fit', () => {
    expect(leesGaten('[{"veld":"bevinding","offset":141,"reden":"kleine-letter-na-punt"}]')).toEqual([
      { veld: 'bevinding', offset: 141, reden: 'kleine-letter-na-punt' },
    ]);
    expect(leesGaten(null)).toEqual([]);
    expect(leesGaten('{')).toEqual([]);
    expect(leesGaten('{"veld":"bevinding"}')).toEqual([]);
    expect(
      leesGaten(
        '[{"veld":"x","offset":1,"reden":"geen-tekst"},{"veld":"bevinding","offset":-1,"reden":"geen-tekst"},{"veld":"let_op","offset":2,"reden":"onbekend"}]',
      ),
    ).toEqual([]);
  });
});

describe('tekstMetGaten', () => {
  it('splits Gouda C2 after "ondersteuning. " where a line was lost', () => {
    const c2 = gouda('C2');
    const delen = tekstMetGaten(String(c2.bevinding), leesGaten(c2.gaten as string), 'bevinding');
    expect(delen).toHaveLength(3);
    expect(delen[0]).toEqual({
      tekst:
        'Er zijn met de netwerkpartners geen afspraken gemaakt om te voorkomen dat gezinnen binnen de aanpak moeten wachten op zorg en ondersteuning. ',
    });
    expect(delen[1]).toEqual({ gat: 'kleine-letter-na-punt' });
    expect((delen[2] as { tekst: string }).tekst).toMatch(/^netwerkpartners aan dat de benodigde hulp/);
    // Another field's gaps do not split this one.
    expect(tekstMetGaten('abc', leesGaten(c2.gaten as string), 'let_op')).toEqual([{ tekst: 'abc' }]);
  });

  it('puts a gap at the start, at the end, and past the end at the end', () => {
    const g = (offset: number) => [{ veld: 'bevinding' as const, offset, reden: 'geen-tekst' as const }];
    expect(tekstMetGaten('ab', g(0), 'bevinding')).toEqual([{ gat: 'geen-tekst' }, { tekst: 'ab' }]);
    expect(tekstMetGaten('ab', g(9), 'bevinding')).toEqual([{ tekst: 'ab' }, { gat: 'geen-tekst' }]);
    expect(tekstMetGaten('', g(0), 'bevinding')).toEqual([{ gat: 'geen-tekst' }]);
  });
});

describe('plaatsGat: the place of each gap in factsheet 002 (Gouda), read from the file', () => {
  const plek = (indicator: string) => {
    const o = gouda(indicator);
    const [g] = leesGaten(o.gaten as string);
    return plaatsGat(regels, Number(o.bron_van), Number(o.bron_tot), String(o.bevinding), g!.offset);
  };

  it('C2: at the start of line 622 "netwerkpartners aan dat", after line 620 "…ondersteuning."', () => {
    expect(regels[619]).toMatch(/ondersteuning\. *$/);
    expect(regels[621]).toMatch(/^netwerkpartners aan dat/);
    expect(plek('C2')).toEqual({ regel: 622, kolom: 0 });
  });

  it('T1 and C1 start mid-sentence: the first line of their text (231 "de complexe…", 602 "op gang…")', () => {
    expect(regels[230]).toMatch(/^de complexe problematiek/);
    expect(plek('T1')).toEqual({ regel: 231, kolom: 0 });
    expect(regels[601]).toMatch(/^op gang is gekomen/);
    expect(plek('C1')).toEqual({ regel: 602, kolom: 0 });
  });

  it('S5 stops mid-sentence: right after "hierbij" on line 559', () => {
    const p = plek('S5');
    expect(p?.regel).toBe(559);
    expect(regels[558]?.slice(0, p!.kolom)).toMatch(/geven aan dat zij hierbij$/);
  });

  it('the conclusie on Continu: line 772 "waardoor de continuïteit…"', () => {
    const c = readRows('conclusies').find(
      (r) => r.aanpak_id === 'gouda.mpg-overleg' && r.thema_code === 'C',
    )!;
    const [g] = leesGaten(c.gaten as string);
    expect(plaatsGat(regels, 762, 774, String(c.onbepaald), g!.offset)).toEqual({ regel: 772, kolom: 0 });
  });

  it('gives null when the text is not in those lines', () => {
    expect(plaatsGat(regels, 1, 10, 'Deze tekst staat nergens in de factsheet.', 10)).toBeNull();
  });
});
