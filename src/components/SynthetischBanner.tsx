import { useAppStore } from '../store';
import { B, Rijk } from '../i18n';

/**
 * A strip on every view when the data is synthetic (`"synthetisch": true` in data/manifest.json, carried
 * in the catalog and in the prerendered data block). Renders nothing for the real data.
 */
export function SynthetischBanner() {
  const synthetisch = useAppStore((s) => s.catalog?.synthetisch === true);
  if (!synthetisch) return null;
  return (
    <p className="synthetisch-banner" role="note" data-synthetisch="">
      <Rijk m={B.app.synthetisch} tags={{ b: (c) => <strong>{c}</strong> }} />
    </p>
  );
}
