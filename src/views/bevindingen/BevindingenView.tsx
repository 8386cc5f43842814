import { useMemo, useState } from 'react';
import { Foutmelding, Laden } from '../../components/Status';
import { useQuery } from '../../hooks/useQuery';
import { useZoekBereik } from '../../hooks/useZoekBereik';
import { bevindingenBereik, binnenBereik } from '../../model/bevindingenBereik';
import { bevindingenAantal, PAGINA_GROOTTE, type BevindingenAantal } from '../../model/queries-bevindingen';
import { useAppStore } from '../../store';
import { B, useT } from '../../i18n';
import { Afdrukken } from './Afdrukken';
import { Export } from './Export';
import { Filters } from './Filters';
import { IndicatorSuggestie } from './IndicatorSuggestie';
import { filterTekst } from '../../store/filterWoorden';
import { LEGE_STAAT, filterInvoerVan, filterVan, leesTabelStaat } from './staat';
import { TabelPagina } from './TabelPagina';
import { useBevindingenTabel, useLaatsteRijen } from './tabel';
import { usePaginaRijen } from './usePaginaRijen';
import { zetStaat } from './zetStaat';
import './Bevindingen.css';

const M = B.bevindingen;
/** The table's own filters, named in its status line. */
const BEVINDINGEN_FILTERS = [
  'gemeenten',
  'aanpakken',
  'themas',
  'indicator',
  'oordelen',
  'letOp',
  'zoek',
] as const;

/** All findings in one table: search, filter per column, sort and page, all done in DuckDB. */
export function BevindingenView() {
  const t = useT();
  const extra = useAppStore((s) => s.extra);
  const staat = useMemo(() => leesTabelStaat(extra), [extra]);
  const catalog = useAppStore((s) => s.catalog);
  const woorden = filterTekst(filterInvoerVan(staat), catalog, t.taal, BEVINDINGEN_FILTERS);
  const filter = useMemo(() => filterVan(staat), [staat]);

  // At national scale a search reads the text parts in gemeente order until its page is whole (#18).
  const zoektocht = useMemo(() => JSON.stringify([filter, staat.sortering]), [filter, staat.sortering]);
  const [allesVoor, setAllesVoor] = useState<string | null>(null);
  const bereikQ = useZoekBereik(
    useMemo(
      () => bevindingenBereik(filter, staat.sortering, staat.pagina, allesVoor === zoektocht),
      [filter, staat.sortering, staat.pagina, allesVoor, zoektocht],
    ),
  );
  const bereik = bereikQ.status === 'success' ? bereikQ.data[0] : undefined;
  const binnen = useMemo(() => (bereik ? binnenBereik(filter, bereik) : null), [filter, bereik]);

  // A range that stops early brings its own count; only a whole search is counted here.
  const aantalQ = useQuery(
    useMemo(() => (binnen && !bereik?.telling ? bevindingenAantal(binnen) : null), [binnen, bereik]),
  );
  const { rijen: rijenQ, retry: rijenOpnieuw } = usePaginaRijen(binnen, staat);
  const rijen = useLaatsteRijen(rijenQ);
  const { telling, volledig } = useLaatsteTelling(
    zoektocht,
    bereik?.telling
      ? { telling: bereik.telling, volledig: false }
      : aantalQ.status === 'success' && bereik
        ? { telling: aantalQ.data[0], volledig: bereik.gemeenten === null }
        : null,
  );
  const aantal = telling?.aantal;
  // Not read to the end: one page more than those read, so "Volgende" reads on.
  const table = useBevindingenTabel(
    staat,
    rijen,
    aantal === undefined || volledig ? aantal : aantal + PAGINA_GROOTTE,
  );

  const paginas = Math.max(1, table.getPageCount());
  const error =
    bereikQ.status === 'error'
      ? bereikQ.error
      : aantalQ.status === 'error'
        ? aantalQ.error
        : rijenQ.status === 'error'
          ? rijenQ.error
          : null;
  return (
    <section aria-labelledby="bevindingen-titel" className="view bevindingen">
      <h2 id="bevindingen-titel" tabIndex={-1}>
        {t(B.app.viewBevindingen)}
      </h2>
      <p className="intro">{t(M.intro)}</p>

      <Filters table={table} staat={staat} />

      <div className="bev-resultaat">
        <div className="bev-telling">
          <p role="status" className="bev-aantal" aria-atomic="true">
            {aantal === undefined ? '' : t.n(volledig ? M.gevonden : M.gevondenMinstens, aantal)}
            {telling && aantal && volledig ? (
              <span className="bev-aantal-detail">
                {' '}
                ({t.n(M.verbeterpunten, telling.verbeterpunt)}, {t(M.voldoet, { n: telling.voldoet })}
                {telling.onduidelijk ? `, ${t(M.onduidelijk, { n: telling.onduidelijk })}` : ''})
              </span>
            ) : null}
          </p>
          {!volledig && aantal !== undefined && (
            <p className="bev-niet-alles">
              {t(M.nietAllesDoorzocht)}{' '}
              <button type="button" onClick={() => setAllesVoor(zoektocht)}>
                {t(M.telAlles)}
              </button>
            </p>
          )}
          <p role="status" className="bev-gefilterd" data-testid="view-status">
            {woorden
              ? t(B.filterKop.statusBevindingen, { filters: woorden })
              : t(B.filterKop.statusBevindingenZonder)}
          </p>
        </div>
        <Export staat={staat} aantal={aantal} />
        <Afdrukken staat={staat} aantal={aantal} paginas={paginas} volledig={volledig} />
      </div>
      <IndicatorSuggestie zoek={staat.zoek} />

      {error ? (
        <Foutmelding
          error={error}
          opnieuw={() => {
            bereikQ.retry();
            aantalQ.retry();
            rijenOpnieuw();
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
          <TabelPagina
            table={table}
            staat={staat}
            paginas={paginas}
            volledig={volledig}
            bezig={rijenQ.status === 'loading' || bereikQ.status === 'loading'}
          />
        </>
      )}
    </section>
  );
}

interface Telling {
  readonly telling: BevindingenAantal | undefined;
  /** Whether the count is the whole count (false: a lower bound, the search has not read every part). */
  readonly volledig: boolean;
}

/**
 * The count of the current search, or while a page turn reads further, the last count of the same
 * search (a lower bound that still holds), so the table does not give way to "Laden" in between.
 */
function useLaatsteTelling(zoektocht: string, nu: Telling | null): Telling {
  const [laatste, setLaatste] = useState<(Telling & { zoektocht: string }) | null>(null);
  if (nu && (!laatste || laatste.telling !== nu.telling || laatste.zoektocht !== zoektocht))
    setLaatste({ ...nu, zoektocht });
  if (nu) return nu;
  return laatste?.zoektocht === zoektocht ? laatste : { telling: undefined, volledig: false };
}
