// Viewer entry: resolves the settings from the URL, starts the application and exposes it to the
// browser tests as `window.__toile` (sigma, graph, state, timings).

import './styles.css';
import { resolveViewerSettings } from './settings';
import { ViewerApp } from './app/viewer-app';

declare global {
  interface Window {
    __toile?: ViewerApp & { error?: string };
  }
}

function fail(message: string): void {
  const status = document.getElementById('status');
  if (status) {
    status.textContent = message;
    status.dataset.kind = 'error';
  }
}

try {
  const app = new ViewerApp(resolveViewerSettings(window.location.search));
  window.__toile = app;
  app.start().catch((error: Error) => {
    fail(`Impossible de charger les données : ${error.message}`);
    (app as ViewerApp & { error?: string }).error = error.message;
  });
} catch (error) {
  fail((error as Error).message);
}
