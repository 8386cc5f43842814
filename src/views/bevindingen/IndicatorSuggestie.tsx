import { useMemo } from 'react';
import { KaderTekst } from '../../components/KaderTekst';
import { B, Rijk, useT } from '../../i18n';
import { INDICATOREN } from '../../model/toetsingskader';
import { INDICATOREN_EN } from '../../model/toetsingskader-en';
import { useAppStore } from '../../store';
import { aanpakkenInSelectie, selectie } from '../../store/schaal';
import { IndicatorLink } from '../ViewLink';
import { markeerDelen } from '../markeer';

const M = B.bevindingen;
const MAX = 4;

const bevat = (tekst: string, zoek: string) => markeerDelen(tekst, zoek).some(([, treffer]) => treffer);

/**
 * The indicators whose name or text (Dutch, or our English) holds the search text, at most four;
 * none for a search shorter than 4 characters.
 */
export function indicatorenBijZoekterm(zoek: string): string[] {
  if (zoek.trim().length < 4) return [];
  return INDICATOREN.filter((i) => {
    const en = INDICATOREN_EN[i.code];
    return [i.label, i.tekst, en?.label ?? '', en?.tekst ?? ''].some((t) => bevat(t, zoek));
  })
    .slice(0, MAX)
    .map((i) => i.code);
}

/**
 * A search that names an indicator ("doorzettingsmacht") finds only the bevindingen that use the word;
 * an oordeel whose text does not would look as if it was never made. Offer the indicator's page, which
 * shows every oordeel on it.
 */
export function IndicatorSuggestie({ zoek }: { zoek: string }) {
  const t = useT();
  const catalog = useAppStore((s) => s.catalog);
  const extra = useAppStore((s) => s.extra);
  const codes = useMemo(() => indicatorenBijZoekterm(zoek), [zoek]);
  const n = useMemo(
    () => aanpakkenInSelectie(catalog, selectie(catalog, { gemeenten: [], aanpakken: [] }, extra)).length,
    [catalog, extra],
  );
  if (codes.length === 0 || n === 0) return null;
  return (
    <div className="bev-suggestie" data-testid="indicator-suggestie">
      <p>{t(M.suggestieUitleg)}</p>
      <ul>
        {codes.map((code) => {
          const i = INDICATOREN.find((x) => x.code === code);
          return (
            <li key={code} data-indicator={code}>
              <IndicatorLink code={code}>
                <Rijk
                  m={M.alleOordelenOver}
                  waarden={{ n, label: <KaderTekst soort="label" nl={i?.label ?? code} code={code} /> }}
                />
              </IndicatorLink>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
