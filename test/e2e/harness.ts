/**
 * Real Chromium with the built extension loaded, for end-to-end tests and benchmarks.
 *
 * - The extension is the production build (`EA_DIST`, default `.output/chrome-mv3`).
 * - Helpdesk pages are saved fixtures served at their real URLs through request routing, so the
 *   content scripts run with their production match patterns.
 * - Chromium is Debian's (`CHROME_PATH`, default `/usr/bin/chromium`); nothing is downloaded.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = resolve(ROOT, process.env.EA_DIST ?? '.output/chrome-mv3');
export const FIXTURES = resolve(ROOT, 'test/fixtures');
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (re-read after a restart with `serviceWorker()`). */
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchExtension(
  options: {
    headless?: boolean;
    colorScheme?: 'light' | 'dark';
    userDataDir?: string;
    /** More Chromium switches (a proxy that records what leaves the browser, say). */
    args?: string[];
  } = {},
): Promise<ExtensionSession> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'ea-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROME_PATH,
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      ...CHROMIUM_ARGS,
      ...(options.args ?? []),
    ],
  });
  const serviceWorker = async () =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL((await serviceWorker()).url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Serves fixture files at real helpdesk URLs. `routes` maps a URL path (pathname, no query) to a
 * fixture file under test/fixtures; any other helpdesk URL gets a 404 page, and every request
 * leaving for another host is aborted (the tests never reach the network).
 */
export async function serveHelpdesk(
  context: BrowserContext,
  routes: Record<string, string>,
): Promise<void> {
  await context.route(/^https:\/\/(secure\.helpscout\.net|[a-z0-9-]+\.gorgias\.com)\//, (route) => {
    const url = new URL(route.request().url());
    const file = routes[url.pathname];
    if (!file)
      return route.fulfill({
        status: 404,
        contentType: 'text/html',
        body: '<title>Not found</title>',
      });
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(join(FIXTURES, file), 'utf8'),
    });
  });
}

/** The tab id Chrome gives a page, asked of the extension's service worker. */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  const sw = await session.serviceWorker();
  const url = page.url();
  const id = await sw.evaluate(async (href) => {
    // The newest tab at that URL (an older tab may have navigated there too).
    const ids = (await chrome.tabs.query({})).filter((t) => t.url === href).map((t) => t.id ?? -1);
    return ids.length ? Math.max(...ids) : null;
  }, url);
  if (id === null) throw new Error(`no tab found for ${url}`);
  return id;
}

/**
 * Opens the side panel page in a tab, bound to the helpdesk tab `tabId` (the real panel follows
 * the window's active tab; in a tab of its own it needs to be told which one).
 */
export async function openPanel(
  session: ExtensionSession,
  tabId: number,
  size: { width: number; height: number } = { width: 360, height: 900 },
): Promise<Page> {
  const panel = await session.context.newPage();
  await panel.setViewportSize(size);
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

/** Every saved helpdesk page, at the URL it stands for. */
export const FIXTURE_ROUTES: Record<string, string> = {
  '/conversation/2001/1042': 'helpscout/demo-ticket.html',
  '/conversation/2002/1043': 'helpscout/second-ticket.html',
  '/conversation/1877/877': 'helpscout/legacy-ticket.html',
  '/conversation/2050/1050': 'helpscout/no-sidebar.html',
  '/conversation/2100/1100': 'helpscout/long-thread.html',
  '/conversation/2060/1060': 'helpscout/unknown-layout.html',
  '/inboxes/1a2b/views/1': 'helpscout/inbox.html',
  '/app/ticket/31000': 'gorgias/ticket.html',
  '/app/views/12/32000': 'gorgias/second-ticket.html',
  '/conversation/2070/1070': 'helpscout/html-email.html',
  '/conversation/2080/1080': 'helpscout/changed-layout.html',
  '/conversations/2090/1090': 'helpscout/collapsed-thread.html',
  '/conversation/1880/880': 'helpscout/legacy-no-sidebar.html',
  '/app/views/7/33000': 'gorgias/long-thread.html',
  '/app/ticket/34000/': 'gorgias/html-email.html',
  '/app/ticket/35000': 'gorgias/no-sidebar.html',
  '/app/ticket/36000': 'gorgias/unknown-layout.html',
  '/app/ticket/new': 'gorgias/new-ticket.html',
  '/app/views/12': 'gorgias/view.html',
};

/**
 * Moves the page to another ticket the way the single-page apps do: the URL changes with
 * pushState and the app re-renders in place (no page load, the content script stays).
 */
export async function spaNavigate(page: Page, path: string): Promise<void> {
  await page.evaluate(async (to) => {
    const html = await (await fetch(to)).text();
    const next = new DOMParser().parseFromString(html, 'text/html');
    history.pushState({}, '', to);
    document.title = next.title;
    document.body.replaceChildren(
      ...Array.from(next.body.childNodes).map((n) => document.importNode(n, true)),
    );
  }, path);
}

/**
 * Appends a customer message to a HelpScout (new UI) thread, as the app does when one arrives:
 * "Answer me or I will get my lawyer involved." (a legal threat), under thread item `id`.
 */
export async function appendLawyerMessage(page: Page, id: string): Promise<void> {
  await page.evaluate((itemId) => {
    const item = document.createElement('li');
    item.id = itemId;
    item.className = 'is-customer';
    item.innerHTML =
      '<div><time datetime="2026-11-22T11:00:00Z">now</time></div><hr><div><p>Answer me or I will get my lawyer involved.</p></div>';
    document.querySelector('ol[aria-label="Thread Items"]')!.append(item);
  }, id);
}

/** The open panel page's visible evaluation has settled on `ticketKey`. */
export async function waitForEvaluation(panel: Page, ticketKey: string): Promise<void> {
  await panel.waitForSelector(`.panel[data-ticket-key="${ticketKey}"][data-evaluated-at]`, {
    timeout: 10_000,
  });
}

/**
 * Opens the extension's real side panel in the page's window. Chrome opens a side panel only in
 * answer to a user gesture, so a button is put on one of the extension's own pages and clicked
 * through Playwright (a trusted input event, as a user's click); that page is closed again and
 * `page` brought back to the front. Resolves to Chrome's answer: `opened`, or why it refused.
 */
export async function openSidePanel(session: ExtensionSession, page: Page): Promise<string> {
  const opener = await session.context.newPage();
  try {
    await opener.goto(`chrome-extension://${session.extensionId}/options.html`);
    const windowId = await opener.evaluate(async () => (await chrome.windows.getCurrent()).id!);
    await opener.evaluate((windowId) => {
      const button = document.createElement('button');
      button.id = 'ea-test-open-side-panel';
      button.textContent = 'Open the side panel';
      button.style.cssText = 'position:fixed;inset:0;z-index:2147483647';
      const state = window as unknown as { sidePanelOpened?: Promise<string> };
      state.sidePanelOpened = new Promise<string>((done) => {
        button.addEventListener('click', () => {
          // Nothing awaited before open(): the gesture must still be current when it is called.
          chrome.sidePanel
            .open({ windowId })
            .then(() => done('opened'))
            .catch((error: unknown) => done(String(error)));
        });
      });
      document.body.append(button);
    }, windowId);
    await opener.click('#ea-test-open-side-panel');
    return await opener.evaluate(
      () => (window as unknown as { sidePanelOpened: Promise<string> }).sidePanelOpened,
    );
  } finally {
    await opener.close();
    await page.bringToFront();
  }
}

/**
 * Runs `expression` in the real side panel and returns its value. Playwright does not list side
 * panels among the context's pages, so this speaks the DevTools protocol to the panel's target.
 * Resolves to `undefined` while no side panel of the extension is open.
 */
export async function evaluateInSidePanel(
  session: ExtensionSession,
  expression: string,
): Promise<unknown> {
  const browser = session.context.browser();
  if (!browser) throw new Error('no browser-level DevTools session for this context');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const panelUrl = `chrome-extension://${session.extensionId}/sidepanel.html`;
    const target = targetInfos.find((t) => t.url.startsWith(panelUrl));
    if (!target) return undefined;
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    });
    const reply = new Promise<unknown>((done) => {
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        const message = JSON.parse(event.message) as {
          id?: number;
          result?: { result?: { value?: unknown } };
        };
        if (message.id === 1) done(message.result?.result?.value);
      });
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({
        id: 1,
        method: 'Runtime.evaluate',
        params: { expression, returnByValue: true, awaitPromise: true },
      }),
    });
    return await reply;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
