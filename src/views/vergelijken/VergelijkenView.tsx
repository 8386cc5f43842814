import { useMemo } from 'react';
import { buildConclusieMatrix, buildVergelijkGrafiek } from '../../charts/vergelijkenModel';
import { FilterKop, FilterStatus } from '../../components/FilterKop';
import { FilterPanel } from '../../components/FilterPanel';
import { Foutmelding, Laden } from '../../components/Status';
import { useDbStatus } from '../../hooks/useDbStatus';
import { firstError, useQuery } from '../../hooks/useQuery';
import type { SchaalFilter } from '../../model/queries';
import {
  aanpakkenVan,
  conclusiesPerThema,
  gemeenteContext,
  voldoetPerThema,
} from '../../model/queries-vergelijken';
import { B, Rijk, useT } from '../../i18n';
import { useAppStore } from '../../store';
import { isLandelijk, selectie } from '../../store/schaal';
import { Aanpakken } from './Aanpakken';
import { Conclusies } from './Conclusies';
import { GemeenteKiezers, MAX_GEMEENTEN, ProvincieKeuze } from './GemeenteKiezers';
import { Kerncijfers } from './Kerncijfers';
import { VoldoetGrafiek } from './VoldoetGrafiek';
import './Vergelijken.css';

const V = B.vergelijken;

/** Vergelijken applies the provincie, gemeente and thema filters. */
const VERGELIJKEN_FILTERS = ['provincie', 'gemeenten', 'themas'] as const;

/**
 * "Gemeenten vergelijken": 2 to 4 gemeenten side by side (the `gemeente` filter in the URL, e.g.
 * `?weergave=vergelijken&gemeente=emmen,gouda`): context figures, aanpakken, the share voldoet per thema
 * and the conclusies per thema. Gemeenten stay in alphabetical order: this is not a league table. The
 * shared `jaar` (default the latest, only with several) and `provincie` apply too.
 */
export function VergelijkenView() {
  const gemeenten = useAppStore((s) => s.filters.gemeenten);
  const themas = useAppStore((s) => s.filters.themas);
  const catalog = useAppStore((s) => s.catalog);
  const extra = useAppStore((s) => s.extra);
  const uit = useDbStatus().stand !== 'klaar';
  const t = useT();

  const sel = useMemo(() => selectie(catalog, { gemeenten: [], aanpakken: [] }, extra), [catalog, extra]);
  const schaal: SchaalFilter = useMemo(
    () => ({
      ...(sel.jaar !== null ? { jaar: sel.jaar } : {}),
      ...(sel.provincie !== null ? { provincies: [sel.provincie] } : {}),
    }),
    [sel.jaar, sel.provincie],
  );
  // With a national dataset (#4) "no choice" would mean hundreds of gemeenten: nothing runs until two
  // to four are chosen in the selects.
  const landelijk = isLandelijk(catalog);
  const actief = !landelijk || (gemeenten.length >= 2 && gemeenten.length <= MAX_GEMEENTEN);
  const context = useQuery(
    useMemo(() => (actief ? gemeenteContext(gemeenten, schaal) : null), [actief, gemeenten, schaal]),
  );
  const aanpakken = useQuery(
    useMemo(() => (actief ? aanpakkenVan(gemeenten, schaal) : null), [actief, gemeenten, schaal]),
  );
  const tellingen = useQuery(
    useMemo(
      () => (actief ? voldoetPerThema({ gemeenten, themas, ...schaal }) : null),
      [actief, gemeenten, themas, schaal],
    ),
  );
  const conclusies = useQuery(
    useMemo(
      () => (actief ? conclusiesPerThema({ gemeenten, themas, ...schaal }) : null),
      [actief, gemeenten, themas, schaal],
    ),
  );

  const tellingData = tellingen.status === 'success' ? tellingen.data : null;
  const conclusieData = conclusies.status === 'success' ? conclusies.data : null;
  const grafiek = useMemo(
    () => (tellingData ? buildVergelijkGrafiek(tellingData, t.taal) : null),
    [tellingData, t.taal],
  );
  const matrix = useMemo(
    () => (conclusieData && tellingData ? buildConclusieMatrix(conclusieData, tellingData) : null),
    [conclusieData, tellingData],
  );
  const error = firstError(context, aanpakken, tellingen, conclusies);
  const gekozenNamen = (catalog?.gemeenten ?? [])
    .filter(
      (g) =>
        (gemeenten.length === 0 || gemeenten.includes(g.gemeente_id)) &&
        (sel.provincie === null || g.provincie === sel.provincie),
    )
    .map((g) => g.naam);
  const aantal = gekozenNamen.length;

  return (
    <section aria-labelledby="vergelijken-titel" className="view vergelijken">
      <FilterKop id="vergelijken-titel" titel={B.app.viewVergelijken} soorten={VERGELIJKEN_FILTERS} />
      <p className="intro">{t(V.intro)}</p>
      <p className="vergelijken-geen-ranglijst" role="note">
        <Rijk m={V.geenRanglijst} tags={{ b: (c) => <strong>{c}</strong> }} />
      </p>
      <div className="vergelijken-keuze">
        <ProvincieKeuze provincie={sel.provincie} uit={uit} />
        {landelijk && <GemeenteKiezers provincie={sel.provincie} />}
        <FilterPanel gemeenten={!landelijk} aanpakken={false} alleenVerbeterpunten={false} sorteer={false} />
      </div>
      {landelijk && !actief ? (
        <p className="melding" role="status">
          {t(V.kiesTweeTotVier)}
        </p>
      ) : (
        aantal < 2 && (
          <p className="melding" role="status">
            {t(V.minstensTwee, { namen: gekozenNamen.join(', ') })}
          </p>
        )
      )}
      {!actief ? null : error ? (
        <Foutmelding
          error={error}
          opnieuw={() => {
            context.retry();
            aanpakken.retry();
            tellingen.retry();
            conclusies.retry();
          }}
        />
      ) : context.status !== 'success' || aanpakken.status !== 'success' || !grafiek || !matrix ? (
        <Laden />
      ) : (
        <>
          <FilterStatus
            soorten={VERGELIJKEN_FILTERS}
            wat={t.n(B.filterKop.statusVergelijken, context.data.length, {
              aanpakken: aanpakken.data.length,
            })}
          />
          <Kerncijfers gemeenten={context.data} />
          <Aanpakken gemeenten={context.data} aanpakken={aanpakken.data} />
          <VoldoetGrafiek
            grafiek={grafiek}
            keuze={{ gemeenten, themas, jaar: extra.jaar ?? null, provincie: sel.provincie }}
          />
          <Conclusies matrix={matrix} />
        </>
      )}
    </section>
  );
}
