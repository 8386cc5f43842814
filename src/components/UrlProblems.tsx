import { B, Rijk, useT } from '../i18n';
import { useAppStore } from '../store';

/** Messages about parts of the link that could not be used. */
export function UrlProblems() {
  const problems = useAppStore((s) => s.problems);
  const dismiss = useAppStore((s) => s.dismissProblems);
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <div className="melding" role="status">
      <p>
        <Rijk m={B.app.linkDeelKop} tags={{ b: (c) => <strong>{c}</strong> }} />
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {t(B.app.meldingSluiten)}
      </button>
    </div>
  );
}
