import { useId, useState, type ReactNode } from 'react';
import { useDbStatus } from '../hooks/useDbStatus';
import type { RijSortering } from '../model/queries';
import { THEMAS } from '../model/toetsingskader';
import { KaderTekst } from './KaderTekst';
import { B, useBronLang, useT } from '../i18n';
import { useAppStore } from '../store';
import { aanpakVinkje, gemeenteVinkje, themaVinkje } from '../store/filterKeuze';
import { filterDelen, type FilterSoort } from '../store/filterWoorden';
import { isLandelijk, jarenIn } from '../store/schaal';
import { SchaalFilters } from './SchaalFilters';

/** Which controls to show; other views can reuse the panel with fewer parts. */
export interface FilterPanelProps {
  gemeenten?: boolean;
  aanpakken?: boolean;
  themas?: boolean;
  alleenVerbeterpunten?: boolean;
  sorteer?: boolean;
  /** The jaar (shown only when the data has more than one). */
  jaar?: boolean;
  /**
   * The view can answer these filters without DuckDB (the home heatmap, from the prerendered
   * results: src/model/afleiding.ts); otherwise they are disabled until DuckDB is ready.
   */
  zonderRekenmodule?: boolean;
}

/** One checkbox of a filter list, with its label. */
function Vinkje({
  name,
  value,
  checked,
  disabled,
  onChange,
  children,
}: {
  name: string;
  value: string;
  checked: boolean;
  disabled: boolean;
  onChange(): void;
  children: ReactNode;
}) {
  return (
    <label className="keuze">
      <input
        type="checkbox"
        name={name}
        value={value}
        checked={checked}
        disabled={disabled}
        onChange={onChange}
      />
      {children}
    </label>
  );
}

/**
 * Filters stored in the app store (and so in the URL). Disabled until DuckDB is ready, unless
 * `zonderRekenmodule`. On a small screen (styles.css) the panel folds away behind a button that says
 * how many of its filters are active.
 */
export function FilterPanel({
  gemeenten = true,
  aanpakken = true,
  themas = true,
  alleenVerbeterpunten = true,
  sorteer = true,
  jaar = true,
  zonderRekenmodule = false,
}: FilterPanelProps) {
  const filters = useAppStore((s) => s.filters);
  const catalog = useAppStore((s) => s.catalog);
  const toggleGemeente = useAppStore((s) => s.toggleGemeente);
  const toggleAanpak = useAppStore((s) => s.toggleAanpak);
  const toggleThema = useAppStore((s) => s.toggleThema);
  const setAlleen = useAppStore((s) => s.setAlleenVerbeterpunten);
  const setSorteer = useAppStore((s) => s.setSorteer);
  const reset = useAppStore((s) => s.resetFilters);
  // Every filter needs a query; until DuckDB is ready they are shown but cannot be used, unless the
  // view derives their results from what the page already holds.
  const uit = useDbStatus().stand !== 'klaar' && !zonderRekenmodule;
  const t = useT();
  const nl = useBronLang();
  const extra = useAppStore((s) => s.extra);
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!catalog) return null;
  const soorten: FilterSoort[] = [];
  if (gemeenten) soorten.push('gemeenten', 'provincie');
  if (aanpakken) soorten.push('aanpakken');
  if (themas) soorten.push('themas');
  if (alleenVerbeterpunten) soorten.push('alleen');
  const actief = filterDelen(filters, catalog, t.taal, soorten, extra).length;

  // A national dataset (#4) gets a jaar, provincie and gemeente search instead of checkbox lists.
  const landelijk = isLandelijk(catalog);

  return (
    <div className="filters-vak">
      <button
        type="button"
        className="filters-knop"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {actief ? t.n(B.filterKop.aantalActief, actief) : t(B.filterKop.geenActief)}
      </button>
      <form
        id={id}
        className={open ? 'filters open' : 'filters'}
        aria-label={t(B.app.filters)}
        onSubmit={(e) => e.preventDefault()}
      >
        {((jaar && jarenIn(catalog).length > 1) || (landelijk && gemeenten)) && (
          <SchaalFilters uit={uit} gebied={landelijk && gemeenten} jaar={jaar} />
        )}
        {gemeenten && !landelijk && (
          <fieldset disabled={uit}>
            <legend>{t(B.app.gemeente)}</legend>
            {catalog.gemeenten.map((g) => (
              <Vinkje
                key={g.gemeente_id}
                name="gemeente"
                value={g.gemeente_id}
                {...gemeenteVinkje(filters, g.gemeente_id)}
                onChange={() => toggleGemeente(g.gemeente_id)}
              >
                {g.naam}
              </Vinkje>
            ))}
          </fieldset>
        )}
        {aanpakken && !landelijk && (
          <fieldset disabled={uit}>
            <legend>{t(B.app.aanpak)}</legend>
            {catalog.aanpakken.map((a) => (
              <Vinkje
                key={a.aanpak_id}
                name="aanpak"
                value={a.aanpak_id}
                {...aanpakVinkje(filters, a)}
                onChange={() => toggleAanpak(a.aanpak_id)}
              >
                {a.gemeente}: <span lang={nl}>{a.naam}</span>
              </Vinkje>
            ))}
          </fieldset>
        )}
        {themas && (
          <fieldset disabled={uit}>
            <legend>{t(B.app.thema)}</legend>
            {THEMAS.map((th) => (
              <Vinkje
                key={th.code}
                name="thema"
                value={th.code}
                {...themaVinkje(filters, th.code)}
                onChange={() => toggleThema(th.code)}
              >
                <KaderTekst soort="thema" nl={th.naam} code={th.code} />
              </Vinkje>
            ))}
          </fieldset>
        )}
        {(alleenVerbeterpunten || sorteer) && (
          <fieldset disabled={uit}>
            <legend>{t(B.app.weergave)}</legend>
            {alleenVerbeterpunten && (
              <label className="keuze">
                <input
                  type="checkbox"
                  name="alleen"
                  role="switch"
                  checked={filters.alleenVerbeterpunten}
                  onChange={(e) => setAlleen(e.currentTarget.checked)}
                />
                {t(B.app.alleenVerbeterpunten)}
              </label>
            )}
            {sorteer && (
              <label className="keuze keuze-blok">
                {t(B.app.volgordeRijen)}
                <select
                  name="sorteer"
                  value={filters.sorteer}
                  onChange={(e) => setSorteer(e.currentTarget.value as RijSortering)}
                >
                  <option value="volgorde">{t(B.app.volgordeKader)}</option>
                  <option value="verbeterpunten">{t(B.app.volgordeVerbeterpunten)}</option>
                </select>
              </label>
            )}
            <button type="button" data-actie="wissen" onClick={reset}>
              {t(B.app.allesWissen)}
            </button>
          </fieldset>
        )}
      </form>
    </div>
  );
}
