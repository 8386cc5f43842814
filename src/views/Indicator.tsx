import { Placeholder } from './Placeholder';

/** Placeholder: replace this file's body with the real view (keep the export name). */
export function IndicatorView() {
  return (
    <Placeholder titel="Eén indicator">
      <p className="intro">Alle oordelen en bevindingen over één indicator.</p>
    </Placeholder>
  );
}
