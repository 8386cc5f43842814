import type { Zoomstap } from '../store/schaal';

/** Id of the current step; the heatmap moves focus there after a zoom. */
export const ZOOMPAD_HUIDIG_ID = 'zoompad-huidig';

/**
 * The breadcrumb of the heatmap at national scale: "Nederland › Noord-Brabant › Gemeente X". Every step
 * but the last zooms out to it.
 */
export function Zoompad({ pad, onZoom }: { pad: readonly Zoomstap[]; onZoom(stap: Zoomstap): void }) {
  return (
    <nav className="zoompad" aria-label="Zoomniveau">
      <ol>
        {pad.map((stap, i) =>
          i === pad.length - 1 ? (
            <li key={stap.niveau}>
              <span id={ZOOMPAD_HUIDIG_ID} aria-current="location" tabIndex={-1}>
                {stap.naam}
              </span>
            </li>
          ) : (
            <li key={stap.niveau}>
              <button type="button" data-zoom={stap.niveau} onClick={() => onZoom(stap)}>
                {stap.naam}
              </button>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
