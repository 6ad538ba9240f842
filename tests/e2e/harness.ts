/**
 * The E2E harness: a Session on a data folder, the app's browser door (electron/web, the same server
 * `ward-conduct serve` runs), and Debian Chromium (playwright-core) opening the page at the door's
 * address with its token in the fragment — the page builds window.api itself, as for a ward's browser.
 * Usable by any feature's E2E tests:
 *
 *   const h = await startHarness({ dataFolder });
 *   await h.page.getByRole('menuitem', { name: 'Cài đặt' }).click();
 *   await h.close();
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { Session } from '../../electron/services/session';
import { startWebServer } from '../../electron/web/webServer';
import { RENDERER_OUT, SCREENSHOT_DIR } from './support/projectRoot';
import { ensureRendererBuilt } from './support/rendererBuild';

export const CHROMIUM_PATH = process.env.WARD_E2E_CHROMIUM ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface HarnessOptions {
  dataFolder: string;
  /** Session clock; the real clock by default. */
  now?: () => Date;
  /** Whether to load the app page right away (default true). */
  isOpeningPage?: boolean;
  /** Stands in for the app's save dialog: the file the person would choose (null = cancel). */
  chooseSaveFile?: (suggestedName: string) => Promise<string | null>;
}

/** What the app would have opened in the system PDF viewer (the harness records instead). */
export interface OpenedFile {
  file: string;
  bytes: Buffer;
}

export interface Harness {
  /** The page's address; openUrl carries the token in its fragment (what a test opens first). */
  url: string;
  openUrl: string;
  token: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  session: Session;
  /** Uncaught errors in the page (a test should end with none). */
  pageErrors: string[];
  /** console.error lines from the page, for diagnosis. */
  consoleErrors: string[];
  /** Files handed to the system viewer for printing (openForPrinting), with their bytes when opened. */
  openedFiles: OpenedFile[];
  /** Saves test-output/e2e/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
}

interface AnimationLike {
  playState: string;
  effect: { getTiming(): { iterations?: number } } | null;
}

/**
 * Browser-side check: no finite animation still running. A function, not a string: a string predicate
 * is evaluated with eval in the page, which the app's CSP (rightly) refuses.
 */
function isSettled(): boolean {
  const doc = (globalThis as unknown as { document: { getAnimations(): AnimationLike[] } }).document;
  return doc.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity);
}

/** Lets opening modals and messages finish their motion, so screenshots show the settled screen. */
export async function waitForAnimations(page: Page): Promise<void> {
  await page
    .waitForFunction(isSettled, undefined, { timeout: 3000 })
    .catch(() => undefined);
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  await ensureRendererBuilt();
  const openedFiles: OpenedFile[] = [];
  const openPath = async (file: string) => {
    openedFiles.push({ file, bytes: await fs.readFile(file) });
    return '';
  };
  const session = new Session(options.dataFolder, { app: 'E2E harness', now: options.now ?? (() => new Date()), openPath, ...(options.chooseSaveFile ? { chooseSaveFile: options.chooseSaveFile } : {}) });
  await session.open();
  const server = await startWebServer({ session, rendererRoot: RENDERER_OUT });
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1366, height: 860 },
      locale: 'vi-VN',
      // The app's window and its main process share one clock and time zone: so do the page and the harness.
      timezoneId: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    if (options.isOpeningPage !== false) await page.goto(server.openUrl);
    const openedBrowser = browser;
    return {
      url: server.url,
      openUrl: server.openUrl,
      token: server.token,
      browser: openedBrowser,
      context,
      page,
      session,
      pageErrors,
      consoleErrors,
      openedFiles,
      async screenshot(name) {
        await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
        const file = path.join(SCREENSHOT_DIR, `${name}.png`);
        await waitForAnimations(page);
        await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
        return file;
      },
      async close() {
        await openedBrowser.close().catch(() => undefined);
        await server.close();
        await session.close();
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await server.close();
    await session.close();
    throw error;
  }
}
