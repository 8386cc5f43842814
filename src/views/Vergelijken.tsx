import { Placeholder } from './Placeholder';

/** Placeholder: replace this file's body with the real view (keep the export name). */
export function VergelijkenView() {
  return (
    <Placeholder titel="Gemeenten vergelijken">
      <p className="intro">Twee of meer gemeenten naast elkaar.</p>
    </Placeholder>
  );
}
