import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deelverzamelingen } from '../../src/app/paginas';
import { voorfilterRegels } from '../../src/app/voorfilterCss';
import type { HeatmapBron } from '../../src/model/afleiding';
import { kolomTotalen, rijTotalen } from '../../src/model/queries';
import { THEMAS, type ThemaCode } from '../../src/model/toetsingskader';
import { DEFAULT_FILTERS, type Filters } from '../../src/store';
import { leesHeatmapBron } from '../helpers/heatmapBron';
import { openNodeDb, type TestDb } from '../helpers/nodeDb';

let db: TestDb;
let bron: HeatmapBron;

beforeAll(async () => {
  db = await openNodeDb();
  bron = await leesHeatmapBron(db);
});
afterAll(async () => {
  await db?.close();
});

/** The ids a rule list hides with `selector`'s attribute, e.g. every `tr[data-rij="…"] { display: none }`. */
const verborgen = (regels: readonly string[], patroon: RegExp) =>
  new Set(regels.flatMap((r) => [...r.matchAll(patroon)].map((m) => m[1] ?? '')));

const telling = (t: { voldoet: number; verbeterpunt: number; onduidelijk: number; totaal: number }) =>
  `${t.voldoet}/${t.verbeterpunt}/${t.onduidelijk}/${t.totaal}`;

/** What the prerendered table shows under the rules equals the SQL's answer for the same filters. */
async function vergelijk(filters: Filters): Promise<void> {
  const f = { ...filters };
  const rijen = await db.run(rijTotalen(f, 'volgorde'));
  const kolommen = await db.run(kolomTotalen(f));
  const regels = voorfilterRegels(bron, filters);
  const label = JSON.stringify(filters);
  const rijWeg = verborgen(regels, /tr\[data-rij="([^"]+)"\] \{ display: none \}/g);
  const kolomWeg = verborgen(regels, /col\[data-aanpak="([^"]+)"\] \{ visibility: collapse \}/g);
  expect(
    bron.rijen.filter((r) => !rijWeg.has(r.indicator)).map((r) => r.indicator),
    label,
  ).toEqual(rijen.map((r) => r.indicator));
  expect(
    bron.kolommen.filter((k) => !kolomWeg.has(k.aanpak_id)).map((k) => k.aanpak_id),
    label,
  ).toEqual(kolommen.map((k) => k.aanpak_id));
  // A count stays only where the SQL gives the same count as the unfiltered table shows.
  const rijTotaalWeg = verborgen(regels, /tr\[data-rij="([^"]+)"\] > td\.totaal/g);
  const voor = new Map(bron.rijen.map((r) => [r.indicator, telling(r)]));
  for (const r of rijen)
    expect(rijTotaalWeg.has(r.indicator), `${label} ${r.indicator}`).toBe(
      voor.get(r.indicator) !== telling(r),
    );
  const kolomTotaalWeg = verborgen(regels, /td\[data-aanpak-totaal="([^"]+)"\]/g);
  const kolomVoor = new Map(bron.kolommen.map((k) => [k.aanpak_id, telling(k)]));
  for (const k of kolommen)
    expect(kolomTotaalWeg.has(k.aanpak_id), `${label} ${k.aanpak_id}`).toBe(
      kolomVoor.get(k.aanpak_id) !== telling(k),
    );
  // Thema and criterium headings stay exactly for the rows left.
  expect(
    [...new Set(bron.rijen.map((r) => r.thema_code))].filter(
      (t) => !verborgen(regels, /tbody\[data-thema="([^"]+)"\]/g).has(t),
    ),
    label,
  ).toEqual([...new Set(rijen.map((r) => r.thema_code))]);
  expect(
    [...new Set(bron.rijen.map((r) => r.criterium_code))].filter(
      (c) => !verborgen(regels, /tr\[data-criterium="([^"]+)"\]/g).has(c),
    ),
    label,
  ).toEqual([...new Set(rijen.map((r) => r.criterium_code))]);
}

describe('voorfilterRegels against DuckDB (the real data)', () => {
  it('voorfilterRegels(no filter) hides nothing', () => {
    expect(voorfilterRegels(bron, DEFAULT_FILTERS)).toEqual([]);
  });

  it('voorfilterRegels(every aanpak choice and every thema choice, with and without alleen verbeterpunten) leaves the rows, columns and counts of the SQL', async () => {
    const aanpakken = bron.kolommen.map((k) => k.aanpak_id);
    const themas = THEMAS.map((t) => t.code);
    let n = 0;
    for (const alleenVerbeterpunten of [false, true]) {
      for (const a of deelverzamelingen(aanpakken, 1, aanpakken.length)) {
        await vergelijk({ ...DEFAULT_FILTERS, aanpakken: a, alleenVerbeterpunten });
        n++;
      }
      for (const t of deelverzamelingen<ThemaCode>(themas, 1, themas.length)) {
        await vergelijk({ ...DEFAULT_FILTERS, themas: t, alleenVerbeterpunten });
        n++;
      }
      for (const g of deelverzamelingen([...new Set(bron.kolommen.map((k) => k.gemeente_id))], 1, 4)) {
        await vergelijk({ ...DEFAULT_FILTERS, gemeenten: g, themas: ['A', 'S'], alleenVerbeterpunten });
        n++;
      }
    }
    expect(n).toBe((127 + 31 + 15) * 2);
  }, 300_000);

  it('voorfilterRegels(a filter that leaves no oordeel) hides the table', () => {
    const zonderX = bron.kolommen.find(
      (k) => !bron.cellen.some((c) => c.aanpak_id === k.aanpak_id && c.oordeel === 'verbeterpunt'),
    );
    const aanpak = zonderX?.aanpak_id ?? bron.kolommen[0]!.aanpak_id;
    const regels = voorfilterRegels(bron, {
      ...DEFAULT_FILTERS,
      aanpakken: [aanpak],
      alleenVerbeterpunten: true,
    });
    expect(regels.some((r) => r.includes('.heatmap-wrap') && r.includes('display: none'))).toBe(!!zonderX);
  });

  it('voorfilterRegels(sort by verbeterpunten) shows only the section of the moved rows', () => {
    expect(voorfilterRegels(bron, { ...DEFAULT_FILTERS, sorteer: 'verbeterpunten' })).toEqual([
      '.heatmap > tbody:not(.voorfilter-rijen) { display: none }',
    ]);
    expect(voorfilterRegels(bron, { ...DEFAULT_FILTERS, sorteer: 'verbeterpunten' }, false)).toEqual([
      '.heatmap-main .heatmap-wrap { opacity: 0.5 }',
    ]);
  });
});
