import type { ReactNode } from 'react';
import { B, useT, type Tekst } from '../../i18n';
import { KOL_NAAM } from './cellen';
import type { TabelStaat } from './staat';
import type { BevindingenTabel } from './tabel';

const M = B.bevindingen;

/** One page of the table, with sortable column headers, and the pager below it. */
export function TabelPagina({
  table,
  staat,
  paginas,
  volledig = true,
  bezig,
}: {
  table: BevindingenTabel;
  staat: TabelStaat;
  paginas: number;
  /** False while a search has not read every gemeente: `paginas` is then a lower bound. */
  volledig?: boolean;
  bezig: boolean;
}) {
  const t = useT();
  return (
    <>
      <div className="bev-tabel-wrap">
        <table className="bev-tabel" aria-busy={bezig}>
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
        <span className="bev-pagina-tekst">
          {t(volledig ? M.paginaVan : M.paginaVanMinstens, { pagina: staat.pagina, paginas })}
        </span>
        {paginas > 1 && (
          <>
            <PaginaKnop kan={table.getCanNextPage()} actie={() => table.nextPage()}>
              {t(M.volgende)}
              <span aria-hidden="true"> ›</span>
            </PaginaKnop>
            <PaginaKnop kan={volledig && table.getCanLastPage()} actie={() => table.lastPage()}>
              {t(M.laatste)}
              <span aria-hidden="true"> »</span>
            </PaginaKnop>
          </>
        )}
      </nav>
    </>
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
