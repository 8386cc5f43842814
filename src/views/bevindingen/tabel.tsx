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
import { useMemo, useState } from 'react';
import type { QueryState } from '../../hooks/useQuery';
import { OORDELEN } from '../../model/queries';
import {
  MAX_ZOEK,
  PAGINA_GROOTTE,
  isBevindingKolom,
  type BevindingRij,
} from '../../model/queries-bevindingen';
import { BevindingTekst, BronCel, IndicatorKnop, KolomKop, OordeelBadge } from './cellen';
import type { TabelStaat } from './staat';
import { zetStaat } from './zetStaat';

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

/** The last rows that loaded, so the table stays in place while the next page is fetched. */
export function useLaatsteRijen(q: QueryState<BevindingRij>): readonly BevindingRij[] | null {
  const [laatste, setLaatste] = useState<readonly BevindingRij[] | null>(null);
  if (q.status === 'success' && q.data !== laatste) setLaatste(q.data);
  return q.status === 'success' ? q.data : laatste;
}

/**
 * The TanStack table of one page of rows. Its sorting, filters, search and page come from the URL state,
 * and every change the table makes goes back into the URL.
 */
export function useBevindingenTabel(
  staat: TabelStaat,
  rijen: readonly BevindingRij[] | null,
  aantal: number | undefined,
) {
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

  return table;
}

/** The table of the Bevindingen view. */
export type BevindingenTabel = ReturnType<typeof useBevindingenTabel>;
