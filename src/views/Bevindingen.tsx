import {
  columnFilteringFeature,
  constructFilterFn,
  createColumnHelper,
  functionalUpdate,
  globalFilteringFeature,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnFiltersState,
  type PaginationState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import {
  useEffect,
  useEffectEvent,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import { OORDEEL_SYMBOOL, OORDEEL_WOORD, oordeelKleuren } from '../charts/oordeel';
import { Foutmelding, Laden } from '../components/Status';
import { runQuery } from '../db';
import { useQuery, type QueryState } from '../hooks/useQuery';
import { BEVINDINGEN_CSV_BESTAND, bevindingenCsv } from '../model/csv';
import { OORDELEN, type Oordeel } from '../model/queries';
import {
  MAX_ZOEK,
  PAGINA_GROOTTE,
  bevindingen,
  bevindingenAantal,
  isBevindingKolom,
  type BevindingRij,
} from '../model/queries-bevindingen';
import { INDICATOREN, THEMAS } from '../model/toetsingskader';
import { appStore, registerUrlParam, useAppStore } from '../store';
import {
  LEGE_STAAT,
  TABEL_PARAMS,
  filterVan,
  leesTabelStaat,
  schrijfTabelStaat,
  type TabelStaat,
} from './bevindingenStaat';
import { markeerDelen } from './markeer';
import './Bevindingen.css';

for (const spec of TABEL_PARAMS) registerUrlParam(spec);

/** Write a new table state into the URL params, in one store update (one history entry). */
function zetStaat(next: TabelStaat) {
  const waarden = schrijfTabelStaat(next);
  appStore.setState((s) => {
    const extra = { ...s.extra };
    for (const [k, v] of Object.entries(waarden)) {
      if (v === null || v === '') delete extra[k];
      else extra[k] = v;
    }
    return { extra };
  });
}

// TanStack Table v9: only the features this table uses. No row-model slots are registered: sorting,
// filtering and paging are all done by DuckDB (manual* options below); the table keeps the state.
const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowPaginationFeature,
  // Type-only: `options.meta` carries the search text to the cells, for highlighting.
  tableMeta: metaHelper<{ zoek: string }>(),
});
const kolom = createColumnHelper<typeof features, BevindingRij>();
const GEEN_RIJEN: BevindingRij[] = [];

/**
 * Filter function of every column and of the search. It never runs on rows (manualFiltering); it only
 * tells the table when a filter value means "no filter", so that value is dropped from the state.
 */
const inDuckDb = constructFilterFn({
  filter: () => true,
  autoRemove: (v: unknown) =>
    v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0),
});

function OordeelBadge({ oordeel }: { oordeel: Oordeel }) {
  return (
    <span className={`badge cel-${oordeel}`} style={oordeelKleuren(oordeel)}>
      <span aria-hidden="true">{OORDEEL_SYMBOOL[oordeel]} </span>
      {OORDEEL_WOORD[oordeel]}
    </span>
  );
}

function IndicatorKnop({ r }: { r: BevindingRij }) {
  const openCel = useAppStore((s) => s.openCel);
  return (
    <button
      type="button"
      className="link-knop"
      data-aanpak={r.aanpak_id}
      data-indicator={r.indicator}
      onClick={() => openCel({ aanpak: r.aanpak_id, indicator: r.indicator })}
    >
      <span className="bev-code">{r.indicator}</span> {r.label}
      <span className="visually-hidden">
        {' '}
        (details bij {r.gemeente}, {r.aanpak})
      </span>
    </button>
  );
}

const columns = kolom.columns([
  kolom.accessor('gemeente', { header: 'Gemeente' }),
  kolom.accessor('aanpak', { header: 'Aanpak' }),
  kolom.accessor('thema', { header: 'Thema' }),
  kolom.accessor('criterium', { header: 'Criterium' }),
  kolom.accessor('indicator', { header: 'Indicator', cell: (c) => <IndicatorKnop r={c.row.original} /> }),
  kolom.accessor('oordeel', {
    header: 'Oordeel',
    sortDescFirst: true,
    cell: (c) => <OordeelBadge oordeel={c.row.original.oordeel} />,
  }),
  kolom.accessor('let_op', {
    header: 'LET OP',
    cell: (c) =>
      c.row.original.let_op ? (
        <span className="brontekst">
          <Markeer tekst={c.row.original.let_op} zoek={c.table.options.meta?.zoek ?? ''} />
        </span>
      ) : null,
  }),
  kolom.accessor('bevinding', {
    header: 'Bevinding',
    cell: (c) => <BevindingTekst r={c.row.original} zoek={c.table.options.meta?.zoek ?? ''} />,
  }),
]);

/** The text with the search matches in <mark>. */
function Markeer({ tekst, zoek }: { tekst: string; zoek: string }) {
  return (
    <>
      {markeerDelen(tekst, zoek).map(([deel, treffer], i) =>
        treffer ? (
          <mark key={i} className="bev-mark">
            {deel}
          </mark>
        ) : (
          deel
        ),
      )}
    </>
  );
}

function BevindingTekst({ r, zoek }: { r: BevindingRij; zoek: string }) {
  return (
    <>
      {r.bevinding ? (
        <span className="brontekst">
          <Markeer tekst={r.bevinding} zoek={zoek} />
        </span>
      ) : (
        <span className="bev-leeg">Geen bevinding in de bron.</span>
      )}
      {(r.gedeeld || r.mogelijk_onvolledig) && (
        <span className="bev-labels">
          {r.gedeeld && <span className="bev-label">gedeeld teken</span>}
          {r.mogelijk_onvolledig && <span className="bev-label bev-label-let-op">mogelijk onvolledig</span>}
        </span>
      )}
    </>
  );
}

/** The last rows that loaded, so the table stays in place while the next page is fetched. */
function useLaatsteRijen(q: QueryState<BevindingRij>): readonly BevindingRij[] | null {
  const [laatste, setLaatste] = useState<readonly BevindingRij[] | null>(null);
  if (q.status === 'success' && q.data !== laatste) setLaatste(q.data);
  return q.status === 'success' ? q.data : laatste;
}

const KOL_NAAM: Readonly<Record<string, string>> = {
  gemeente: 'Gemeente',
  aanpak: 'Aanpak',
  thema: 'Thema',
  criterium: 'Criterium',
  indicator: 'Indicator',
  oordeel: 'Oordeel',
  let_op: 'LET OP',
  bevinding: 'Bevinding',
};

/** All findings in one table: search, filter per column, sort and page, all done in DuckDB. */
export function BevindingenView() {
  const extra = useAppStore((s) => s.extra);
  const catalog = useAppStore((s) => s.catalog);
  const staat = useMemo(() => leesTabelStaat(extra), [extra]);
  const filter = useMemo(() => filterVan(staat), [staat]);

  const aantalQ = useQuery(useMemo(() => bevindingenAantal(filter), [filter]));
  const rijenQ = useQuery(
    useMemo(
      () => bevindingen(filter, staat.sortering, staat.pagina),
      [filter, staat.sortering, staat.pagina],
    ),
  );
  const rijen = useLaatsteRijen(rijenQ);
  const telling = aantalQ.status === 'success' ? aantalQ.data[0] : undefined;
  const aantal = telling?.aantal;

  // Table state, derived from the URL; every change goes back into the URL.
  const sorting: SortingState = useMemo(
    () => (staat.sortering ? [{ id: staat.sortering.kolom, desc: staat.sortering.aflopend }] : []),
    [staat.sortering],
  );
  const columnFilters: ColumnFiltersState = useMemo(() => {
    const f: ColumnFiltersState = [];
    if (staat.gemeente) f.push({ id: 'gemeente', value: staat.gemeente });
    if (staat.aanpak) f.push({ id: 'aanpak', value: staat.aanpak });
    if (staat.thema) f.push({ id: 'thema', value: staat.thema });
    if (staat.indicator) f.push({ id: 'indicator', value: staat.indicator });
    if (staat.oordelen.length) f.push({ id: 'oordeel', value: staat.oordelen });
    if (staat.letOp) f.push({ id: 'let_op', value: staat.letOp });
    return f;
  }, [staat]);
  const pagination: PaginationState = useMemo(
    () => ({ pageIndex: staat.pagina - 1, pageSize: PAGINA_GROOTTE }),
    [staat.pagina],
  );

  const table = useTable({
    features,
    columns,
    data: (rijen ?? GEEN_RIJEN) as BevindingRij[],
    getRowId: (r) => `${r.aanpak_id}~${r.indicator}`,
    defaultColumn: { filterFn: inDuckDb },
    globalFilterFn: inDuckDb,
    meta: { zoek: staat.zoek },
    rowCount: aantal ?? 0,
    manualSorting: true,
    manualFiltering: true,
    manualPagination: true,
    enableMultiSort: false,
    state: { sorting, columnFilters, globalFilter: staat.zoek, pagination },
    onSortingChange: (u: Updater<SortingState>) => {
      const [s] = functionalUpdate(u, sorting);
      zetStaat({
        ...staat,
        sortering: s && isBevindingKolom(s.id) ? { kolom: s.id, aflopend: s.desc } : null,
        pagina: 1,
      });
    },
    onColumnFiltersChange: (u: Updater<ColumnFiltersState>) => {
      const next = functionalUpdate(u, columnFilters);
      const waarde = (id: string) => next.find((f) => f.id === id)?.value;
      const tekst = (id: string) => {
        const v = waarde(id);
        return typeof v === 'string' && v !== '' ? v : null;
      };
      const oordelen = waarde('oordeel');
      const letOp = tekst('let_op');
      zetStaat({
        ...staat,
        gemeente: tekst('gemeente'),
        aanpak: tekst('aanpak'),
        thema: tekst('thema'),
        indicator: tekst('indicator'),
        oordelen: Array.isArray(oordelen) ? OORDELEN.filter((o) => oordelen.includes(o)) : [],
        letOp: letOp === 'met' || letOp === 'zonder' ? letOp : null,
        pagina: 1,
      });
    },
    onGlobalFilterChange: (u: Updater<unknown>) => {
      const v = functionalUpdate(u, staat.zoek as unknown);
      zetStaat({ ...staat, zoek: typeof v === 'string' ? v.slice(0, MAX_ZOEK) : '', pagina: 1 });
    },
    onPaginationChange: (u: Updater<PaginationState>) => {
      const p = functionalUpdate(u, pagination);
      zetStaat({ ...staat, pagina: Math.max(1, p.pageIndex + 1) });
    },
  });

  const paginas = Math.max(1, table.getPageCount());
  const error = aantalQ.status === 'error' ? aantalQ.error : rijenQ.status === 'error' ? rijenQ.error : null;
  const filtersActief =
    JSON.stringify({ ...staat, pagina: 1 }) !== JSON.stringify({ ...LEGE_STAAT, sortering: staat.sortering });

  const aanpakOpties = (catalog?.aanpakken ?? []).filter(
    (a) => !staat.gemeente || a.gemeente_id === staat.gemeente,
  );
  const col = (id: string) => table.getColumn(id);

  return (
    <section aria-labelledby="bevindingen-titel" className="view bevindingen">
      <h2 id="bevindingen-titel" tabIndex={-1}>
        Bevindingen
      </h2>
      <p className="intro">
        Alle oordelen van STJ in één tabel: per aanpak en indicator het oordeel, de bevinding en de LET OP.
        Zoek op een woord, kies filters of sorteer op een kolom. Kies een indicator om alle details en de bron
        te lezen.
      </p>

      <form className="bev-filters" aria-label="Zoeken en filteren" onSubmit={(e) => e.preventDefault()}>
        <Zoekveld zoek={staat.zoek} onZoek={(z) => table.setGlobalFilter(z)} />
        <div className="bev-keuzes">
          <Keuze
            label="Gemeente"
            name="filter-gemeente"
            waarde={staat.gemeente}
            opties={(catalog?.gemeenten ?? []).map((g) => [g.gemeente_id, g.naam])}
            alle="Alle gemeenten"
            onKies={(v) => {
              // An aanpak of another gemeente no longer fits: drop it in the same update.
              const vanGemeente = catalog?.aanpakken.find((a) => a.aanpak_id === staat.aanpak)?.gemeente_id;
              const aanpak = v && vanGemeente !== v ? null : staat.aanpak;
              table.setColumnFilters((f) => [
                ...f.filter((x) => x.id !== 'gemeente' && x.id !== 'aanpak'),
                ...(v ? [{ id: 'gemeente', value: v }] : []),
                ...(aanpak ? [{ id: 'aanpak', value: aanpak }] : []),
              ]);
            }}
          />
          <Keuze
            label="Aanpak"
            name="filter-aanpak"
            waarde={staat.aanpak}
            opties={aanpakOpties.map((a) => [a.aanpak_id, `${a.gemeente}: ${a.naam}`])}
            alle="Alle aanpakken"
            onKies={(v) => col('aanpak')?.setFilterValue(v)}
          />
          <Keuze
            label="Thema"
            name="filter-thema"
            waarde={staat.thema}
            opties={THEMAS.map((t) => [t.code, t.naam])}
            alle="Alle thema's"
            onKies={(v) => col('thema')?.setFilterValue(v)}
          />
          <Keuze
            label="Indicator"
            name="filter-indicator"
            waarde={staat.indicator}
            opties={INDICATOREN.map((i) => [i.code, `${i.code} ${i.label}`])}
            alle="Alle indicatoren"
            onKies={(v) => col('indicator')?.setFilterValue(v)}
          />
          <Keuze
            label="LET OP"
            name="let-op"
            waarde={staat.letOp}
            opties={[
              ['met', 'Alleen met LET OP'],
              ['zonder', 'Alleen zonder LET OP'],
            ]}
            alle="Met en zonder LET OP"
            onKies={(v) => col('let_op')?.setFilterValue(v)}
          />
          <fieldset className="bev-oordelen">
            <legend>Oordeel</legend>
            {OORDELEN.map((o) => (
              <label key={o} className="keuze">
                <input
                  type="checkbox"
                  name="oordeel"
                  value={o}
                  checked={staat.oordelen.length === 0 || staat.oordelen.includes(o)}
                  onChange={(e) => {
                    const huidig = staat.oordelen.length ? staat.oordelen : OORDELEN;
                    const next = e.currentTarget.checked ? [...huidig, o] : huidig.filter((x) => x !== o);
                    // Nothing ticked means nothing to show; treat it as "all" again.
                    col('oordeel')?.setFilterValue(next.length === OORDELEN.length ? undefined : next);
                  }}
                />
                <span aria-hidden="true" className="bev-teken">
                  {OORDEEL_SYMBOOL[o]}
                </span>
                {OORDEEL_WOORD[o]}
              </label>
            ))}
          </fieldset>
          <Keuze
            label="Sorteren"
            name="sorteer-tabel"
            className="bev-sorteer-keuze"
            waarde={
              staat.sortering ? `${staat.sortering.kolom}${staat.sortering.aflopend ? '-af' : ''}` : null
            }
            opties={Object.entries(KOL_NAAM).flatMap(([id, naam]) => [
              [id, `${naam} (oplopend)`],
              [`${id}-af`, `${naam} (aflopend)`],
            ])}
            alle="Gemeente, aanpak, indicator"
            onKies={(v) => {
              const id = v?.replace(/-af$/, '');
              table.setSorting(id ? [{ id, desc: v?.endsWith('-af') ?? false }] : []);
            }}
          />
        </div>
        {filtersActief && (
          <button
            type="button"
            className="bev-wissen"
            onClick={() => zetStaat({ ...LEGE_STAAT, sortering: staat.sortering })}
          >
            Zoeken en filters wissen
          </button>
        )}
      </form>

      <div className="bev-resultaat">
        <p role="status" className="bev-aantal" aria-atomic="true">
          {aantal === undefined ? '' : `${aantal} ${aantal === 1 ? 'bevinding' : 'bevindingen'} gevonden`}
          {telling && aantal ? (
            <span className="bev-aantal-detail">
              {' '}
              ({telling.verbeterpunt} verbeterpunt{telling.verbeterpunt === 1 ? '' : 'en'}, {telling.voldoet}{' '}
              voldoet
              {telling.onduidelijk ? `, ${telling.onduidelijk} onduidelijk` : ''})
            </span>
          ) : null}
        </p>
        <Export staat={staat} aantal={aantal} />
        <Afdrukken staat={staat} aantal={aantal} paginas={paginas} />
      </div>

      {error ? (
        <Foutmelding
          error={error}
          opnieuw={() => {
            aantalQ.retry();
            rijenQ.retry();
          }}
        />
      ) : rijen === null || aantal === undefined ? (
        <Laden />
      ) : aantal === 0 ? (
        <div className="melding">
          <p>Er zijn geen bevindingen die passen bij deze zoekterm en filters.</p>
          <button type="button" onClick={() => zetStaat({ ...LEGE_STAAT, sortering: staat.sortering })}>
            Zoeken en filters wissen
          </button>
        </div>
      ) : rijen.length === 0 ? (
        <div className="melding">
          <p>
            Pagina {staat.pagina} bestaat niet. Er zijn {paginas} pagina&apos;s.
          </p>
          <button type="button" onClick={() => table.firstPage()}>
            Naar pagina 1
          </button>
        </div>
      ) : (
        <>
          <div className="bev-tabel-wrap">
            <table className="bev-tabel" aria-busy={rijenQ.status === 'loading'}>
              <caption className="visually-hidden">
                Bevindingen, pagina {staat.pagina} van {paginas}. Gebruik de knoppen in de kolomkoppen om te
                sorteren.
              </caption>
              <thead>
                {table.getHeaderGroups().map((groep) => (
                  <tr key={groep.id}>
                    {groep.headers.map((header) => {
                      const richting = header.column.getIsSorted();
                      return (
                        <th
                          key={header.id}
                          scope="col"
                          className={`kol-${header.column.id}`}
                          aria-sort={
                            richting === 'asc' ? 'ascending' : richting === 'desc' ? 'descending' : undefined
                          }
                        >
                          <button
                            type="button"
                            className="bev-sorteer"
                            onClick={header.column.getToggleSortingHandler()}
                          >
                            <table.FlexRender header={header} />
                            <span aria-hidden="true" className="bev-pijl">
                              {richting === 'asc' ? '▲' : richting === 'desc' ? '▼' : '↕'}
                            </span>
                          </button>
                        </th>
                      );
                    })}
                  </tr>
                ))}
              </thead>
              <tbody>
                {table.getRowModel().rows.map((row) => (
                  <tr key={row.id} data-rij={row.id} data-oordeel-rij={row.original.oordeel}>
                    {row.getAllCells().map((cell) => (
                      <td
                        key={cell.id}
                        className={`kol-${cell.column.id}`}
                        data-kolom={KOL_NAAM[cell.column.id] ?? cell.column.id}
                      >
                        <table.FlexRender cell={cell} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="bev-paginas" aria-label="Pagina's met bevindingen">
            {paginas > 1 && (
              <>
                <PaginaKnop kan={table.getCanPreviousPage()} actie={() => table.firstPage()}>
                  <span aria-hidden="true">« </span>Eerste
                </PaginaKnop>
                <PaginaKnop kan={table.getCanPreviousPage()} actie={() => table.previousPage()}>
                  <span aria-hidden="true">‹ </span>Vorige
                </PaginaKnop>
              </>
            )}
            <span className="bev-pagina-tekst">
              Pagina {staat.pagina} van {paginas}
            </span>
            {paginas > 1 && (
              <>
                <PaginaKnop kan={table.getCanNextPage()} actie={() => table.nextPage()}>
                  Volgende<span aria-hidden="true"> ›</span>
                </PaginaKnop>
                <PaginaKnop kan={table.getCanLastPage()} actie={() => table.lastPage()}>
                  Laatste<span aria-hidden="true"> »</span>
                </PaginaKnop>
              </>
            )}
          </nav>
        </>
      )}
    </section>
  );
}

/** A paging button that stays focusable when it cannot be used (focus is not lost on the last page). */
function PaginaKnop({ kan, actie, children }: { kan: boolean; actie(): void; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-disabled={!kan}
      onClick={() => {
        if (kan) actie();
      }}
    >
      {children}
    </button>
  );
}

function Zoekveld({ zoek, onZoek }: { zoek: string; onZoek(z: string): void }) {
  const id = useId();
  const [invoer, setInvoer] = useState(zoek);
  const [bron, setBron] = useState(zoek);
  // The URL changed (back/forward, wissen): show its search text.
  if (bron !== zoek) {
    setBron(zoek);
    setInvoer(zoek);
  }
  const zoekNu = useEffectEvent((z: string) => onZoek(z));
  useEffect(() => {
    if (invoer === zoek) return;
    const t = setTimeout(() => zoekNu(invoer), 400);
    return () => clearTimeout(t);
  }, [invoer, zoek]);
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    if (invoer !== zoek) onZoek(invoer);
  };
  return (
    <div className="bev-zoek" role="search">
      <label htmlFor={id}>Zoek in bevinding en LET OP</label>
      <div className="bev-zoek-regel">
        <input
          id={id}
          type="search"
          name="zoek"
          value={invoer}
          maxLength={MAX_ZOEK}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hulp`}
          onChange={(e) => setInvoer(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') verstuur(e);
          }}
        />
        <button type="button" onClick={verstuur}>
          Zoeken
        </button>
      </div>
      <p id={`${id}-hulp`} className="bev-hulp">
        Hoofdletters en accenten maken niet uit: &lsquo;een&rsquo; vindt ook &lsquo;één&rsquo;.
      </p>
    </div>
  );
}

function Keuze({
  label,
  name,
  waarde,
  opties,
  alle,
  onKies,
  className,
}: {
  label: string;
  name: string;
  waarde: string | null;
  opties: readonly (readonly [string, string])[];
  alle: string;
  onKies(v: string | null): void;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={`bev-keuze ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={waarde ?? ''}
        onChange={(e) => onKies(e.currentTarget.value || null)}
      >
        <option value="">{alle}</option>
        {opties.map(([v, tekst]) => (
          <option key={v} value={v}>
            {tekst}
          </option>
        ))}
      </select>
    </div>
  );
}

type ExportStand =
  | { soort: 'klaar' }
  | { soort: 'bezig' }
  | { soort: 'gedaan'; aantal: number }
  | { soort: 'fout'; error: unknown };

/** "Exporteer CSV": every row that matches the search and filters (all pages), in the current order. */
function Export({ staat, aantal }: { staat: TabelStaat; aantal: number | undefined }) {
  const [stand, setStand] = useState<ExportStand>({ soort: 'klaar' });
  const exporteer = async () => {
    setStand({ soort: 'bezig' });
    try {
      const rijen = await runQuery(bevindingen(filterVan(staat), staat.sortering, null));
      const blob = new Blob([bevindingenCsv(rijen)], { type: 'text/csv;charset=utf-8' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = BEVINDINGEN_CSV_BESTAND;
      a.hidden = true;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStand({ soort: 'gedaan', aantal: rijen.length });
    } catch (error) {
      setStand({ soort: 'fout', error });
    }
  };
  return (
    <div className="bev-export">
      <button
        type="button"
        onClick={() => void exporteer()}
        disabled={stand.soort === 'bezig' || !aantal}
        aria-describedby="bev-export-uitleg"
      >
        Exporteer CSV
      </button>
      <span id="bev-export-uitleg" className="bev-hulp">
        Alle gevonden bevindingen (alle pagina&apos;s), in deze volgorde.
      </span>
      <span role="status" className="bev-export-status">
        {stand.soort === 'bezig' && 'Bestand maken…'}
        {stand.soort === 'gedaan' &&
          `${BEVINDINGEN_CSV_BESTAND} met ${stand.aantal} ${stand.aantal === 1 ? 'bevinding' : 'bevindingen'} is gedownload.`}
      </span>
      {stand.soort === 'fout' && (
        <Foutmelding error={stand.error} titel="Het bestand kon niet worden gemaakt" />
      )}
    </div>
  );
}

/**
 * "Afdrukken": loads every row that matches the search and filters (all pages, in this order) into a
 * list that only shows in print, then opens the print dialog. Printing without it (Ctrl+P) prints the
 * current page, with a line saying so.
 */
function Afdrukken({
  staat,
  aantal,
  paginas,
}: {
  staat: TabelStaat;
  aantal: number | undefined;
  paginas: number;
}) {
  const sleutel = JSON.stringify({ ...staat, pagina: 1 });
  const [geladen, setGeladen] = useState<{ sleutel: string; rijen: readonly BevindingRij[] } | null>(null);
  const [stand, setStand] = useState<ExportStand>({ soort: 'klaar' });
  const printen = useRef(false);
  const rijen = geladen?.sleutel === sleutel ? geladen.rijen : null;

  useEffect(() => {
    if (!rijen || !printen.current) return;
    printen.current = false;
    window.print();
  }, [rijen]);

  const druk = async () => {
    if (rijen) {
      window.print();
      return;
    }
    setStand({ soort: 'bezig' });
    try {
      const alle = await runQuery(bevindingen(filterVan(staat), staat.sortering, null));
      printen.current = true;
      setGeladen({ sleutel, rijen: alle });
      setStand({ soort: 'klaar' });
    } catch (error) {
      setStand({ soort: 'fout', error });
    }
  };

  return (
    <>
      <div className="bev-export">
        <button type="button" onClick={() => void druk()} disabled={stand.soort === 'bezig' || !aantal}>
          Afdrukken
        </button>
        <span role="status" className="bev-afdruk-status">
          {stand.soort === 'bezig' && 'Alle bevindingen klaarzetten…'}
        </span>
        {stand.soort === 'fout' && (
          <Foutmelding
            error={stand.error}
            titel="De bevindingen voor het afdrukken konden niet worden geladen"
          />
        )}
      </div>
      {aantal !== undefined && aantal > 0 && (
        <p className="bev-print-melding" data-testid="bev-print-melding">
          {rijen
            ? `Alle ${aantal} ${aantal === 1 ? 'bevinding' : 'bevindingen'} die passen bij de zoekterm en filters.`
            : `Pagina ${staat.pagina} van ${paginas}. Gebruik de knop Afdrukken voor alle ${aantal} bevindingen.`}
        </p>
      )}
      {rijen && (
        <ol className="bev-print" data-testid="bev-print">
          {rijen.map((r) => (
            <li key={`${r.aanpak_id}~${r.indicator}`} data-rij={`${r.aanpak_id}~${r.indicator}`}>
              <p className="bev-print-kop">
                <strong>
                  {r.gemeente}, {r.aanpak}: {r.indicator} {r.label}
                </strong>{' '}
                <span className={`bev-print-oordeel cel-${r.oordeel}`}>
                  {OORDEEL_SYMBOOL[r.oordeel]} {OORDEEL_WOORD[r.oordeel]}
                </span>
              </p>
              <p className="brontekst">{r.bevinding ?? 'Geen bevinding in de bron.'}</p>
              {r.let_op && (
                <p className="brontekst">
                  <strong>LET OP:</strong> {r.let_op}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
