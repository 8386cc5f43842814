/** Stand-in for a view that is not built yet. */
export function Placeholder({ titel, children }: { titel: string; children?: React.ReactNode }) {
  return (
    <section className="view" aria-labelledby="view-titel">
      <h2 id="view-titel" tabIndex={-1}>
        {titel}
      </h2>
      {children}
      <p className="melding">Dit onderdeel wordt nog gemaakt.</p>
    </section>
  );
}
