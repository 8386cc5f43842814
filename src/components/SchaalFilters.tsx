import { useId, useMemo, useState, type ReactNode } from 'react';
import { B, useT } from '../i18n';
import { appStore, useAppStore } from '../store';
import { jarenIn, kiesJaar, provinciesIn, selectie, zoom } from '../store/schaal';

/**
 * Filters for a large (national) dataset, instead of a checkbox per gemeente and aanpak: the jaar
 * (only when the data has more than one), a provincie select and a gemeente search field with the
 * names as suggestions (`<input list>`). Choosing a provincie zooms the heatmap at once; a gemeente
 * only on Enter or the "Toon" button, so typing a longer name never zooms to a shorter one on the way.
 */
export function SchaalFilters({ uit, gebied, jaar }: { uit: boolean; gebied: boolean; jaar: boolean }) {
  const catalog = useAppStore((s) => s.catalog);
  const filters = useAppStore((s) => s.filters);
  const extra = useAppStore((s) => s.extra);
  const sel = selectie(catalog, filters, extra);
  const jaren = jarenIn(catalog);
  const id = useId();
  const t = useT();
  const S = B.schaal;
  if (!catalog) return null;
  const gekozenGemeente =
    sel.gemeenten.length === 1
      ? catalog.gemeenten.find((g) => g.gemeente_id === sel.gemeenten[0])
      : undefined;
  const provincie = sel.provincie ?? gekozenGemeente?.provincie ?? null;

  return (
    <>
      {jaar && jaren.length > 1 && (
        <fieldset disabled={uit}>
          <legend>{t(S.jaar)}</legend>
          <KeuzeSelect
            label={t(S.jaarVanOnderzoek)}
            name="jaar"
            value={sel.jaar ?? ''}
            kies={(v) => kiesJaar(appStore, Number(v))}
          >
            {opties([...jaren].reverse())}
          </KeuzeSelect>
        </fieldset>
      )}
      {gebied && (
        <fieldset disabled={uit}>
          <legend>{t(S.gebied)}</legend>
          <KeuzeSelect
            label={t(S.provincie)}
            name="provincie"
            value={provincie ?? ''}
            kies={(v) => zoom(appStore, { provincie: v || null, gemeente: null })}
          >
            <option value="">{t(S.heelNederland)}</option>
            {opties(provinciesIn(catalog))}
          </KeuzeSelect>
          <GemeenteZoeken
            key={gekozenGemeente?.gemeente_id ?? ''}
            id={id}
            provincie={provincie}
            gekozen={gekozenGemeente?.naam ?? ''}
          />
        </fieldset>
      )}
    </>
  );
}

/** A labelled select of the panel; `kies` gets the chosen value. */
function KeuzeSelect({
  label,
  name,
  value,
  kies,
  children,
}: {
  label: string;
  name: string;
  value: string | number;
  kies(waarde: string): void;
  children: ReactNode;
}) {
  return (
    <label className="keuze keuze-blok">
      {label}
      <select name={name} value={value} onChange={(e) => kies(e.currentTarget.value)}>
        {children}
      </select>
    </label>
  );
}

/** One option per value, showing the value. */
const opties = (waarden: readonly (string | number)[]) =>
  waarden.map((w) => (
    <option key={w} value={w}>
      {w}
    </option>
  ));

/**
 * A text field with the gemeente names (of the chosen provincie) as suggestions; Enter or the "Toon"
 * button zooms to the gemeente typed or picked.
 */
function GemeenteZoeken({
  id,
  provincie,
  gekozen,
}: {
  id: string;
  provincie: string | null;
  gekozen: string;
}) {
  const catalog = useAppStore((s) => s.catalog);
  const t = useT();
  const [tekst, setTekst] = useState(gekozen);
  const [melding, setMelding] = useState<'' | 'onbekend'>('');
  // Hundreds of options: built once per catalog and provincie, not on every keystroke or filter change.
  const lijst = useMemo(
    () => (
      <datalist id={`${id}-gemeenten`}>
        {(catalog?.gemeenten ?? [])
          .filter((g) => provincie === null || g.provincie === provincie)
          .map((g) => (
            <option key={g.gemeente_id} value={g.naam} />
          ))}
      </datalist>
    ),
    [catalog, provincie, id],
  );
  const kies = (waarde: string) => {
    const naam = waarde.trim().toLocaleLowerCase('nl');
    if (naam === '') return;
    const g = catalog?.gemeenten.find((x) => x.naam.toLocaleLowerCase('nl') === naam);
    if (g) {
      setMelding('');
      zoom(appStore, { provincie: g.provincie ?? null, gemeente: g.gemeente_id });
    } else setMelding('onbekend');
  };
  return (
    <div className="keuze-blok gemeente-zoeken">
      <label htmlFor={`${id}-gemeente`}>{t(B.app.gemeente)}</label>
      <div className="gemeente-zoeken-rij">
        <input
          id={`${id}-gemeente`}
          name="gemeente-zoek"
          type="text"
          list={`${id}-gemeenten`}
          autoComplete="off"
          aria-describedby={`${id}-hint ${id}-melding`}
          value={tekst}
          onChange={(e) => setTekst(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              kies(tekst);
            }
          }}
        />
        <button type="button" className="gemeente-toon" onClick={() => kies(tekst)}>
          {t(B.schaal.toon)}
        </button>
      </div>
      {lijst}
      <span id={`${id}-hint`} className="hint">
        {t(B.schaal.gemeenteHint)}
      </span>
      <span id={`${id}-melding`} role="status" className="hint">
        {melding && t(B.schaal.gemeenteOnbekend)}
      </span>
    </div>
  );
}
