import { useMemo } from 'react';
import { useQuery, type QueryState } from '../../hooks/useQuery';
import {
  bevindingTeksten,
  bevindingen,
  kiestZonderTeksten,
  metTeksten,
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
  return {
    rijen,
    retry: () => {
      rijenQ.retry();
      tekstQ.retry();
    },
  };
}
