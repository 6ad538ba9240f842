/** Renders the app (loaded by main.tsx once the first screen's calls are on their way). */
// antd's styles for the first screen, computed at build time (scripts/antd-first-screen-css.mjs): loaded
// with this script, so the first render does not compute them.
import './firstScreen.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { firstAnswers } from './earlyCalls';
import { ErrorBoundary } from './ErrorBoundary';
import { Providers } from './Providers';

/** How long the first render waits for the first screen's answers before it shows "Đang mở dữ liệu…". */
const FIRST_ANSWERS_MAX_MS = 250;

// The first render waits (briefly) for the first screen's answers, asked by main.tsx before this script
// loaded: usually they are here already, and the shell and the to-do list are then drawn in one go.
void firstAnswers(FIRST_ANSWERS_MAX_MS).then(() => {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <Providers>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </Providers>
    </StrictMode>,
  );
});
