import { Placeholder } from './Placeholder';

/** Placeholder: replace this file's body with the real view (keep the export name). */
export function RankingView() {
  return (
    <Placeholder titel="Terugkerende verbeterpunten">
      <p className="intro">Welke indicatoren in veel aanpakken en gemeenten een verbeterpunt zijn.</p>
    </Placeholder>
  );
}
