/**
 * Runs `fn` a second after the page has loaded (its preloaded modules included), so that what it
 * starts does not take the main thread from the reader's first clicks. Imports nothing: the entry
 * script (src/main.tsx) uses it too.
 */
export function naLaden(fn: () => void): void {
  const later = () => setTimeout(fn, 1000);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
