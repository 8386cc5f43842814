import { Placeholder } from './Placeholder';

/** Placeholder: replace this file's body with the real view (keep the export name). */
export function MethodeView() {
  return (
    <Placeholder titel="Methode">
      <p className="intro">
        Hoe deze gegevens uit de factsheets van STJ zijn gehaald, en wat u er wel en niet uit kunt afleiden.
      </p>
    </Placeholder>
  );
}
