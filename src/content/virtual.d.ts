/** Every prose page, parsed at build time by scripts/inhoud/plugin.ts. */
declare module 'virtual:inhoud' {
  const inhoud: import('./inhoud').Inhoud;
  export default inhoud;
}
