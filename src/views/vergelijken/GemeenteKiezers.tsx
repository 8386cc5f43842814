import { B, useT } from '../../i18n';
import { appStore, useAppStore } from '../../store';
import { provinciesIn } from '../../store/schaal';

const V = B.vergelijken;

/** Most gemeenten compared at once. */
export const MAX_GEMEENTEN = 4;

/**
 * A national dataset: four selects (the first two needed) instead of a checkbox per gemeente, with the
 * gemeenten of the chosen provincie. The choice is the `gemeente` filter, in catalog order, as with the
 * checkboxes.
 */
export function GemeenteKiezers({ provincie }: { provincie: string | null }) {
  const catalog = useAppStore((s) => s.catalog);
  const gekozen = useAppStore((s) => s.filters.gemeenten);
  const t = useT();
  const opties = (catalog?.gemeenten ?? []).filter((g) => provincie === null || g.provincie === provincie);
  const zet = (plek: number, id: string) => {
    const lijst = [...gekozen];
    if (id === '') lijst.splice(plek, 1);
    else lijst[plek] = id;
    const set = new Set(lijst.filter((x) => x));
    const gemeenten = (catalog?.gemeenten ?? []).map((g) => g.gemeente_id).filter((g) => set.has(g));
    appStore.setState((s) => ({ filters: { ...s.filters, gemeenten, aanpakken: [] } }));
  };
  return (
    <fieldset className="gemeente-kiezers">
      <legend>{t(V.gemeentenKiezen)}</legend>
      {Array.from({ length: MAX_GEMEENTEN }, (_, i) => (
        <label key={i} className="keuze keuze-blok">
          {t(V.gemeenteN, { n: i + 1 })}
          {i >= 2 && t(V.nietVerplicht)}
          <select
            name={`vergelijk-${i + 1}`}
            value={gekozen[i] ?? ''}
            onChange={(e) => zet(i, e.currentTarget.value)}
          >
            <option value="">{t(V.kiesGemeente)}</option>
            {opties.map((g) => (
              <option key={g.gemeente_id} value={g.gemeente_id}>
                {g.naam}
                {g.provincie ? ` (${g.provincie})` : ''}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The provincie (the shared `provincie` param), shown when the data has more than one. A choice drops
 * the chosen gemeenten outside it, in the same store update (one history entry).
 */
export function ProvincieKeuze({ provincie, uit }: { provincie: string | null; uit: boolean }) {
  const catalog = useAppStore((s) => s.catalog);
  const t = useT();
  const provincies = provinciesIn(catalog);
  if (provincies.length < 2) return null;
  const kies = (p: string | null) =>
    appStore.setState((s) => {
      const extra = { ...s.extra };
      if (p === null) delete extra.provincie;
      else extra.provincie = p;
      const binnen = new Set(
        (s.catalog?.gemeenten ?? []).filter((g) => p === null || g.provincie === p).map((g) => g.gemeente_id),
      );
      const gemeenten = s.filters.gemeenten.filter((g) => binnen.has(g));
      return { extra, filters: { ...s.filters, gemeenten, aanpakken: [] } };
    });
  return (
    <fieldset className="vergelijken-gebied" disabled={uit}>
      <legend>{t(B.schaal.gebied)}</legend>
      <label className="keuze keuze-blok">
        {t(B.schaal.provincie)}
        <select
          name="provincie"
          value={provincie ?? ''}
          onChange={(e) => kies(e.currentTarget.value || null)}
        >
          <option value="">{t(B.schaal.heelNederland)}</option>
          {provincies.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
