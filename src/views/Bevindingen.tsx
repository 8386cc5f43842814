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
import { OORDEEL_SYMBOOL, OORDEEL_WOORD } from '../charts/oordeel';
import { Foutmelding, Laden } from '../components/Status';
import { afterNextPaint } from '../app/afterNextPaint';
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
import { B, Rijk, useBronLang, useT, type Tekst } from '../i18n';
import { NlTag } from './Begrippen';
import { RijBronLink } from './BronLink';

const M = B.bevindingen;

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
  const t = useT();
  return (
    <span className={`badge cel-${oordeel}`}>
      <span aria-hidden="true">{OORDEEL_SYMBOOL[oordeel]} </span>
      {t(OORDEEL_WOORD[oordeel])}
    </span>
  );
}

function IndicatorKnop({ r }: { r: BevindingRij }) {
  const openCel = useAppStore((s) => s.openCel);
  const t = useT();
  const nl = useBronLang();
  return (
    <button
      type="button"
      className="link-knop"
      data-aanpak={r.aanpak_id}
      data-indicator={r.indicator}
      onClick={() => openCel({ aanpak: r.aanpak_id, indicator: r.indicator })}
    >
      <span className="bev-code">{r.indicator}</span> <span lang={nl}>{r.label}</span>
      <span className="visually-hidden"> {t(M.detailsBij, { gemeente: r.gemeente, aanpak: r.aanpak })}</span>
    </button>
  );
}

const columns = kolom.columns([
  kolom.accessor('gemeente', { header: () => <KolomKop id="gemeente" /> }),
  kolom.accessor('aanpak', {
    header: () => <KolomKop id="aanpak" />,
    cell: (c) => <BronCel tekst={c.getValue()} />,
  }),
  kolom.accessor('thema', {
    header: () => <KolomKop id="thema" />,
    cell: (c) => <BronCel tekst={c.getValue()} />,
  }),
  kolom.accessor('criterium', {
    header: () => <KolomKop id="criterium" />,
    cell: (c) => <BronCel tekst={c.getValue()} />,
  }),
  kolom.accessor('indicator', {
    header: () => <KolomKop id="indicator" />,
    cell: (c) => <IndicatorKnop r={c.row.original} />,
  }),
  kolom.accessor('oordeel', {
    header: () => <KolomKop id="oordeel" />,
    sortDescFirst: true,
    cell: (c) => <OordeelBadge oordeel={c.row.original.oordeel} />,
  }),
  kolom.accessor('let_op', {
    header: () => <KolomKop id="let_op" />,
    cell: (c) =>
      c.row.original.let_op ? (
        <BronCel tekst={c.row.original.let_op} zoek={c.table.options.meta?.zoek ?? ''} />
      ) : null,
  }),
  kolom.accessor('bevinding', {
    header: () => <KolomKop id="bevinding" />,
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
  const t = useT();
  const nl = useBronLang();
  return (
    <>
      {r.bevinding ? (
        <span className="brontekst" lang={nl}>
          <Markeer tekst={r.bevinding} zoek={zoek} />
        </span>
      ) : (
        <span className="bev-leeg">{t(M.geenBevinding)}</span>
      )}
      {(r.gedeeld || r.mogelijk_onvolledig) && (
        <span className="bev-labels">
          {r.gedeeld && <span className="bev-label">{t(M.gedeeldTeken)}</span>}
          {r.mogelijk_onvolledig && (
            <span className="bev-label bev-label-let-op">{t(M.mogelijkOnvolledig)}</span>
          )}
        </span>
      )}
      <RijBronLink
        bron={r.bron}
        gemeente={r.gemeente}
        aanpak={r.aanpak}
        aanpakId={r.aanpak_id}
        indicator={r.indicator}
      />
    </>
  );
}

/** The last rows that loaded, so the table stays in place while the next page is fetched. */
function useLaatsteRijen(q: QueryState<BevindingRij>): readonly BevindingRij[] | null {
  const [laatste, setLaatste] = useState<readonly BevindingRij[] | null>(null);
  if (q.status === 'success' && q.data !== laatste) setLaatste(q.data);
  return q.status === 'success' ? q.data : laatste;
}

const KOL_NAAM: Readonly<Record<string, Tekst>> = {
  gemeente: M.kolGemeente,
  aanpak: M.kolAanpak,
  thema: M.kolThema,
  criterium: M.kolCriterium,
  indicator: M.kolIndicator,
  oordeel: M.kolOordeel,
  let_op: M.kolLetOp,
  bevinding: M.kolBevinding,
};

/** A column header (TanStack calls it as a component, so it follows the language). */
function KolomKop({ id }: { id: string }) {
  const t = useT();
  const m = KOL_NAAM[id];
  return <>{m ? t(m) : id}</>;
}

/** A cell with Dutch source text (aanpak, thema, criterium names, LET OP), search matches marked. */
function BronCel({ tekst, zoek }: { tekst: string; zoek?: string }) {
  const nl = useBronLang();
  return zoek === undefined ? (
    <span lang={nl}>{tekst}</span>
  ) : (
    <span className="brontekst" lang={nl}>
      <Markeer tekst={tekst} zoek={zoek} />
    </span>
  );
}

/** All findings in one table: search, filter per column, sort and page, all done in DuckDB. */
export function BevindingenView() {
  const t = useT();
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
        {t(B.app.viewBevindingen)}
      </h2>
      <p className="intro">{t(M.intro)}</p>

      <form className="bev-filters" aria-label={t(M.zoekenFilteren)} onSubmit={(e) => e.preventDefault()}>
        <Zoekveld zoek={staat.zoek} onZoek={(z) => table.setGlobalFilter(z)} />
        <div className="bev-keuzes">
          <Keuze
            label={t(M.kolGemeente)}
            name="filter-gemeente"
            waarde={staat.gemeente}
            opties={(catalog?.gemeenten ?? []).map((g) => [g.gemeente_id, g.naam])}
            alle={t(M.alleGemeenten)}
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
            label={t(M.kolAanpak)}
            name="filter-aanpak"
            waarde={staat.aanpak}
            opties={aanpakOpties.map((a) => [a.aanpak_id, `${a.gemeente}: ${a.naam}`])}
            bron
            alle={t(M.alleAanpakken)}
            onKies={(v) => col('aanpak')?.setFilterValue(v)}
          />
          <Keuze
            label={t(M.kolThema)}
            name="filter-thema"
            waarde={staat.thema}
            opties={THEMAS.map((th) => [th.code, th.naam])}
            bron
            alle={t(M.alleThemas)}
            onKies={(v) => col('thema')?.setFilterValue(v)}
          />
          <Keuze
            label={t(M.kolIndicator)}
            name="filter-indicator"
            waarde={staat.indicator}
            opties={INDICATOREN.map((i) => [i.code, `${i.code} ${i.label}`])}
            bron
            alle={t(M.alleIndicatoren)}
            onKies={(v) => col('indicator')?.setFilterValue(v)}
          />
          <Keuze
            label={t(M.kolLetOp)}
            name="let-op"
            waarde={staat.letOp}
            opties={[
              ['met', t(M.alleenMetLetOp)],
              ['zonder', t(M.alleenZonderLetOp)],
            ]}
            alle={t(M.metEnZonder)}
            onKies={(v) => col('let_op')?.setFilterValue(v)}
          />
          <fieldset className="bev-oordelen">
            <legend>{t(M.kolOordeel)}</legend>
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
                {t(OORDEEL_WOORD[o])}
              </label>
            ))}
          </fieldset>
          <Keuze
            label={t(M.sorteren)}
            name="sorteer-tabel"
            className="bev-sorteer-keuze"
            waarde={
              staat.sortering ? `${staat.sortering.kolom}${staat.sortering.aflopend ? '-af' : ''}` : null
            }
            opties={Object.entries(KOL_NAAM).flatMap(([id, naam]) => [
              [id, t(M.oplopend, { naam: t(naam) })],
              [`${id}-af`, t(M.aflopend, { naam: t(naam) })],
            ])}
            alle={t(M.standaardVolgorde)}
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
            {t(M.wissen)}
          </button>
        )}
      </form>

      <div className="bev-resultaat">
        <p role="status" className="bev-aantal" aria-atomic="true">
          {aantal === undefined ? '' : t.n(M.gevonden, aantal)}
          {telling && aantal ? (
            <span className="bev-aantal-detail">
              {' '}
              ({t.n(M.verbeterpunten, telling.verbeterpunt)}, {t(M.voldoet, { n: telling.voldoet })}
              {telling.onduidelijk ? `, ${t(M.onduidelijk, { n: telling.onduidelijk })}` : ''})
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
          <p>{t(M.geenResultaat)}</p>
          <button type="button" onClick={() => zetStaat({ ...LEGE_STAAT, sortering: staat.sortering })}>
            {t(M.wissen)}
          </button>
        </div>
      ) : rijen.length === 0 ? (
        <div className="melding">
          <p>{t(M.paginaBestaatNiet, { pagina: staat.pagina, paginas })}</p>
          <button type="button" onClick={() => table.firstPage()}>
            {t(M.naarPagina1)}
          </button>
        </div>
      ) : (
        <>
          <div className="bev-tabel-wrap">
            <table className="bev-tabel" aria-busy={rijenQ.status === 'loading'}>
              <caption className="visually-hidden">{t(M.caption, { pagina: staat.pagina, paginas })}</caption>
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
                        data-kolom={
                          KOL_NAAM[cell.column.id] ? t(KOL_NAAM[cell.column.id] as Tekst) : cell.column.id
                        }
                      >
                        <table.FlexRender cell={cell} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="bev-paginas" aria-label={t(M.paginas)}>
            {paginas > 1 && (
              <>
                <PaginaKnop kan={table.getCanPreviousPage()} actie={() => table.firstPage()}>
                  <span aria-hidden="true">« </span>
                  {t(M.eerste)}
                </PaginaKnop>
                <PaginaKnop kan={table.getCanPreviousPage()} actie={() => table.previousPage()}>
                  <span aria-hidden="true">‹ </span>
                  {t(M.vorige)}
                </PaginaKnop>
              </>
            )}
            <span className="bev-pagina-tekst">{t(M.paginaVan, { pagina: staat.pagina, paginas })}</span>
            {paginas > 1 && (
              <>
                <PaginaKnop kan={table.getCanNextPage()} actie={() => table.nextPage()}>
                  {t(M.volgende)}
                  <span aria-hidden="true"> ›</span>
                </PaginaKnop>
                <PaginaKnop kan={table.getCanLastPage()} actie={() => table.lastPage()}>
                  {t(M.laatste)}
                  <span aria-hidden="true"> »</span>
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
  const t = useT();
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
    const timer = setTimeout(() => zoekNu(invoer), 400);
    return () => clearTimeout(timer);
  }, [invoer, zoek]);
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    // The table re-renders after the paint that answers the key or click (#4).
    if (invoer !== zoek) afterNextPaint(() => onZoek(invoer));
  };
  return (
    <div className="bev-zoek" role="search">
      <label htmlFor={id}>{t(M.zoekLabel)}</label>
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
          {t(M.zoeken)}
        </button>
      </div>
      <p id={`${id}-hulp`} className="bev-hulp">
        <Rijk m={M.zoekHulp} tags={{ nl: NlTag }} />
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
  bron = false,
}: {
  bron?: boolean;
  label: string;
  name: string;
  waarde: string | null;
  opties: readonly (readonly [string, string])[];
  alle: string;
  onKies(v: string | null): void;
  className?: string;
}) {
  const id = useId();
  const nl = useBronLang();
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
          <option key={v} value={v} lang={bron ? nl : undefined}>
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
  const t = useT();
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
        {t(M.exporteer)}
      </button>
      <span id="bev-export-uitleg" className="bev-hulp">
        {t(M.exportUitleg)}
      </span>
      <span role="status" className="bev-export-status">
        {stand.soort === 'bezig' && t(M.bestandMaken)}
        {stand.soort === 'gedaan' && t.n(M.gedownload, stand.aantal, { bestand: BEVINDINGEN_CSV_BESTAND })}
      </span>
      {stand.soort === 'fout' && <Foutmelding error={stand.error} titel={t(M.exportFout)} />}
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
  const t = useT();
  const nl = useBronLang();
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
          {t(M.afdrukken)}
        </button>
        <span role="status" className="bev-afdruk-status">
          {stand.soort === 'bezig' && t(M.klaarzetten)}
        </span>
        {stand.soort === 'fout' && <Foutmelding error={stand.error} titel={t(M.afdrukFout)} />}
      </div>
      {aantal !== undefined && aantal > 0 && (
        <p className="bev-print-melding" data-testid="bev-print-melding">
          {rijen ? t.n(M.printAlle, aantal) : t(M.printPagina, { pagina: staat.pagina, paginas, aantal })}
        </p>
      )}
      {rijen && (
        <ol className="bev-print" data-testid="bev-print">
          {rijen.map((r) => (
            <li key={`${r.aanpak_id}~${r.indicator}`} data-rij={`${r.aanpak_id}~${r.indicator}`}>
              <p className="bev-print-kop">
                <strong>
                  {r.gemeente}, <span lang={nl}>{r.aanpak}</span>: {r.indicator}{' '}
                  <span lang={nl}>{r.label}</span>
                </strong>{' '}
                <span className={`bev-print-oordeel cel-${r.oordeel}`}>
                  {OORDEEL_SYMBOOL[r.oordeel]} {t(OORDEEL_WOORD[r.oordeel])}
                </span>
              </p>
              {r.bevinding ? (
                <p className="brontekst" lang={nl}>
                  {r.bevinding}
                </p>
              ) : (
                <p className="brontekst">{t(M.geenBevinding)}</p>
              )}
              {r.let_op && (
                <p className="brontekst">
                  <strong>{t(B.drilldown.letOp)}</strong> <span lang={nl}>{r.let_op}</span>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
