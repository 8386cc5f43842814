/**
 * The home heatmap's filters without DuckDB (#14). The page carries the unfiltered heatmap (cells, row
 * totals, column totals, run at build time by the builders in ./queries.ts); these pure functions
 * compute what `heatmapCellen`, `rijTotalen` and `kolomTotalen` return for any gemeente, aanpak and
 * thema filter, "alleen verbeterpunten" and either sort, from those three results alone.
 * test/model/afleiding.test.ts checks them against the SQL on DuckDB for every filter combination of
 * the real data. A jaar or provincie (national data) is not derived: that waits for DuckDB.
 */
import type { HeatmapCel, KolomTotaal, OordeelFilter, RijSortering, RijTotaal, Telling } from './queries';

/** The unfiltered results the derivation starts from (`heatmapQueries(DEFAULT_FILTERS)`). */
export interface HeatmapBron {
  readonly cellen: readonly HeatmapCel[];
  readonly rijen: readonly RijTotaal[];
  readonly kolommen: readonly KolomTotaal[];
}

/** Whether a filter can be derived from the unfiltered heatmap (no jaar, no provincie). */
export function isAfleidbaar(f: OordeelFilter): boolean {
  return (f.jaar === undefined || f.jaar === null) && !f.provincies?.length;
}

const alsSet = (lijst: readonly string[] | undefined) => (lijst?.length ? new Set(lijst) : null);

/** `heatmapCellen(f)`: the cells that pass the filter, in the same order. */
export function afgeleideCellen(bron: HeatmapBron, f: OordeelFilter): HeatmapCel[] {
  const thema = new Map(bron.rijen.map((r) => [r.indicator, r.thema_code]));
  const gemeenten = alsSet(f.gemeenten);
  const aanpakken = alsSet(f.aanpakken);
  const themas = alsSet(f.themas);
  const gefilterd = bron.cellen.filter(
    (c) =>
      (!gemeenten || gemeenten.has(c.gemeente_id)) &&
      (!aanpakken || aanpakken.has(c.aanpak_id)) &&
      (!themas || themas.has(thema.get(c.indicator) ?? '')),
  );
  if (!f.alleenVerbeterpunten) return gefilterd;
  const metX = new Set(gefilterd.filter((c) => c.oordeel === 'verbeterpunt').map((c) => c.indicator));
  return gefilterd.filter((c) => metX.has(c.indicator));
}

function tellingen(cellen: readonly HeatmapCel[], sleutel: (c: HeatmapCel) => string): Map<string, Telling> {
  const uit = new Map<string, Telling>();
  for (const c of cellen) {
    const k = sleutel(c);
    const t = uit.get(k) ?? { voldoet: 0, verbeterpunt: 0, onduidelijk: 0, totaal: 0 };
    uit.set(k, { ...t, [c.oordeel]: t[c.oordeel] + 1, totaal: t.totaal + 1 });
  }
  return uit;
}

/** `rijTotalen(f, sortering)`: per indicator with a cell left, its counts; sorted as the SQL sorts. */
export function afgeleideRijen(bron: HeatmapBron, f: OordeelFilter, sortering: RijSortering): RijTotaal[] {
  const per = tellingen(afgeleideCellen(bron, f), (c) => c.indicator);
  const rijen = [...bron.rijen]
    .sort((a, b) => a.volgorde - b.volgorde)
    .flatMap((r) => {
      const t = per.get(r.indicator);
      return t ? [{ ...r, ...t }] : [];
    });
  if (sortering === 'verbeterpunten')
    rijen.sort(
      (a, b) => b.verbeterpunt - a.verbeterpunt || b.onduidelijk - a.onduidelijk || a.volgorde - b.volgorde,
    );
  return rijen;
}

/** `kolomTotalen(f)`: per aanpak with a cell left, its counts, in the order of the unfiltered result. */
export function afgeleideKolommen(bron: HeatmapBron, f: OordeelFilter): KolomTotaal[] {
  const per = tellingen(afgeleideCellen(bron, f), (c) => c.aanpak_id);
  return bron.kolommen.flatMap((k) => {
    const t = per.get(k.aanpak_id);
    return t ? [{ ...k, ...t }] : [];
  });
}
