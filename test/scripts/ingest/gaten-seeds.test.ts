import { describe, expect, it } from 'vitest';
import { buildDataset, type Dataset } from '../../../scripts/ingest/dataset';
import { formatReport } from '../../../scripts/ingest/report';
import { SEEDS, buildMutated, mutate, seed } from './fixtures';

const all = buildDataset(Object.values(SEEDS).map(seed));

interface Verwacht {
  readonly waar: string;
  readonly veld: string;
  readonly reden: string;
  /** The stored text up to the gap, as read in the factsheet (wrapped lines joined by one space). */
  readonly voor: string;
  /** How the text goes on after the gap. */
  readonly na: string;
}

/**
 * Every gap in the seeds, found by reading the factsheets: all in Gouda (002), where lines were lost
 * in extraction. Oosterhout (000, 001), Emmen (003) and Dordrecht (004) have none in these texts.
 */
const GOUDA: readonly Verwacht[] = [
  // Line 230-231: the mark, then the bevinding's second line; its first line is lost.
  { waar: 'T1', veld: 'bevinding', reden: 'begint-midden-in-zin', voor: '', na: 'de complexe problematiek' },
  // Lines 396-400: "...de knelpunten zijn." then a blank line, then "de netwerkpartners en vervolgens".
  ...['A4', 'A5', 'A6', 'A7'].map((waar) => ({
    waar,
    veld: 'bevinding',
    reden: 'kleine-letter-na-punt',
    voor: 'Op uitvoerend niveau, op overlegniveau en per deelnemende organisatie wordt bijgehouden wat de aanpak oplevert en wat de knelpunten zijn. ',
    na: 'de netwerkpartners en vervolgens besproken',
  })),
  // Lines 557-559: the cell stops at "dat zij hierbij", before the next criterium.
  {
    waar: 'S5',
    veld: 'bevinding',
    reden: 'eindigt-midden-in-zin',
    voor: 'De gemeente geeft aan dat medewerkers van de netwerkpartners in organisatie afstemmen. De netwerkpartners geven aan dat zij hierbij',
    na: '',
  },
  // Line 601-602: the mark, then "op gang is gekomen."
  { waar: 'C1', veld: 'bevinding', reden: 'begint-midden-in-zin', voor: '', na: 'op gang is gekomen.' },
  // Lines 618-622: "...wachten op zorg en ondersteuning." then "netwerkpartners aan dat".
  {
    waar: 'C2',
    veld: 'bevinding',
    reden: 'kleine-letter-na-punt',
    voor: 'Er zijn met de netwerkpartners geen afspraken gemaakt om te voorkomen dat gezinnen binnen de aanpak moeten wachten op zorg en ondersteuning. ',
    na: 'netwerkpartners aan dat de benodigde hulp',
  },
  // Conclusie Aanpak, lines 709-715: "mogelijkheden om de", a blank line, "en opbouwen van".
  {
    waar: 'conclusie A',
    veld: 'onbepaald',
    reden: 'los-lidwoord',
    voor: 'De procesregisseur die wordt ingezet is bevoegd tot het formuleren van het actieplan en beschikt over mogelijkheden om de ',
    na: 'en opbouwen van specifieke kennis',
  },
  // Conclusie Continu, lines 766-772: the same break as C2, "ondersteuning." then "waardoor de".
  {
    waar: 'conclusie C',
    veld: 'onbepaald',
    reden: 'kleine-letter-na-punt',
    voor: 'Er zijn met de netwerkpartners geen afspraken gemaakt om te voorkomen dat gezinnen binnen de aanpak moeten wachten op zorg en ondersteuning. ',
    na: 'waardoor de continuïteit van zorg',
  },
];

interface Gevonden {
  readonly waar: string;
  readonly veld: string;
  readonly reden: string;
  readonly offset: number;
  readonly tekst: string;
}

/** Every gap in the stored rows of an aanpak, with the text it points into. */
function gevonden(ds: Dataset, aanpakId: string): Gevonden[] {
  const lees = (json: string | null) =>
    json === null ? [] : (JSON.parse(json) as { veld: string; offset: number; reden: string }[]);
  return [
    ...ds.oordelen
      .filter((o) => o.aanpak_id === aanpakId)
      .flatMap((o) =>
        lees(o.gaten).map((g) => ({
          waar: o.indicator,
          ...g,
          tekst: g.veld === 'let_op' ? (o.let_op ?? '') : o.bevinding,
        })),
      ),
    ...ds.conclusies
      .filter((c) => c.aanpak_id === aanpakId)
      .flatMap((c) =>
        lees(c.gaten).map((g) => ({
          waar: `conclusie ${c.thema_code}`,
          ...g,
          tekst: c[g.veld as 'goed' | 'beter' | 'onbepaald'] ?? '',
        })),
      ),
  ];
}

describe('buildDataset on the seeds: gaps found by reading the factsheets', () => {
  it('buildDataset flags the seven gaps in Gouda MPG-overleg, at the place the text was lost', () => {
    const g = gevonden(all, 'gouda.mpg-overleg');
    expect(g.map(({ waar, veld, reden, offset }) => ({ waar, veld, reden, offset }))).toEqual(
      GOUDA.map(({ waar, veld, reden, voor }) => ({ waar, veld, reden, offset: voor.length })),
    );
    for (const [i, x] of g.entries()) {
      const v = GOUDA[i] as Verwacht;
      expect(x.tekst.slice(0, x.offset), x.waar).toBe(v.voor);
      expect(x.tekst.slice(x.offset).startsWith(v.na), x.waar).toBe(true);
    }
  });

  it('buildDataset flags the lost sentence in Gouda C2 in both its bevinding and its conclusie', () => {
    const c2 = all.oordelen.find((o) => o.aanpak_id === 'gouda.mpg-overleg' && o.indicator === 'C2');
    const c = all.conclusies.find((x) => x.aanpak_id === 'gouda.mpg-overleg' && x.thema_code === 'C');
    const at = 'wachten op zorg en ondersteuning. ';
    expect(c2?.gaten).toBe(
      JSON.stringify([
        {
          veld: 'bevinding',
          offset: (c2?.bevinding.indexOf(at) ?? 0) + at.length,
          reden: 'kleine-letter-na-punt',
        },
      ]),
    );
    expect(c?.gaten).toBe(
      JSON.stringify([
        {
          veld: 'onbepaald',
          offset: (c?.onbepaald?.indexOf(at) ?? 0) + at.length,
          reden: 'kleine-letter-na-punt',
        },
      ]),
    );
  });

  it('buildDataset finds no gap in Oosterhout, Emmen or Dordrecht (abbreviations, a typo before LET OP)', () => {
    const anders = [...all.oordelen, ...all.conclusies].filter((r) => !r.aanpak_id.startsWith('gouda.'));
    expect(anders.filter((r) => r.gaten !== null)).toEqual([]);
    // "(bv. door wachtlijsten", "zijn o.a. het versterken", "c.q. eigen kracht" stay as they are.
    expect(all.oordelen.some((o) => o.bevinding.includes('(bv. door wachtlijsten'))).toBe(true);
    // Bemoeizorg A8 has no full stop before its LET OP, in both copies: a typo, not lost text.
    const a8 = all.oordelen.find((o) => o.aanpak_id === 'oosterhout.bemoeizorg' && o.indicator === 'A8');
    expect(a8?.bevinding).toMatch(/op elkaar afstemt$/);
  });

  it('formatReport counts the gaps per file and lists each once, a shared block with all its indicators', () => {
    expect(all.gaten.filter((g) => g.bestand === SEEDS.gouda)).toHaveLength(7);
    expect(all.gaten.filter((g) => g.bestand !== SEEDS.gouda)).toEqual([]);
    const report = formatReport(all);
    expect(report).toContain(`| ${SEEDS.gouda} | Gouda | 7 | 5 | 0 | 2 | 8 |`);
    for (const name of [SEEDS.oosterhoutRaw, SEEDS.oosterhoutTab, SEEDS.emmen, SEEDS.dordrecht])
      expect(report).toMatch(new RegExp(`\\| ${name} \\| \\w+ \\| 0 \\| 0 \\| 0 \\| 0 \\| 0 \\|`));
    const a4 = GOUDA.find((v) => v.waar === 'A4') as Verwacht;
    expect(report).toContain(
      `| ${SEEDS.gouda} | MPG-overleg | A4, A5, A6, A7 | bevinding | kleine-letter-na-punt | ${a4.voor.length} | …oplevert en wat de knelpunten zijn. […] de netwerkpartners en vervolgens… |`,
    );
    expect(report).toContain('| conclusie A | onbepaald | los-lidwoord |');
  });
});

describe('buildDataset on mutated seeds: gaps made on purpose', () => {
  const rowOf = (ds: Dataset, aanpakId: string, code: string) =>
    ds.oordelen.find((o) => o.aanpak_id === aanpakId && o.indicator === code);

  it.each([
    {
      titel: 'buildDataset flags a LET OP cut mid-sentence at its end',
      van: 'LET OP: Er zijn geen afspraken gemaakt over de maximale caseload van de regisseur.',
      naar: 'LET OP: Er zijn geen afspraken gemaakt over de',
      code: 'A10',
      letOp: 'Er zijn geen afspraken gemaakt over de',
    },
    {
      titel: 'buildDataset flags "LET OP:" with nothing after it',
      van: 'LET OP: Het onderwijs ontbreekt als relevante partij die verbonden is aan de aanpak.',
      naar: 'LET OP:',
      code: 'S3',
      letOp: '',
    },
  ])('$titel', ({ van, naar, code, letOp }) => {
    const rij = rowOf(buildMutated(SEEDS.emmen, van, naar), 'emmen.oggz', code);
    expect(rij?.let_op).toBe(letOp);
    expect(rij?.gaten).toBe(
      JSON.stringify([{ veld: 'let_op', offset: letOp.length, reden: 'let-op-afgebroken' }]),
    );
  });

  it('buildDataset flags a word hyphenated at a line end whose next line was lost', () => {
    const ds = buildMutated(
      SEEDS.dordrecht,
      'te voor- \n\nkomen dat gezinnen moeten wachten op de benodigde zorg en ondersteuning. \n',
      'te voor- \n',
    );
    const c2 = rowOf(ds, 'dordrecht.reset-thuisbegeleiding', 'C2');
    const bevinding = 'Alle ondervraagden geven aan dat er geen afspraken zijn gemaakt om te voor-';
    expect(c2?.bevinding).toBe(bevinding);
    expect(c2?.gaten).toBe(
      JSON.stringify([{ veld: 'bevinding', offset: bevinding.length, reden: 'afgebroken-woord' }]),
    );
  });

  it('buildDataset flags a lost sentence start in the tab layout and stores it for the merged gemeente', () => {
    const ds = buildDataset([
      seed(SEEDS.oosterhoutRaw),
      mutate(SEEDS.oosterhoutTab, 'Veelal wordt aangemeld via', 'aangemeld via'),
    ]);
    const t3 = rowOf(ds, 'oosterhout.gezinsmanager', 'T3');
    const voor = 'De netwerkpartners zijn bekend met de aanmeldpunten voor deze aanpak. ';
    expect(t3?.bevinding).toBe(`${voor}aangemeld via het CJG en de ketencoördinator.`);
    expect(t3?.gaten).toBe(
      JSON.stringify([{ veld: 'bevinding', offset: voor.length, reden: 'kleine-letter-na-punt' }]),
    );
    expect(ds.gaten.map((g) => g.bestand)).toEqual([`mutated-${SEEDS.oosterhoutTab}`]);
  });
});
