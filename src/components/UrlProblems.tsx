import { useAppStore } from '../store';

/** Messages about parts of the link that could not be used. */
export function UrlProblems() {
  const problems = useAppStore((s) => s.problems);
  const dismiss = useAppStore((s) => s.dismissProblems);
  if (problems.length === 0) return null;
  return (
    <div className="melding" role="status">
      <p>
        <strong>Een deel van de link kon niet worden gebruikt.</strong> De rest van de pagina werkt gewoon.
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        Melding sluiten
      </button>
    </div>
  );
}
