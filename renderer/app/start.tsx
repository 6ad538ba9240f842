/** Renders the app (loaded by main.tsx once the first screen's calls are on their way). */
// antd's styles for the first screen, computed at build time (scripts/antd-first-screen-css.mjs): loaded
// with this script, so the first render does not compute them.
import './firstScreen.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { Providers } from './Providers';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Providers>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </Providers>
    </StrictMode>,
  );
}
