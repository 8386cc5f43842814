import { B, useT } from '../i18n';
import type { Zoomstap } from '../store/schaal';

/** Id of the current step; the heatmap moves focus there after a zoom. */
export const ZOOMPAD_HUIDIG_ID = 'zoompad-huidig';

/**
 * The breadcrumb of the heatmap at national scale: "Nederland › Noord-Brabant › Gemeente X" ("The
 * Netherlands › …" in English; provincie and gemeente names are data). Every step but the last zooms
 * out to it.
 */
export function Zoompad({ pad, onZoom }: { pad: readonly Zoomstap[]; onZoom(stap: Zoomstap): void }) {
  const t = useT();
  const naam = (stap: Zoomstap) => (stap.niveau === 'land' ? t(B.schaal.nederland) : stap.naam);
  return (
    <nav className="zoompad" aria-label={t(B.schaal.zoompad)}>
      <ol>
        {pad.map((stap, i) =>
          i === pad.length - 1 ? (
            <li key={stap.niveau}>
              <span id={ZOOMPAD_HUIDIG_ID} aria-current="location" tabIndex={-1}>
                {naam(stap)}
              </span>
            </li>
          ) : (
            <li key={stap.niveau}>
              <button type="button" data-zoom={stap.niveau} onClick={() => onZoom(stap)}>
                {naam(stap)}
              </button>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
