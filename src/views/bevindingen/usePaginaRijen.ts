import { useEffect, useMemo } from 'react';
import { useQuery, voorladen, type QueryState } from '../../hooks/useQuery';
import {
  bevindingTeksten,
  bevindingen,
  kiestZonderTeksten,
  metTeksten,
  PAGINA_GROOTTE,
  type BevindingRij,
  type BevindingenFilter,
} from '../../model/queries-bevindingen';
import type { TabelStaat } from './staat';

/**
 * The rows of the current page. Without a search or a sort on a text column the page is chosen on the
 * marks (core files), and then only the texts of its own rows are fetched: at national scale the
 * text parts of one or two gemeenten instead of every part (#18). Null: nothing yet (the search's
 * range is still being found).
 */
export function usePaginaRijen(
  filter: BevindingenFilter | null,
  staat: TabelStaat,
): { rijen: QueryState<BevindingRij>; retry(): void } {
  const apart = filter !== null && kiestZonderTeksten(filter, staat.sortering);
  const rijenQ = useQuery(
    useMemo(
      () => (filter ? bevindingen(filter, staat.sortering, staat.pagina, apart ? 'apart' : 'mee') : null),
      [filter, staat.sortering, staat.pagina, apart],
    ),
  );
  const kaal = apart && rijenQ.status === 'success' ? rijenQ.data : null;
  const tekstQ = useQuery(useMemo(() => (kaal ? bevindingTeksten(kaal) : null), [kaal]));
  const rijen = useMemo((): QueryState<BevindingRij> => {
    if (!kaal) return rijenQ;
    if (kaal.length === 0) return rijenQ;
    if (tekstQ.status === 'success') return { status: 'success', data: metTeksten(kaal, tekstQ.data) };
    if (tekstQ.status === 'error') return tekstQ;
    return { status: 'loading' };
  }, [kaal, rijenQ, tekstQ]);
  const getoond = kaal !== null && tekstQ.status === 'success';
  useEffect(() => {
    if (!filter || !apart || !getoond || kaal.length < PAGINA_GROOTTE) return;
    return volgendePaginaVoorladen(filter, staat);
  }, [filter, staat, apart, getoond, kaal]);
  return {
    rijen,
    retry: () => {
      rijenQ.retry();
      tekstQ.retry();
    },
  };
}

/**
 * While the reader reads a full page, its next one (its marks, then the texts of its rows: at national
 * scale the text part of one or two more gemeenten) loads when the browser is idle, so "Volgende"
 * shows it at once (#18). A failure is not shown here: the page, once asked for, shows it with a retry.
 * Returns the cleanup that cancels it if it has not started.
 */
function volgendePaginaVoorladen(filter: BevindingenFilter, staat: TabelStaat): () => void {
  const start = () => {
    const marks = bevindingen(filter, staat.sortering, staat.pagina + 1, 'apart');
    voorladen(marks)
      .then((rijen) => {
        const teksten = bevindingTeksten(rijen);
        return teksten ? voorladen(teksten) : [];
      })
      .catch(() => {});
  };
  if (typeof requestIdleCallback !== 'function') {
    const id = setTimeout(start, 500);
    return () => clearTimeout(id);
  }
  const id = requestIdleCallback(start, { timeout: 2000 });
  return () => cancelIdleCallback(id);
}
