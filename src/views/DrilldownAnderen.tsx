import { B, getal, useBronLang, useT, useTaal } from '../i18n';
import { OORDELEN, type IndicatorOordeel } from '../model/queries';
import { OordeelBadge, OpenVakje } from './OordeelDelen';
import { IndicatorLink } from './ViewLink';

const D = B.drilldown;

/**
 * At national scale one indicator has thousands of other aanpakken; listing them all would make the
 * dialog slow to open and to close (#4). Above this many, the dialog shows the count per oordeel, the
 * other aanpakken of the same gemeente, and a link to the indicator page, which lists them all in pages.
 */
export const MAX_ANDEREN = 24;

/** The same indicator in the other aanpakken: all of them, or above MAX_ANDEREN the counts and the own gemeente's. */
export function Anderen({
  lijst,
  gemeenteId,
  gemeente,
  indicator,
}: {
  lijst: readonly IndicatorOordeel[];
  gemeenteId: string;
  gemeente: string;
  indicator: string;
}) {
  const t = useT();
  const taal = useTaal();
  if (lijst.length <= MAX_ANDEREN)
    return (
      <ul className="anderen-lijst">
        {lijst.map((o) => (
          <AnderOordeel key={o.aanpak_id} o={o} />
        ))}
      </ul>
    );
  const eigen = lijst.filter((o) => o.gemeente_id === gemeenteId);
  return (
    <>
      <p>{t(D.anderenVeel, { n: getal(taal, lijst.length) })}</p>
      <ul className="anderen-telling">
        {OORDELEN.map((o) => (
          <li key={o} data-oordeel={o}>
            <OordeelBadge oordeel={o} /> {getal(taal, lijst.filter((x) => x.oordeel === o).length)}
          </li>
        ))}
      </ul>
      {eigen.length > 0 && (
        <>
          <p>{t(D.anderenEigen, { gemeente })}</p>
          <ul className="anderen-lijst">
            {eigen.slice(0, MAX_ANDEREN).map((o) => (
              <AnderOordeel key={o.aanpak_id} o={o} />
            ))}
          </ul>
        </>
      )}
      <p>
        <IndicatorLink code={indicator}>
          {t(D.anderenAlle, { n: getal(taal, lijst.length + 1) })}
        </IndicatorLink>
      </p>
    </>
  );
}

function AnderOordeel({ o }: { o: IndicatorOordeel }) {
  const t = useT();
  const nl = useBronLang();
  return (
    <li className="ander" data-aanpak={o.aanpak_id} data-oordeel={o.oordeel}>
      <h4>
        {o.gemeente}: <span lang={nl}>{o.aanpak}</span>
      </h4>
      <OordeelBadge oordeel={o.oordeel} />
      {o.heeft_let_op && (
        <p className="let-op">
          <strong>{t(D.metLetOp)}</strong> {t(D.zieVakje)}
        </p>
      )}
      {o.oordeel === 'onduidelijk' && o.reden && (
        <p className="waarschuwing">
          {t(D.waaromOnduidelijk)} <span lang={nl}>{o.reden}</span>
        </p>
      )}
      <OpenVakje o={o} />
    </li>
  );
}
