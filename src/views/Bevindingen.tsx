import { Placeholder } from './Placeholder';

/** Placeholder: replace this file's body with the real view (keep the export name). */
export function BevindingenView() {
  return (
    <Placeholder titel="Bevindingen">
      <p className="intro">Alle bevindingen in één tabel, om te zoeken en te sorteren.</p>
    </Placeholder>
  );
}
