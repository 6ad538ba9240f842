import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { Providers } from './app/Providers';
import { installWebDoor } from './lib/webDoor';

installWebDoor();

window.addEventListener('unhandledrejection', (event) => console.error('Unhandled rejection', event.reason));

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
