import { B, Rijk } from '../i18n';

/**
 * The one note per view on "Onbepaalde conclusie": the source does not show whether a conclusie is
 * "wat gaat goed" or "wat kan beter" (raw layout). Each conclusie itself gets the short heading.
 */
export function OnbepaaldNoot() {
  return (
    <p className="conclusie-noot" data-testid="onbepaald-noot">
      <Rijk m={B.drilldown.conclusieOnbepaaldNoot} tags={{ b: (c) => <strong>{c}</strong> }} />
    </p>
  );
}
