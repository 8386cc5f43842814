import { B, useT, type Tekst } from '../i18n';
import { useAppStore } from '../store';
import { filterTekst, gefilterdeTitel, type FilterSoort } from '../store/filterWoorden';

/** The words for the shared filters that a view applies ('' when none is active). */
export function useFilterTekst(soorten: readonly FilterSoort[]): string {
  const filters = useAppStore((s) => s.filters);
  const catalog = useAppStore((s) => s.catalog);
  const extra = useAppStore((s) => s.extra);
  return filterTekst(filters, catalog, useT().taal, soorten, extra);
}

/**
 * A view's heading that says what is filtered ("Heatmap: Emmen en Gouda, alleen verbeterpunten"), with
 * one "Toon alles" button that clears the filters (and so the URL). `titel` is the heading without
 * filters; `kort` (default `titel`) is the part before the colon when there are.
 */
export function FilterKop({
  id,
  titel,
  kort = titel,
  soorten,
}: {
  id: string;
  titel: Tekst;
  kort?: Tekst;
  soorten: readonly FilterSoort[];
}) {
  const t = useT();
  const woorden = useFilterTekst(soorten);
  const reset = useAppStore((s) => s.resetFilters);
  return (
    <div className="view-kop">
      <h2 id={id} tabIndex={-1}>
        {woorden ? gefilterdeTitel(t(kort), woorden, t.taal) : t(titel)}
      </h2>
      {woorden && (
        <button type="button" className="toon-alles" data-testid="toon-alles" onClick={reset}>
          {t(B.filterKop.toonAlles)}
        </button>
      )}
    </div>
  );
}

/**
 * A view's status line (a polite live region): `wat` (what the view shows), then the active filters of
 * `soorten` in words, or that there is none: "7 aanpakken van 2 gemeenten; gefilterd op Emmen en Gouda."
 */
export function FilterStatus({ soorten, wat }: { soorten: readonly FilterSoort[]; wat: string }) {
  const t = useT();
  const woorden = useFilterTekst(soorten);
  return (
    <p role="status" className="view-status" data-testid="view-status">
      {woorden ? t(B.filterKop.status, { wat, filters: woorden }) : t(B.filterKop.statusZonder, { wat })}
    </p>
  );
}
