/**
 * The page's entry, kept small: it builds window.api in a browser (webDoor), asks the services for the
 * first screen's data at once (earlyCalls) and only then loads React, antd and the app (app/start), so
 * the answers arrive while that larger script is downloaded and evaluated.
 */
import { startEarlyCalls } from './app/earlyCalls';
import { installWebDoor } from './lib/webDoor';

installWebDoor();
startEarlyCalls();

window.addEventListener('unhandledrejection', (event) => console.error('Unhandled rejection', event.reason));

void import('./app/start');
