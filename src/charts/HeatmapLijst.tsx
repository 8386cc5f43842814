import { memo } from 'react';
import { B, useBronLang, useT } from '../i18n';
import type { Cel } from '../store';
import { voldoenTekst, type HeatmapModel } from './heatmapModel';
import { OORDEEL_SYMBOOL, OORDEEL_WOORD } from './oordeel';

/** CSS selector of the list button of a cell (the small-screen form of the heatmap). */
export function lijstCelSelector(cel: Cel): string {
  return `button[data-lijst-cel="${CSS.escape(`${cel.aanpak}~${cel.indicator}`)}"]`;
}

/**
 * The heatmap as a list, for small screens (CSS shows it instead of the table below 40em): per gemeente
 * and aanpak every indicator with its mark, word and LET OP. Each item opens the drill-down. It is
 * rendered next to the table (also in the prerendered HTML), so nothing here may depend on the window.
 * Its markup is kept lean (no wrappers, no `lang` spans in Dutch, one text node per run): the list sits
 * in every page's HTML right after the table, and its parse delays the full heatmap on desktop (#4).
 */
export const HeatmapLijst = memo(function HeatmapLijst({
  model,
  alleenVerbeterpunten,
  onOpen,
}: {
  model: HeatmapModel;
  alleenVerbeterpunten: boolean;
  onOpen(cel: Cel): void;
}) {
  const t = useT();
  const nl = useBronLang();
  return (
    <div className="heatmap-lijst">
      <p className="heatmap-lijst-uitleg">{t(B.heatmap.lijstUitleg)}</p>
      {model.groepen.map((g) => (
        <section key={g.gemeente_id} className="lijst-gemeente" aria-labelledby={`lijst-${g.gemeente_id}`}>
          <h3 id={`lijst-${g.gemeente_id}`}>{g.gemeente}</h3>
          {model.kolommen.map((k, ki) =>
            k.gemeente_id !== g.gemeente_id ? null : (
              <section key={k.aanpak_id} className="lijst-aanpak" aria-labelledby={`lijst-${k.aanpak_id}`}>
                <h4 id={`lijst-${k.aanpak_id}`}>
                  {nl ? <span lang={nl}>{k.aanpak}</span> : k.aanpak}{' '}
                  <span className="lijst-totaal">{`(${voldoenTekst(k.totaal, t.taal)})`}</span>
                </h4>
                <ul>
                  {model.rijen.map((rij) => {
                    const cel = rij.cellen[ki];
                    if (!cel) return null;
                    const gedimd = alleenVerbeterpunten && cel.oordeel !== 'verbeterpunt';
                    const woord = t(OORDEEL_WOORD[cel.oordeel]);
                    return (
                      <li key={rij.indicator}>
                        <button
                          type="button"
                          className="lijst-knop"
                          data-lijst-cel={`${cel.aanpak_id}~${cel.indicator}`}
                          onClick={() => onOpen({ aanpak: cel.aanpak_id, indicator: cel.indicator })}
                        >
                          <span
                            className={`lijst-teken cel-${cel.oordeel}${gedimd ? ' gedimd' : ''}`}
                            data-oordeel={cel.oordeel}
                            aria-hidden="true"
                          >
                            {OORDEEL_SYMBOOL[cel.oordeel]}
                          </span>
                          <span className="visually-hidden">
                            {nl ? (
                              <>
                                {`${cel.gemeente}, `}
                                <span lang={nl}>{cel.aanpak}</span>
                                {', '}
                              </>
                            ) : (
                              `${cel.gemeente}, ${cel.aanpak}, `
                            )}
                          </span>
                          <span className="code">{rij.indicator}</span>
                          {nl ? (
                            <>
                              {' '}
                              <span lang={nl}>{rij.label}</span>
                              {`: ${woord}`}
                            </>
                          ) : (
                            ` ${rij.label}: ${woord}`
                          )}
                          {cel.heeft_let_op && <span className="lijst-let-op">{t(B.app.metLetOp)}</span>}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </section>
            ),
          )}
        </section>
      ))}
    </div>
  );
});
