/** Offer a file for download (a Blob URL on a temporary link; no request leaves the browser). */
export function downloadBlob(blob: Blob, bestand: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = bestand;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offer a text as a file download. */
export function downloadTekst(tekst: string, bestand: string, type: string): void {
  downloadBlob(new Blob([tekst], { type }), bestand);
}
