export * from './core';
export { B } from './berichten';
export { Bron, Rijk, rijk, useBronLang, useT, useTaal } from './react';
