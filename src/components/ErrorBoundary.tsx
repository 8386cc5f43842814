import { Component, type ErrorInfo, type ReactNode } from 'react';
import { technicalMessage } from '../db';
import { B, Rijk, useT } from '../i18n';

interface Props {
  children: ReactNode;
  /** Name of the part of the page, e.g. "de heatmap". */
  onderdeel: string;
  /** A way back, e.g. to the heatmap; shown as a button. */
  terug?: { label: string; actie: () => void };
}

interface State {
  error: unknown;
}

/** Catches render errors of one view so the rest of the page keeps working. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error ?? new Error('onbekende fout') };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`Fout in ${this.props.onderdeel}`, error, info.componentStack);
  }

  private reset = () => this.setState({ error: null });

  override render() {
    if (!this.state.error) return this.props.children;
    const { terug, onderdeel } = this.props;
    return <FoutBlok error={this.state.error} onderdeel={onderdeel} terug={terug} reset={this.reset} />;
  }
}

function FoutBlok({
  error,
  onderdeel,
  terug,
  reset,
}: {
  error: unknown;
  onderdeel: string;
  terug: Props['terug'];
  reset(): void;
}) {
  const t = useT();
  return (
    <div role="alert" className="fout">
      <p>
        <Rijk m={B.app.ietsMisBij} waarden={{ onderdeel }} tags={{ b: (c) => <strong>{c}</strong> }} />
      </p>
      <p className="knoppen">
        <button type="button" onClick={reset}>
          {t(B.app.opnieuwProberen)}
        </button>
        {terug && (
          <button
            type="button"
            onClick={() => {
              terug.actie();
              reset();
            }}
          >
            {terug.label}
          </button>
        )}
      </p>
      <details>
        <summary>{t(B.app.technischeDetails)}</summary>
        <pre>{technicalMessage(error)}</pre>
      </details>
    </div>
  );
}
