import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadDatabase } from './db';
import { appStore, parseView } from './store';
import './styles.css';

// Start downloading DuckDB and the data right away; App shows progress and errors.
loadDatabase().catch(() => undefined);
appStore.getState().setView(parseView(window.location.search));

const container = document.getElementById('root');
if (!container) throw new Error('#root element not found');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
