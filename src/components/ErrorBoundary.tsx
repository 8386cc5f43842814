import { Component, type ErrorInfo, type ReactNode } from 'react';
import { technicalMessage } from '../db';

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
    return (
      <div role="alert" className="fout">
        <p>
          <strong>Er ging iets mis bij het tonen van {onderdeel}.</strong> De rest van de pagina werkt nog.
        </p>
        <p className="knoppen">
          <button type="button" onClick={this.reset}>
            Opnieuw proberen
          </button>
          {terug && (
            <button
              type="button"
              onClick={() => {
                terug.actie();
                this.reset();
              }}
            >
              {terug.label}
            </button>
          )}
        </p>
        <details>
          <summary>Technische details</summary>
          <pre>{technicalMessage(this.state.error)}</pre>
        </details>
      </div>
    );
  }
}
